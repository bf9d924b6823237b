//! Catalogue: the export menu (files, images, links, embedding, presenting) and what each action reports.

catalogue! {
    fn deck_more_rows(n: usize) = "And {n} more rows: every row is in the speaker notes.", "另有 {n} 行：所有行均在演讲者备注中。";
    MENU = "Export", "导出";
    LOOK = "Look", "样式";
    LOOK_CURRENT = "As on screen", "与屏幕一致";
    LOOK_LIGHT = "Light", "浅色";
    LOOK_DARK = "Dark", "深色";
    LOOK_PRESENTATION = "Presentation (large type)", "演示（大字号）";
    DOWNLOAD_SVG = "Download SVG", "下载 SVG";
    PNG_SIZE = "PNG size", "PNG 尺寸";
    DENSITY = "Density", "像素密度";
    DOWNLOAD_PNG = "Download PNG", "下载 PNG";
    COPY_IMAGE = "Copy image", "复制图片";
    COPY_LINK = "Copy link", "复制链接";
    COPY_EMBED = "Copy embed code", "复制嵌入代码";
    PRESENT = "Present", "演示";
    EMBED_COPIED = "Embed code copied.", "嵌入代码已复制。";
    PRESET_16_9 = "16:9 slide", "16:9 幻灯片";
    PRESET_720 = "16:9, smaller", "16:9，较小";
    PRESET_4_3 = "4:3 slide", "4:3 幻灯片";
    PRESET_SQUARE = "square", "正方形";
    AS_ON_SCREEN = "as on screen", "屏幕尺寸";

    /// A PNG size: "1920 × 1080 (16:9 slide)".
    fn size(width: u32, height: u32, what: &str) = "{width} × {height} ({what})", "{width} × {height}（{what}）";
    fn density(d: u32) = "{d}×", "{d}×";
    fn downloaded(name: &str) = "Downloaded {name}.", "已下载 {name}。";
    fn svg_not_saved(error: &str) = "Could not save the SVG: {error}", "无法保存SVG：{error}";
    fn png_not_saved(error: &str) = "Could not save the PNG: {error}", "无法保存PNG：{error}";
    fn png_not_drawn(error: &str) = "Could not draw the PNG: {error}", "无法生成PNG：{error}";
    IMAGE_COPIED = "Image copied: paste it into your slides.", "图片已复制，可粘贴到幻灯片中。";
    fn copy_fell_back(error: &str, name: &str) = "The image could not be copied ({error}), so it was downloaded as {name} instead.", "无法复制图片（{error}），已改为下载 {name}。";
    fn image_not_drawn(error: &str) = "Could not draw the image: {error}", "无法生成图片：{error}";
    fn link_copied(link: &str) = "Link copied: {link}", "链接已复制：{link}";
    fn copy_link_by_hand(error: &str, link: &str) = "Copy this link ({error}): {link}", "请手动复制链接（{error}）：{link}";
    fn copy_embed_by_hand(error: &str) = "Copy the embed code below ({error}).", "请复制下方的嵌入代码（{error}）。";
    fn embed_title(chart: &str) = "DSR Tracker: {chart}", "数字丝路追踪：{chart}";
    /// The title of a downloaded subset of the dataset.
    fn filtered_title(title: &str, filters: &str) = "{title} (filtered: {filters})", "{title}（筛选：{filters}）";
    fn file_saved(name: &str, n: usize) = "Downloaded {name} ({n} milestones).", "已下载 {name}（{n} 条大事记）。";
    fn file_not_saved(name: &str, error: &str) = "Could not save {name}: {error}", "无法保存 {name}：{error}";

    TRANSPARENT = "Transparent background (PNG)", "透明背景（PNG）";
    TRANSPARENT_DARK_TEXT = "Transparent: this look has dark text, which will not read on a dark slide. Choose the dark look for dark slides.", "透明背景：此样式的文字为深色，在深色幻灯片上无法看清。深色幻灯片请选择深色样式。";
    TRANSPARENT_LIGHT_TEXT = "Transparent: this look has light text, which will not read on a light slide. Choose the light look for light slides.", "透明背景：此样式的文字为浅色，在浅色幻灯片上无法看清。浅色幻灯片请选择浅色样式。";

    // Slides (.pptx).
    DOWNLOAD_SLIDES = "Download slides (.pptx)", "下载幻灯片（.pptx）";
    SLIDES_MAKING = "Making the slides…", "正在生成幻灯片……";
    /// The export menu's button for a deck of one chart, a slide a year.
    SLIDES_BY_YEAR = "Slides, a year each (.pptx)", "逐年幻灯片（.pptx）";
    /// A slide's state in a deck a year each.
    fn deck_as_of(date: &str) = "as of {date}", "截至{date}";
    fn deck_now(through: &str) = "now (data through {through})", "现在（数据截至{through}）";
    /// A chart's title on a slide of a deck a year each.
    fn deck_year_title(title: &str, when: &str) = "{title}, {when}", "{title}，{when}";
    fn slides_saved(name: &str, n: usize) = "Downloaded {name} ({n} slides).", "已下载 {name}（{n} 张幻灯片）。";
    fn slides_not_made(error: &str) = "Could not make the slides: {error}", "无法生成幻灯片：{error}";
    DECK_NOTHING = "Nothing to show: no milestones match these filters.", "无内容可显示：没有符合这些筛选条件的大事记。";
    DECK_MAP_MISSING = "The map could not be drawn for this deck: its geometry did not load.", "无法为本演示文稿绘制地图：地图数据未能加载。";
    fn deck_version(version: &str, updated: &str, accessed: &str) = "Dataset v{version}, updated {updated}; accessed {accessed}", "数据集 v{version}，更新于{updated}；访问于{accessed}";
    fn deck_link(link: &str) = "This view: {link}", "本视图：{link}";
    fn deck_licence(name: &str) = "Licence: {name}", "许可：{name}";
    DECK_NOTES_NUMBERS = "The numbers, and their sources:", "数据及其来源：";
    DECK_NOTES_MARKERS = "The milestones the page marks on this chart:", "网页在此图上标记的大事记：";
    DECK_CITE = "How to cite", "引用方式";
    DECK_ZIP = "the deck is too large", "演示文稿过大";
    WORKBOOK_CODE_MISSING = "the code that writes workbooks could not be loaded; check the connection and try again", "无法加载生成工作簿的代码，请检查网络后重试";
    WORKBOOK_MAKING = "Making the workbook…", "正在生成工作簿……";
    DECK_CODE_MISSING = "the code that writes slides could not be loaded; check the connection and try again", "无法加载生成幻灯片的代码，请检查网络后重试";

    // Why the browser could not export (the data of `ExportError`).
    NO_DOCUMENT = "the page has no document", "页面没有文档对象";
    NO_WINDOW = "the page has no window", "页面没有窗口对象";
    NO_CLIPBOARD_SECURE = "this browser offers no clipboard here (it needs a secure https page)", "此浏览器在此处不提供剪贴板（需要安全的 https 页面）";
    NO_CLIPBOARD = "this browser offers no clipboard here", "此浏览器在此处不提供剪贴板";
    NO_CANVAS = "no 2D canvas context", "无法获得二维画布";
    EMPTY_CANVAS = "the canvas gave no image", "画布没有生成图像";
    fn browser_refused(step: &str, detail: &str) = "{step}: {detail}", "{step}：{detail}";
    STEP_BLOB = "the file could not be made", "无法生成文件";
    STEP_OBJECT_URL = "the file could not be offered", "无法提供文件";
    STEP_LINK = "the download link could not be made", "无法生成下载链接";
    STEP_IMAGE = "the chart image could not be made", "无法生成图表图像";
    STEP_DECODE = "the chart image could not be decoded", "无法解码图表图像";
    STEP_CANVAS = "the canvas could not be made", "无法生成画布";
    STEP_DRAW = "the chart could not be drawn on the canvas", "无法在画布上绘制图表";
    STEP_PNG = "the PNG could not be encoded", "无法编码 PNG";
    STEP_CLIPBOARD_ITEM = "this browser cannot put images on the clipboard", "此浏览器无法将图片放入剪贴板";
    STEP_CLIPBOARD_WRITE = "the browser refused to copy", "浏览器拒绝复制";
}
