//! Catalogue: the About page: what counts as a milestone, how series are counted, confidence, conflicts, coverage, citation and licence.

catalogue! {
    MILESTONE_HEADING = "What counts as a milestone", "什么算作大事记";
    MILESTONE_BODY = "A milestone is a dated event that builds China's Digital Silk Road: a policy document, a forum, an agreement or initiative signed with other countries, a governance or data-security initiative, an e-commerce programme, a piece of infrastructure (cables, satellites, data centres), or a training programme. Context that is not a dated event, such as the recommendations of the article this project started from, is left out.", "大事记是推动中国“数字丝绸之路”建设的有日期事件：政策文件、论坛、与其他国家签署的协议或倡议、治理或数据安全倡议、电子商务项目、基础设施（光缆、卫星、数据中心）或人才培训项目。没有具体日期的背景内容（例如本项目所依据文章中的建议）不收录。";
    COUNTING_HEADING = "How agreements are counted", "协议如何计数";
    COUNTING_BODY = "Each agreement series is counted as the sources report it. For bilateral series the count is the number of partner countries that have signed with China; for multilateral initiatives and trade agreements it is the number of countries that joined, China included. A month or a year in an “as of” date means the end of that period. Where a source says “more than N”, the figure is a lower bound and is drawn as one.", "各协议系列的数量以来源报告为准。双边系列统计与中国签署的伙伴国数量；多边倡议和贸易协定统计加入的国家数量，含中国。“截至”日期只给出月份或年份时，指该时期的结束。来源称“超过N个”时，该数字是下限，图中也按下限绘制。";
    /// One series in the list, after its name: what it counts, and its description.
    fn series(counts: &str, description: &str) = " — {counts}. {description}", " — {counts}。{description}";
    CONFIDENCE_HEADING = "Confidence", "可信度";
    fn confirmed(n: usize, of: usize) = " ({n} of {of}): two or more independent sources agree.", "（{of}条中{n}条）：两个或以上相互独立的来源一致。";
    fn single_source(n: usize, of: usize) = " ({n} of {of}): one source, or only republished copies of one.", "（{of}条中{n}条）：只有一个来源，或只有其转载副本。";
    fn unverified(n: usize, of: usize) = " ({n} of {of}): recalled but not yet checked against any source.", "（{of}条中{n}条）：凭记忆收录，尚未经任何来源核实。";
    SOURCES_HEADING = "Sources", "来源";
    BACKING_HEADING = "Who backs each claim", "谁支撑每条记录";
    fn backing(pct: usize, n: usize, of: usize, state: usize) = "A source is independent when it is not part of the Chinese party-state: not a Chinese ministry, embassy or other state body, and not a Chinese state medium (Xinhua, CGTN, China Daily, People's Daily and the like). Foreign governments, international organisations, independent media, research and companies count as independent. Each milestone says whether at least one of its sources is independent (◆ independent source) or whether it rests on Chinese official sources only (◇). {pct}% of confirmed milestones have an independent source ({n} of {of}); {state} rest on Chinese official sources only. Such a record is not wrong for that, but a reader should know that no one outside the Chinese state has reported it in the sources we found. The filter \"Who backs it\" shows either group, and the downloads carry the column independent_source.", "独立来源指不属于中国党政体系的来源：不是中国的部委、使馆或其他国家机关，也不是中国官方媒体（新华社、中国国际电视台、《中国日报》、《人民日报》等）。外国政府、国际组织、独立媒体、研究机构和企业均算作独立来源。每条大事记都标明是否至少有一个独立来源（◆ 有独立来源），或是否仅有中国官方来源（◇）。已证实的大事记中{pct}%有独立来源（{of}条中{n}条）；{state}条仅有中国官方来源。这类记录并不因此有误，但读者应当知道：在我们找到的来源中，中国官方以外没有人报道过它。筛选项“来源”可显示任一类，下载的表格文件中也标明这一点。";
    fn sources_summary(pct: usize, n: usize, of: usize, mean: &str) = "{pct}% of milestones have an official source ({n} of {of}), and a milestone cites {mean} sources on average. Each source is marked by who published it: official (a government body), intergovernmental, state media, independent media, research, a company or another organisation. Sites that only republish others' reports are not cited.", "{pct}%的大事记有官方来源（{of}条中{n}条），每条大事记平均引用{mean}个来源。每个来源都标明发布者类型：官方（政府机构）、政府间组织、官方媒体、独立媒体、研究机构、企业或其他组织。只转载他人报道的网站不予引用。";
    CONFLICTS_HEADING = "Conflicting figures", "相互矛盾的数字";
    CONFLICTS_BODY = "When sources disagree, both figures are kept. The record's note says which source gives which figure, and the charts mark and footnote the conflict; a disputed figure is shown but never drawn as the latest value. The Conflicts tab lists every record with a note. Copies of articles republished on unrelated websites are never cited: the original outlet is named instead, without a link.", "来源不一致时，两个数字都予保留。记录的注释说明哪个来源给出哪个数字，图表对冲突加注标记和脚注；存疑数字会显示，但不会作为最新数值绘制。“来源冲突”标签页列出所有附有注释的记录。不引用无关网站上的转载副本，而是注明原始媒体，且不附链接。";
    COVERAGE_HEADING = "Coverage", "覆盖范围";
    fn coverage(from: u16, to: u16, version: &str, updated: &str, through: &str, n: usize, series: usize) = "{from} to {to}. This version ({version}) was last updated on {updated}; its newest fact is from {through}. It has {n} milestones and {series} agreement series.", "{from}年至{to}年。本版本（{version}）最近更新于{updated}，最新事实的日期为{through}。共有{n}条大事记和{series}个协议系列。";
    CITE_HEADING = "How to cite", "引用方式";
    LICENCE_HEADING = "Licence", "许可";
    LICENCE_DATA = "The data: ", "数据：";
    /// Around the names of the two packages the country list is built from (shown as code).
    LICENCE_COUNTRIES = ". The country list is built from the ", "。国家列表依据 ";
    LICENCE_AND = " and ", " 和 ";
    LICENCE_PACKAGES = " packages (MIT).", " 软件包（MIT 许可）生成。";

    // What the current release changed, from changes.json.
    fn changes_heading(version: &str) = "What changed in version {version}", "{version} 版的改动";
    fn changes_summary(date: &str, added: usize, corrected: usize, re_sourced: usize) = "Released {date}: {added} added, {corrected} corrected, {re_sourced} re-sourced.", "发布于{date}：新增 {added} 条，更正 {corrected} 条，更换来源 {re_sourced} 条。";
    FEEDS = "Follow every change in a feed reader: ", "在订阅阅读器中关注每项改动：";
    FEEDS_AND = " or ", " 或 ";
    fn changes_kind(kind: &str, n: usize) = "{kind} ({n})", "{kind}（{n}）";
    CHANGES_LOADING = "Loading the list of changes…", "正在加载改动列表…";
    CHANGES_NONE = "This dataset has no list of changes.", "此数据集没有改动列表。";
    TRACKER_HEADING = "Start your own tracker", "建立您自己的追踪";
    TRACKER_BODY = "Keep a tracker of your own in a spreadsheet: download the template, fill in its sheets (the README sheet explains each column and its allowed values), and open it here with \"Open dataset…\". The page reads it on your computer; nothing is uploaded. Save it as .xlsx, .ods or a .csv of milestones.", "用电子表格维护您自己的追踪：下载模板，填写各工作表（README 表说明每一列及其允许的值），再通过“打开数据集…”在此打开。页面在您的电脑上读取文件，不会上传任何内容。可保存为 .xlsx、.ods 或大事记 .csv 文件。";
    TRACKER_DOWNLOAD = "Download the template (.xlsx)", "下载模板（.xlsx）";
}
