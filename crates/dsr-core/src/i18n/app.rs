//! Catalogue: the page around the views: name, header, loading and error states, the dataset picker, the footer and the panic panel.

catalogue! {
    NAME = "DSR Tracker", "数字丝路追踪";
    TAGLINE = "Following China's Digital Silk Road over time", "追踪中国“数字丝绸之路”的进展";
    SKIP_LINK = "Skip to the main content", "跳到主要内容";
    LANGUAGE = "Language", "语言";
    THEME_DARK = "Dark theme", "深色主题";
    MENU = "Menu", "菜单";
    fn current_through(date: &str) = "Data current through {date}", "数据截至{date}";
    RESULTS = "Results", "结果";
    /// A label before its value: "Countries: " (Chinese writes a full-width colon and no space).
    fn label(label: &str) = "{label}: ", "{label}：";
    /// The same colon, where the label is drawn apart (in bold).
    COLON = ": ", "：";

    // The dataset picker.
    OPEN_DATASET = "Open dataset…", "打开数据集…";
    OPEN_DATASET_HINT = "Open a dataset from your computer (.json, a workbook .xlsx or .ods, or a .csv of milestones); it is read here and not uploaded", "打开您电脑上的数据集（.json、.xlsx 或 .ods 工作簿，或大事记 .csv 文件）；文件只在本机读取，不会上传";
    BACK_TO_BUNDLED = "Back to the bundled dataset", "返回内置数据集";
    DROP_HINT = "Drop a dataset (.json, .xlsx, .ods or .csv) to open it", "拖放数据集（.json、.xlsx、.ods 或 .csv）以打开";
    DISMISS = "Dismiss", "关闭";

    // The footer.
    VERSION = "Version", "版本";
    UPDATED = "Updated", "更新于";
    LICENCE = "Licence", "许可";
    HOW_TO_CITE = "How to cite", "引用方式";
    fn footer_line(version_label: &str, version: &str, updated_label: &str, updated: &str, licence_label: &str) = " · {version_label} {version} · {updated_label} {updated} · {licence_label} ", " · {version_label} {version} · {updated_label} {updated} · {licence_label} ";

    // The panic panel.
    SOMETHING_BROKE = "Something went wrong", "出现错误";
    SOMETHING_BROKE_BODY = "The page hit an internal error. Your filters are kept in the address bar; reloading usually helps.", "页面发生内部错误。筛选条件保存在地址栏中，重新加载通常可以解决。";
    RELOAD = "Reload the page", "重新加载页面";

    // The service worker (public/sw.js): an offline visit, and a newer build.
    /// An offline visit, with the version and date of the data shown.
    fn offline(version: &str, updated: &str) = "You are offline. This is the copy saved on this device: data version {version}, updated {updated}. The views you have opened before work.", "您当前处于离线状态。这是保存在本设备上的副本：数据版本 {version}，更新于 {updated}。此前打开过的视图仍可使用。";
    UPDATE_READY = "A newer version of the tracker and its data is ready.", "追踪器及其数据已有更新版本。";
    UPDATE_APPLY = "Show it", "查看新版本";

    // A view loaded when first shown (its own WebAssembly chunk).
    PART_LOADING = "Loading this view…", "正在加载此视图…";
    PART_FAILED = "This view could not be loaded. The connection may have dropped, or the site was updated since this page opened. Your filters are kept in the address bar.", "此视图未能加载。可能是网络中断，或页面打开后网站已更新。筛选条件保存在地址栏中。";

    // The map geometry.
    MAP_LOADING = "Loading the map…", "正在加载地图…";
    fn map_status(file: &str, status: u16) = "{file}: the server answered {status}", "{file}：服务器返回 {status}";
    fn map_failed(file: &str, message: &str) = "{file}: {message}", "{file}：{message}";
    fn map_unreadable(file: &str) = "{file}: could not be loaded", "{file}：无法加载";
}
