//! Catalogue: the country profile shown when exactly one country is chosen, and its chart.

catalogue! {
    /// Before the links to the country's own feeds.
    fn follow(name: &str) = "Follow {name} alone: ", "只关注{name}：";
    FEED_EN = "Atom feed (English)", "Atom 订阅（英文）";
    FEED_ZH = "in Chinese", "中文";
    CHART_TITLE = "Country profile", "国家概况";
    fn title(name: &str) = "{name}: the Digital Silk Road record", "{name}：数字丝绸之路记录";
    fn region(region: &str) = "UN region: {region}", "联合国区域：{region}";
    NO_REGION = "UN region: none listed", "联合国区域：未列出";
    fn milestones(n: usize, s: &str) = "{n} milestone{s} name it", "{n} 条大事记提及该国";
    fn milestones_shown(n: usize, s: &str, total: usize) = "{n} milestone{s} name it at these filters, of {total} in all", "按当前筛选有 {n} 条大事记提及该国，全部共 {total} 条";
    NO_MILESTONES = "No milestone in this dataset names it.", "本数据集中没有提及该国的大事记。";
    fn subtitle(region: &str, milestones: &str) = "{region} · {milestones}", "{region} · {milestones}";
    BY_YEAR = "Its milestones by year", "该国大事记（按年份）";
    SIGNED = "Agreements it signed or joined", "签署或加入的协议";
    SIGNED_HINT = "From the agreement milestones that name it, with their dates and sources.", "依据提及该国的协议类大事记，附日期和来源。";
    NO_SIGNED = "No agreement milestone names it.", "没有提及该国的协议类大事记。";
    fn signed_line(date: &str, title: &str) = "{date} · {title}", "{date} · {title}";
    fn signed_more(n: usize) = "and {n} more (see the timeline)", "另有 {n} 项（见时间线）";
    COUNTED = "Known only as counts", "仅知数量";
    /// The series whose sources name the country as a member.
    NAMED = "Named as a member", "列名为成员";
    fn joined_line(name: &str, date: &str) = "{name}: joined {date}", "{name}：{date}加入";
    fn counted_hint(name: &str) = "These series are published as counts, with no list of their countries, so whether {name} is among them is not known.", "以下系列只公布数量，没有国家名单，因此无法确定{name}是否在其中。";
    fn counted_line(name: &str, value: &str, date: &str) = "{name}: {value} as of {date}", "{name}：截至{date}为{value}";
    fn counted_summary(n: usize) = "{n} series are known only as counts, with no list of countries: whether it is among them is not known.", "{n} 个系列仅知数量、没有国家名单：无法确定该国是否在其中。";
    SHOW_ON_MAP = "Show it on the map", "在地图上查看";
    fn signed_summary(list: &str) = "Signed or joined: {list}", "签署或加入：{list}";
    PROFILE_LABEL = "Country profile", "国家概况";
    SOURCES = "Sources", "来源";
}
