//! Catalogue: the view tabs and the views behind them: charts, map, table and downloads, conflicts, print and presentation.

catalogue! {
    VIEWS = "Views", "视图";
    fn tab_timeline(n: usize) = "Timeline ({n})", "时间线（{n}）";
    TAB_CHARTS = "Charts", "图表";
    TAB_MAP = "Map", "地图";
    TAB_TABLE = "Table", "表格";
    TAB_CONFLICTS = "Conflicts", "来源冲突";
    TAB_ABOUT = "About the data", "关于数据";
    TAB_PRINT = "Print report", "打印报告";

    // A chart card.
    SHOW_TABLE = "Show table", "显示表格";
    /// The toggle of the milestone markers on a time chart (pressed: shown).
    MARKS_TOGGLE = "Milestone markers", "里程碑标记";
    SHOW_CHART = "Show chart", "显示图表";

    // The map view.
    SHADE_BY = "Shade the map by", "地图着色依据";
    SHADE_MILESTONES = "Milestones (follows the filters)", "大事记（随筛选条件变化）";
    fn shade_agreement(name: &str) = "Known partners: {name}", "已知伙伴国：{name}";
    SMALL_STATES = "Small states and countries not drawn at this scale", "面积过小或未在此比例尺中绘出的国家";

    // The table view.
    DOWNLOADS = "Downloads", "下载";
    DOWNLOAD_FILTERED = "Download the filtered milestones:", "下载筛选后的大事记：";
    DOWNLOAD_ALL = "The whole dataset:", "完整数据集：";
    fn table_caption(n: usize, column: &str) = "Milestones ({n}), sorted by {column}", "大事记（{n}条），按{column}排序";
    fn show_more_rows(n: usize) = "Show more ({n} not shown)", "显示更多（尚有 {n} 条）";
    AGREEMENTS_CAPTION = "Agreement series and their observations", "合作协议系列及各次观测";
    HEAD_AGREEMENT = "Agreement", "协议";
    HEAD_KIND = "Kind", "类型";
    HEAD_AS_OF = "As of", "截至";
    HEAD_COUNTRIES = "Countries", "国家数量";
    HEAD_STATUS = "Status", "状态";
    HEAD_SOURCES = "Sources", "来源";
    HEAD_NOTE = "Note", "注";
    DISPUTED = "disputed", "存疑";

    // The conflicts view.
    fn conflicts_intro(n: usize) = "{n} milestones carry a note: where sources disagree, both figures are kept and the note says which is which; other notes give caveats such as an inferred date or a source seen only in a republished copy. The list covers the whole dataset, whatever the filters.", "共有 {n} 条大事记附有注释：来源不一致时，两个数字都予保留，并由注释加以说明；其他注释说明推断的日期、仅见于转载副本的来源等情况。本列表涵盖整个数据集，不受筛选条件影响。";
    MILESTONES = "Milestones", "大事记";
    AGREEMENT_COUNTS = "Agreement counts", "协议国家数量";
    fn observation(name: &str, n: &str, date: &str, disputed: &str) = "{name}: {n} as of {date}{disputed}", "{name}：截至{date}为{n}{disputed}";
    DISPUTED_MARK = " (disputed)", "（存疑）";
    /// A note's record: its date and confidence.
    fn conflict_meta(date: &str, confidence: &str) = "{date} · {confidence}", "{date} · {confidence}";

    // The print report.
    PRINT_NOW = "Print this report", "打印此报告";
    PRINT_HINT = "Each chart prints on its own page, followed by the milestones and their sources.", "每张图表单独一页，随后是大事记及其来源。";
    fn print_title(title: &str, filters: &str) = "{title} — {filters}", "{title} — {filters}";
    fn print_source(publisher: &str, title: &str, date: &str) = "{publisher}, “{title}”, {date}", "{publisher}，“{title}”，{date}";

    // Presentation mode.
    PRESENTATION = "Presentation", "演示";
    PRESENTATION_HELP = "← → charts · ↑ ↓ milestones · Esc to leave", "← → 图表 · ↑ ↓ 大事记 · Esc 退出";
    NO_MILESTONE = "No milestone matches the filters.", "没有符合筛选条件的大事记。";
    fn slide_count(n: usize, total: usize) = "{n} / {total}", "{n} / {total}";
    /// A milestone slide's line of facts: date, category, confidence.
    fn slide_meta(date: &str, category: &str, confidence: &str) = "{date} · {category} · {confidence}", "{date} · {category} · {confidence}";
}
