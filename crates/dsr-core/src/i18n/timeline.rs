//! Catalogue: the timeline, its cards, the year strip's label, and paging.

catalogue! {
    // New since the last visit (the version kept in this browser).
    NEW_BADGE = "New since your last visit", "上次访问后新增";
    fn new_since_visit(n: usize, s: &str, previous: &str, current: &str) = "{n} milestone{s} added since your last visit (version {previous}; now {current}).", "自您上次访问（{previous} 版）以来新增 {n} 条大事记（现为 {current} 版）。";
    fn nothing_new(previous: &str) = "No milestone was added since your last visit (version {previous}); what was corrected is in About.", "自您上次访问（{previous} 版）以来没有新增大事记；更正内容见“关于数据”。";
    SHOW_NEW = "Show only these", "只显示这些";
    SHOW_ALL_AGAIN = "Show all again", "显示全部";
    FORGET_VISIT = "Forget my last visit", "忘记我的上次访问";
    VISIT_STORED = "Only the version number is kept, in this browser.", "只在本浏览器中保存版本号。";
    HEADING = "Timeline", "时间线";
    LIST_LABEL = "Timeline of milestones, by year", "大事记时间线（按年份）";
    ORDER = "Order", "排序";
    NEWEST_FIRST = "Newest first", "最新在前";
    OLDEST_FIRST = "Oldest first", "最早在前";
    /// The bar shown while `asof=` is set, on every view.
    fn as_of_state(date: &str) = "Showing the state as of {date}, not today's.", "当前显示截至{date}的状态，而非今天的状态。";
    fn later_hidden(n: &str, s: &str) = "{n} later milestone{s} not shown.", "之后的{n}条大事记未显示。";
    BACK_TO_NOW = "Back to now", "回到现在";
    YEAR_STRIP_LABEL = "Milestones per year: choose a year to show it alone", "每年大事记：选择年份以只看该年";
    COUNTRIES = "Countries", "国家";
    NOTE = "Note", "注";
    SOURCES = "Sources", "来源";
    /// A later step of a milestone: "In force, 1 Jan 2022".
    fn step(status: &str, date: &str) = "{status}, {date}", "{date}{status}";
    /// A card's later steps, in order.
    fn steps_line(steps: &str) = "Then: {steps}", "其后：{steps}";
    /// A later step with its note and sources, in an expanded card.
    fn step_detail(step: &str, sources: &str) = "{step}. Sources: {sources}", "{step}。来源：{sources}";
    /// The same, with the step's note.
    fn step_detail_note(step: &str, note: &str, sources: &str) = "{step}. {note} Sources: {sources}", "{step}。{note}来源：{sources}";
    fn sources_n(n: usize) = "Sources ({n}): ", "来源（{n}）：";
    fn and_more(n: usize) = "and {n} more", "及另外 {n} 国";
    /// Who published a source, after its name: " (state media)".
    fn source_kind(kind: &str) = " ({kind})", "（{kind}）";
    /// One source on a card, after its publisher: " · title · date".
    fn source_detail(title: &str, date: &str) = " · {title} · {date}", " · {title} · {date}";
    /// A source's date alone, while its title is still on its way.
    fn source_date(date: &str) = " · {date}", " · {date}";
    /// The live count above the filters: "3 of 78 milestones".
    fn shown(n: &str, total: &str) = "{n} of {total} milestones", "显示 {n} 条，共 {total} 条大事记";
    /// The count when no filter narrows it.
    fn all_shown(total: &str) = "{total} milestones", "共 {total} 条大事记";
    fn empty(filters: &str, total: usize) = "No milestone matches these filters ({filters}). The dataset has {total} in all.", "没有符合筛选条件（{filters}）的大事记。数据集共有 {total} 条。";
    fn show_more(next: usize, rest: &str) = "Show {next} more ({rest} not shown)", "再显示 {next} 条（尚有 {rest} 条）";
    SUGGEST_CORRECTION = "Suggest a correction", "建议更正";
    fn correction_subject(id: &str) = "Correction to the DSR Tracker milestone {id}", "数字丝路追踪大事记更正：{id}";
}
