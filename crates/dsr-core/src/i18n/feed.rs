//! Catalogue: the Atom feeds (`feed.xml`, `feed.zh.xml`): their titles, and the words of a milestone's and a release's entries.

catalogue! {
    fn title(name: &str) = "{name}: new and changed milestones", "{name}：新增和更新的大事记";
    /// The title of a feed of one country or one category.
    fn scoped_title(name: &str, scope: &str) = "{name}: {scope}, new and changed milestones", "{name}：{scope}，新增和更新的大事记";
    fn scoped_subtitle(scope: &str) = "The milestones of the Digital Silk Road record for {scope}, and the releases of the dataset that changed them.", "数字丝绸之路记录中与{scope}相关的大事记，以及改动过它们的数据集发布。";
    SUBTITLE = "Every milestone of the Digital Silk Road record, and every release of the dataset with what it changed.", "数字丝绸之路记录中的每条大事记，以及数据集每次发布及其改动。";
    fn release_title(version: &str) = "Dataset {version} released", "数据集 {version} 版发布";
    fn release_change(kind: &str, record: &str, reason: &str) = "{kind} · {record}: {reason}", "{kind} · {record}：{reason}";
    fn sources(list: &str) = "Sources: {list}", "来源：{list}";
    fn when(date: &str) = "When: {date}", "时间：{date}";
    fn confidence(label: &str) = "Confidence: {label}", "可信度：{label}";
}
