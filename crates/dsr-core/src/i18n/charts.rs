//! Catalogue: the words drawn in and around the charts and the map: titles, subtitles, legends, tooltips, footnotes and table heads.

catalogue! {
    // The frame of every chart.
    fn source(title: &str, licence: &str) = "Source: {title} ({licence}), compiled from the sources cited in each record", "来源：{title}（{licence}），据各条记录所列来源整理";
    fn dataset(version: &str, updated: &str, through: &str) = "Dataset v{version}, updated {updated}; data current through {through}", "数据集 v{version}，更新于{updated}；数据截至{through}";
    /// The subtitle of a chart that follows the filters, and what it adds.
    fn subtitle_and(filters: &str, more: &str) = "{filters} · {more}", "{filters} · {more}";
    /// A caption: the chart's title and its filters.
    fn caption(title: &str, filters: &str) = "{title} — {filters}", "{title} — {filters}";
    /// A list of sources in a tooltip or a table.
    fn source_line(list: &str) = "Source: {list}", "来源：{list}";

    HEAD_AGREEMENT = "Agreement", "协议";
    HEAD_COUNTRY_COUNT = "Countries", "国家数量";
    HEAD_COUNTS = "Counts", "统计口径";
    HEAD_AS_OF = "As of", "截至";
    HEAD_SOURCES = "Sources", "来源";
    HEAD_NOTE = "Note", "注";
    HEAD_SERIES = "Series", "系列";
    HEAD_STATUS = "Status and notes", "状态与说明";
    HEAD_YEAR = "Year", "年份";
    HEAD_TOTAL = "Total", "合计";
    HEAD_REGION = "UN region", "联合国区域";
    HEAD_PARTNER_COUNT = "Partner countries", "伙伴国家数量";
    HEAD_COUNTRIES = "Countries", "国家";
    HEAD_COUNTRY = "Country", "国家";
    HEAD_MILESTONES = "Milestones", "大事记数量";
    HEAD_NAMED_PARTNER = "Named partner", "列名伙伴国";
    YES = "yes", "是";
    DISPUTED = "disputed", "存疑";
    fn disputed_because(note: &str) = "disputed: {note}", "存疑：{note}";

    // Countries taking part, by agreement.
    AGREEMENTS_TITLE = "Countries taking part, by agreement", "各项合作协议的参与国家数量";
    AGREEMENTS_SUBTITLE = "Latest reported count for each agreement. Partners: countries that signed with China. Signatories: every country that joined, China included.", "各协议最新报告的数量。伙伴国：与中国签署的国家；签署国：所有加入的国家，含中国。";
    AGREEMENTS_DESCRIPTION = "Horizontal bar chart, sorted from the most countries to the fewest.", "横向条形图，按国家数量从多到少排列。";
    fn agreements_subtitle_asof(date: &str) = "As of {date}: the latest count reported by then for each agreement. Partners: countries that signed with China. Signatories: every country that joined, China included.", "截至{date}：各协议当时已报告的最新数量。伙伴国：与中国签署的国家；签署国：所有加入的国家，含中国。";
    fn over_time_subtitle_asof(date: &str) = "As of {date} (the dashed rule). Countries that have signed each series of bilateral memorandums with China. Each point is a reported figure; a line joins points at most a year apart.", "截至{date}（虚线处）。与中国签署各系列双边谅解备忘录的国家数量。每个点为一次报告的数字；相隔不超过一年的点以线相连。";
    /// A slide's category axis: one year each, the count as of its end.
    HEAD_YEAR_END = "End of year", "年末";
    /// A year the data does not cover to its end: "2026 (through 6 May)".
    fn partial_year(year: u16, date: &str) = "{year} (through {date})", "{year}年（截至{date}）";
    /// Under a partial year's column: "to 6 May".
    fn partial_short(date: &str) = "to {date}", "至{date}";
    /// A chart's footnote for a partial year.
    fn partial_note(year: u16, date: &str) = "{year} is a partial year: the data runs through {date}, so its column is not comparable with full years.", "{year}年尚未结束：数据截至{date}，该柱不可与完整年份直接比较。";
    /// A bar's category on a slide: its name, unit and date.
    fn slide_bar(name: &str, unit: &str, date: &str) = "{name} ({unit}, {date})", "{name}（{unit}，{date}）";
    // The time scrubber above the charts and the map.
    SCRUBBER_LABEL = "Show the state at the end of a year", "显示某年年末的状态";
    SCRUBBER_NOW = "Now", "现在";
    SCRUBBER_PLAY = "Play", "播放";
    SCRUBBER_PAUSE = "Pause", "暂停";
    fn scrubber_as_of(date: &str) = "As of {date}", "截至{date}";
    fn scrubber_now(date: &str) = "Now (data through {date})", "现在（数据截至{date}）";
    PARTNERS = "partners", "伙伴国";
    /// An agreement with no count by the `asof=` date.
    fn not_yet(date: &str) = "not yet counted by {date}", "截至{date}尚无统计";
    SIGNATORIES = "signatories incl. China", "签署国（含中国）";
    /// "17 partners · end 2022".
    fn partners_value(n: &str, date: &str) = "{n} partners · {date}", "{n}个伙伴国 · {date}";
    fn signatories_value(n: &str, date: &str) = "{n} signatories incl. China · {date}", "{n}个签署国（含中国） · {date}";
    fn conflict(name: &str, n: &str, date: &str, why: &str) = "{name}: a conflicting figure of {n} as of {date} is kept in the data but not charted. {why}", "{name}：截至{date}的矛盾数字{n}保留在数据中，但未绘入图表。{why}";
    fn short_conflict(n: &str, date: &str, other: &str, other_date: &str) = "{n} as of {date} is charted; another source gives {other} as of {other_date}. Both are kept; see the table.", "图中为截至{date}的{n}；另有来源给出截至{other_date}的{other}。两者均予保留，详见表格。";
    fn bar_mark(name: &str, value: &str, sources: &str, caveats: &str, range: &str) = "{name}: {value}. {sources} {caveats} Select to show the milestones of {range}.", "{name}：{value}。{sources} {caveats} 选择以显示{range}年的大事记。";

    // Partner countries over time.
    OVER_TIME_TITLE = "Partner countries over time", "伙伴国家数量的变化";
    OVER_TIME_SUBTITLE = "Countries that have signed each series of bilateral memorandums with China. Each point is a reported figure; a line joins points at most a year apart, and longer gaps in the record are left open.", "与中国签署各系列双边谅解备忘录的国家数量。每个点为一次报告的数字；相隔不超过一年的点以线相连，记录中较长的空白不作连接。";
    /// A milestone marker's tooltip.
    fn marker_tip(date: &str, title: &str, kind: &str) = "{date}: {title} ({kind}). Select to open it in the timeline.", "{date}：{title}（{kind}）。选择即可在时间线中打开。";
    /// The footnote of a chart with milestone markers.
    fn markers_note(n: usize) = "Thin vertical rules: {n} agreement and forum milestones, labelled where there is room; point at one for its title.", "细竖线：{n}个协议和论坛类里程碑，空间允许处附有标签；指向竖线可查看标题。";
    fn markers_note_short(n: usize) = "Thin rules: {n} agreement and forum milestones.", "细竖线：{n}个协议和论坛类里程碑。";
    OVER_TIME_DESCRIPTION = "Step line chart of counts over time.", "国家数量随时间变化的阶梯线图。";
    POINT_DISPUTED = " Disputed: other sources contradict this figure.", " 存疑：其他来源与此数字矛盾。";
    fn point_mark(name: &str, n: &str, date: &str, disputed: &str, sources: &str, year: u16) = "{name}: {n} as of {date}.{disputed} Source: {sources}. Select to show the milestones of {year}.", "{name}：截至{date}为{n}。{disputed}来源：{sources}。选择以显示{year}年的大事记。";
    fn hollow_marker(name: &str, n: &str, date: &str) = "○ Hollow: a disputed figure, kept but not joined to the line: {name}, {n} as of {date}. See the table for why.", "○ 空心标记：存疑数字，予以保留但不与折线相连：{name}，截至{date}为{n}。原因见表格。";
    /// The label at the end of a series: "17 Digital Silk Road MoUs".
    fn series_end(n: &str, name: &str) = "{n} {name}", "{n} {name}";

    // Milestones per year, by category.
    BY_YEAR_TITLE = "Milestones per year, by category", "每年大事记数量（按类别）";
    BY_YEAR_DESCRIPTION = "Stacked bar chart: one bar per year, one segment per category.", "堆积条形图：每年一条，每个类别一段。";
    /// One category's count in a year's tooltip: "Forum 3".
    fn category_count(category: &str, n: usize) = "{category} {n}", "{category} {n}";
    fn year_mark(year: u16, total: usize, s: &str, parts: &str) = "{year}: {total} milestone{s}{parts}. Select to show {year} only.", "{year}年：{total}条{parts}。选择以只看{year}年。";
    /// Before the categories of a year's tooltip.
    fn year_parts(list: &str) = ": {list}", "，{list}";
    PARTS_SEPARATOR = ", ", "，";

    // Partner countries by UN region.
    BY_REGION_TITLE = "Partner countries named, by UN region", "按联合国区域统计的伙伴国家";
    BY_REGION_DESCRIPTION = "Horizontal bar chart. A country counts once per region, however many milestones name it.", "横向条形图。一个国家无论出现在多少条大事记中，只计一次。";
    fn distinct_partners(total: usize) = "{total} distinct countries other than China", "中国以外共{total}个国家";
    fn region_mark(region: &str, n: usize, names: &str) = "{region}: {n} partner countries: {names}. Select to show only these milestones.", "{region}：{n}个伙伴国家：{names}。选择以只显示这些大事记。";
    fn region_mark_one(region: &str, names: &str) = "{region}: 1 partner country: {names}. Select to show only these milestones.", "{region}：1个伙伴国家：{names}。选择以只显示这些大事记。";
    fn region_mark_none(region: &str) = "{region}: 0 partner countries. Select to show only these milestones.", "{region}：0个伙伴国家。选择以只显示这些大事记。";

    // The year strip above the timeline.
    /// Between a title and the sentence after it.
    SENTENCE_BREAK = ". ", "。";
    YEAR_STRIP_TITLE = "Milestones per year", "每年大事记数量";
    fn strip_mark(year: u16, count: usize, s: &str, total: usize) = "{year}: {count} milestone{s} shown of {total} in all. Select to show {year} only.", "{year}年：显示{count}条，共{total}条。选择以只看{year}年。";

    // The world map.
    MAP_TITLE = "World map", "世界地图";
    MAP_MILESTONES_TITLE = "Where the milestones are: countries named", "大事记涉及的国家";
    fn map_agreement_title(name: &str) = "{name}: known partner countries", "{name}：已知的伙伴国家";
    MAP_SHADED_BY = "shaded by the number of milestones that name each country", "按提及各国的大事记数量着色";
    MAP_DESCRIPTION = "World map, Equal Earth projection. Grey means no recorded milestone, not a refusal. Geometry: Natural Earth 1:110m.", "世界地图，等地球投影。灰色表示没有记录的大事记，并不表示拒绝。地理数据：Natural Earth 1:110m。";
    fn list_unpublished(n: &str) = "{n} countries; the list has not been published, so no country is shaded.", "{n}个国家；名单尚未公布，因此地图上没有着色的国家。";
    fn list_named(n: &str, k: usize) = "{n} countries; {k} are named in the sources and shaded (China included where it signed).", "{n}个国家；来源中列名的{k}个已着色（中国签署时包括中国）。";
    NO_MILESTONE = "no recorded milestone", "没有记录的大事记";
    CHINA_LEGEND = "China: party to most records, not shaded", "中国：大多数记录的一方，不着色";
    CHINA_MARK = "a party to most records, so not shaded", "大多数记录的一方，因此不着色";
    NAMED_PARTNER = "named partner", "列名伙伴国";
    NOT_NAMED = "not named in the sources", "来源中未列名";
    NOT_NAMED_AS_PARTNER = "not named as a partner in the sources", "来源中未列为伙伴国";
    fn named_as_partner(sources: &str) = "named as a partner. Source: {sources}", "列名为伙伴国。来源：{sources}";
    fn n_milestones(n: usize, s: &str) = "{n} milestone{s}", "{n}条大事记";
    fn small_states(list: &str) = "Small or not drawn at this scale: {list}", "面积过小或未在此比例尺中绘出：{list}";
    fn country_mark(name: &str, what: &str) = "{name}: {what}. Select to show its milestones.", "{name}：{what}。选择以显示其大事记。";
    /// One small state in the list under the map: "Singapore 3".
    fn small_state(name: &str, n: usize) = "{name} {n}", "{name} {n}";
}
