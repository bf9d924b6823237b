//! Catalogue: citations of the dataset, a chart or a milestone, and the menu that copies or downloads them.

catalogue! {
    MENU = "Cite", "引用";
    fn menu_label(what: &str) = "Cite {what}", "引用{what}";
    THE_DATASET = "the dataset", "数据集";
    THIS_CHART = "this chart", "此图表";
    THIS_MILESTONE = "this milestone", "此大事记";
    PLAIN = "Plain text", "纯文本";
    COPY = "Copy", "复制";
    DOWNLOAD = "Download", "下载";
    PUBLISHER = "DSR Tracker", "数字丝绸之路追踪";
    KIND_DATASET = "dataset", "数据集";
    KIND_CHART = "chart", "图表";
    /// The dataset cited as it stood on a date.
    KIND_DATASET_STATE = "dataset, past state", "数据集历史状态";
    /// A part cited as of a date: "Partner countries by agreement, as of 31 Dec 2019".
    fn as_of(title: &str, date: &str) = "{title}, as of {date}", "{title}（截至{date}）";
    fn kind_record(id: &str) = "record {id}", "记录 {id}";
    fn dataset(publisher: &str, year: u16, title: &str, version: &str, updated: &str, link: &str, accessed: &str, licence: &str) = "{publisher} ({year}). {title}, version {version} [dataset], updated {updated}. {link} (accessed {accessed}). Licence: {licence}.", "{publisher}（{year}）。{title}，{version}版［数据集］，{updated}更新。{link}（访问于{accessed}）。许可：{licence}。";
    fn part(publisher: &str, year: u16, part: &str, kind: &str, title: &str, version: &str, updated: &str, link: &str, accessed: &str, licence: &str) = "{publisher} ({year}). “{part}” [{kind}]. In {title}, version {version}, updated {updated}. {link} (accessed {accessed}). Licence: {licence}.", "{publisher}（{year}）。“{part}”［{kind}］。载于{title}，{version}版，{updated}更新。{link}（访问于{accessed}）。许可：{licence}。";
    fn copied(format: &str) = "Citation copied ({format}).", "已复制引用（{format}）。";
    fn copy_by_hand(error: &str) = "Copy the citation below ({error}).", "请复制下方的引用（{error}）。";
    fn downloaded(name: &str) = "Downloaded {name}.", "已下载 {name}。";
    fn not_saved(error: &str) = "Could not save the citation: {error}", "无法保存引用：{error}";
}
