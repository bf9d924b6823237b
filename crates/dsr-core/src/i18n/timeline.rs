//! Catalogue: the timeline, its cards, the year strip's label, and paging.

catalogue! {
    HEADING = "Timeline", "时间线";
    LIST_LABEL = "Timeline of milestones, by year", "大事记时间线（按年份）";
    YEAR_STRIP_LABEL = "Milestones per year: choose a year to show it alone", "每年大事记：选择年份以只看该年";
    COUNTRIES = "Countries", "国家";
    NOTE = "Note", "注";
    SOURCES = "Sources", "来源";
    fn sources_n(n: usize) = "Sources ({n}): ", "来源（{n}）：";
    fn and_more(n: usize) = "and {n} more", "及另外 {n} 国";
    /// Who published a source, after its name: " (state media)".
    fn source_kind(kind: &str) = " ({kind})", "（{kind}）";
    /// One source on a card, after its publisher: " · title · date".
    fn source_detail(title: &str, date: &str) = " · {title} · {date}", " · {title} · {date}";
    /// The live count above the filters: "3 of 78 milestones".
    fn shown(n: &str, total: &str) = "{n} of {total} milestones", "显示 {n} 条，共 {total} 条大事记";
    fn empty(filters: &str, total: usize) = "No milestone matches these filters ({filters}). The dataset has {total} in all.", "没有符合筛选条件（{filters}）的大事记。数据集共有 {total} 条。";
    fn show_more(next: usize, rest: &str) = "Show {next} more ({rest} not shown)", "再显示 {next} 条（尚有 {rest} 条）";
}
