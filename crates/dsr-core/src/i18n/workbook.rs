//! Catalogue: the dataset as a workbook: its codebook (what each sheet and column holds) and what can be wrong with a workbook or a CSV file.

catalogue! {
    // The codebook's own header row.
    CB_SHEET = "sheet", "工作表";
    CB_COLUMN = "column", "列";
    CB_REQUIRED = "required", "必填";
    CB_VALUES = "allowed values", "允许的值";
    CB_EXAMPLE = "example", "示例";
    CB_MEANING = "meaning", "含义";
    YES = "yes", "是";
    NO = "no", "否";
    V_TEXT = "text", "文本";
    V_ID = "an id: lower-case letters, digits and single hyphens", "编号：小写字母、数字和单个连字符";
    V_DATE = "a date typed as text: YYYY, YYYY-MM or YYYY-MM-DD", "以文本输入的日期：YYYY、YYYY-MM 或 YYYY-MM-DD";
    V_COUNTRIES = "ISO 3166-1 alpha-3 codes, separated by ;", "ISO 3166-1 三字母国家代码，以 ; 分隔";
    V_COUNTRY = "one ISO 3166-1 alpha-3 code (the list on sheet lists)", "一个 ISO 3166-1 三字母国家代码（见 lists 工作表）";
    V_NUMBER = "a whole number", "整数";
    V_URL = "a link starting with http:// or https://", "以 http:// 或 https:// 开头的链接";

    // The sheets.
    S_README = "This sheet: every column of every sheet, its allowed values and an example. Dates are text (YYYY, YYYY-MM or YYYY-MM-DD), so that a year stays a year.", "本表：各工作表的每一列、允许的值和示例。日期以文本填写（YYYY、YYYY-MM 或 YYYY-MM-DD），以免年份被改成具体日期。";
    S_MILESTONES = "One row per milestone: a dated event.", "每行一条大事记：一个有日期的事件。";
    S_SOURCES = "One row per source, in order, each naming the record and the part of it that it backs.", "每行一个来源，按顺序排列，注明它所支持的记录及其部分。";
    S_STEPS = "What became of a milestone later (in force, suspended…), in date order.", "大事记的后续进展（生效、暂停等），按日期排列。";
    S_AGREEMENTS = "One row per agreement series whose countries are counted.", "每行一个统计签署国家数的协议序列。";
    S_OBSERVATIONS = "Each reading of an agreement's count, in date order.", "协议国家数的每次观测，按日期排列。";
    S_MEMBERS = "Countries the sources name as members of an agreement, with the date each joined.", "来源点名的协议成员国及其加入日期。";
    S_META = "About the dataset: one field per row.", "数据集信息：每行一个字段。";
    S_LISTS = "The allowed values behind the drop-down lists.", "下拉列表所用的允许值。";

    // The codebook's examples.
    EX_TITLE = "Second World Internet Conference", "第二届世界互联网大会";
    EX_SUMMARY = "Xi Jinping proposes…", "习近平提出……";
    EX_NAME = "Digital Silk Road MoUs", "数字丝绸之路合作谅解备忘录";
    EX_DESCRIPTION = "MoUs China signs one country at a time.", "中国逐一与各国签署的谅解备忘录。";
    EX_TRACKER = "My tracker", "我的追踪";
    EX_CITATION = "My tracker, version 1.0.0.", "《我的追踪》1.0.0版。";

    // Milestones.
    M_ID = "Stable id, unique in the file; used in links.", "稳定编号，在文件中唯一；用于链接。";
    M_DATE = "When it happened, as precisely as the sources say.", "发生日期，精确到来源所给的程度。";
    M_END = "Last day of an event over several days.", "多日事件的最后一天。";
    M_TITLE_EN = "Title in English.", "英文标题。";
    M_TITLE_ZH = "Title in Chinese.", "中文标题。";
    M_SUMMARY_EN = "What happened, in English, in our own words.", "事件经过（英文），用我们自己的话。";
    M_SUMMARY_ZH = "What happened, in Chinese, in our own words.", "事件经过（中文），用我们自己的话。";
    M_CATEGORY = "What kind of milestone it is.", "大事记类别。";
    M_COUNTRIES = "The countries involved.", "涉及的国家。";
    M_CONFIDENCE = "How well it is sourced: confirmed needs two independent sources.", "来源可靠程度：confirmed（已证实）需要两个相互独立的来源。";
    M_NOTE_EN = "Conflicts and caveats, in English.", "矛盾与说明（英文）。";
    M_NOTE_ZH = "Conflicts and caveats, in Chinese.", "矛盾与说明（中文）。";

    // Sources.
    SRC_RECORD = "The id of the milestone or agreement the source backs.", "该来源支持的大事记或协议的编号。";
    SRC_PART = "What it backs: the milestone itself, or a step, an observation or a member of the record.", "支持的对象：大事记本身，或记录中的某个进展、观测或成员。";
    SRC_ITEM = "For a step or an observation, its number on its sheet; for a member, its country code; empty for a milestone.", "进展或观测填其在所属工作表中的序号；成员填国家代码；大事记留空。";
    SRC_TITLE = "The title of the page or document.", "网页或文件的标题。";
    SRC_PUBLISHER = "Who published it.", "发布者。";
    SRC_KIND = "What kind of publisher it is.", "发布者类型。";
    SRC_DATE = "When it was published.", "发布日期。";
    SRC_URL = "Where it can be read: the original, never a copy.", "原文链接，不用转载副本。";
    SRC_STATE = "yes when the publisher is part of the Chinese party-state (a ministry, an embassy, a state medium); no when independent of it; empty when not stated.", "发布者属于中国党政体系（部委、使馆、官方媒体）填 yes；独立于其外填 no；未说明则留空。";

    // Steps.
    ST_MILESTONE = "The id of the milestone.", "所属大事记的编号。";
    ST_NUMBER = "The step's number within its milestone: 1, 2…", "该进展在所属大事记中的序号：1、2……";
    ST_STATUS = "What became of it.", "后续状态。";
    ST_DATE = "When, not before the milestone.", "日期，不早于大事记日期。";
    NOTE_EN = "A note in English.", "英文说明。";
    NOTE_ZH = "A note in Chinese.", "中文说明。";

    // Agreements.
    A_ID = "Stable id of the series, unique in the file.", "协议序列的稳定编号，在文件中唯一。";
    A_NAME_EN = "Name in English.", "英文名称。";
    A_NAME_ZH = "Name in Chinese.", "中文名称。";
    A_KIND = "What kind of agreement it is.", "协议类型。";
    A_COUNTS = "What the count counts: partners (China not counted) or signatories (China counted).", "统计对象：partners（不含中国的伙伴国）或 signatories（含中国的签署方）。";
    A_DESC_EN = "What it is, in English.", "英文说明。";
    A_DESC_ZH = "What it is, in Chinese.", "中文说明。";

    // Observations.
    O_AGREEMENT = "The id of the agreement.", "所属协议的编号。";
    O_NUMBER = "The observation's number within its agreement: 1, 2…", "该观测在所属协议中的序号：1、2……";
    O_AS_OF = "The date of the count; a month or a year means its end.", "统计日期；月份或年份指其末尾。";
    O_COUNT = "How many countries.", "国家数量。";
    O_QUALIFIER = "more-than when the source says \"more than N\".", "来源称“超过 N 个”时填 more-than。";
    O_COUNTRIES = "The countries counted, where the source names them.", "来源点名的被统计国家。";
    O_DISPUTED = "yes when other sources contradict it: kept and shown, never the latest figure.", "与其他来源矛盾时填 yes：保留并显示，但不作为最新数字。";

    // Members.
    MB_AGREEMENT = "The id of the agreement.", "所属协议的编号。";
    MB_COUNTRY = "The member country.", "成员国。";
    MB_JOINED = "When it signed or joined.", "签署或加入日期。";

    // Meta.
    META_FIELD = "The field's name.", "字段名。";
    META_VALUE = "Its value.", "字段值。";
    MT_SCHEMA = "Optional pointer to the JSON Schema of the format.", "可选：格式的 JSON Schema 地址。";
    MT_TITLE_EN = "The dataset's title in English.", "数据集英文标题。";
    MT_TITLE_ZH = "The dataset's title in Chinese.", "数据集中文标题。";
    MT_VERSION = "Its version.", "版本号。";
    MT_UPDATED = "When this version was last revised (YYYY-MM-DD).", "本版最后修订日期（YYYY-MM-DD）。";
    MT_CURRENT = "The date of the newest fact in the data.", "数据中最新事实的日期。";
    MT_FROM = "The first year covered.", "覆盖的第一年。";
    MT_TO = "The last year covered.", "覆盖的最后一年。";
    MT_LICENCE = "The licence's name.", "许可名称。";
    MT_LICENCE_URL = "The licence's address.", "许可网址。";
    MT_CITATION_EN = "How to cite it, in English.", "英文引用格式。";
    MT_CONTACT = "Where readers send corrections: a page (https://…, with {id}, {title} and {link} filled in for the milestone) or an address (mailto:…). Each milestone then has a \"Suggest a correction\" link.", "读者提交更正的去处：网页（https://…，其中 {id}、{title}、{link} 会替换为该大事记的信息）或邮箱（mailto:…）。填写后每条大事记都有“建议更正”链接。";
    MT_CITATION_ZH = "How to cite it, in Chinese.", "中文引用格式。";

    // What can be wrong with a workbook.
    NOT_UTF8 = "the file is not UTF-8 text: save the CSV as UTF-8", "文件不是 UTF-8 文本：请将 CSV 另存为 UTF-8 编码";
    fn column(header: &str) = ", column \"{header}\"", "，“{header}”列";
    NOT_A_WORKBOOK = "is not a workbook this page can read: open an .xlsx, .ods, .csv or .json file", "不是本页面能读取的工作簿：请打开 .xlsx、.ods、.csv 或 .json 文件";
    fn damaged(detail: &str) = "the workbook is damaged or cut short ({detail})", "工作簿已损坏或不完整（{detail}）";
    fn missing_sheet(sheet: &str) = "the sheet \"{sheet}\" is missing", "缺少工作表“{sheet}”";
    fn missing_column(header: &str) = "the column \"{header}\" is missing from the header row", "表头中缺少“{header}”列";
    fn unknown_column(header: &str, expected: &str) = "\"{header}\" is not a column of this sheet; the columns are: {expected}", "“{header}”不是本表的列；本表的列为：{expected}";
    fn duplicate_column(header: &str) = "the column \"{header}\" appears twice in the header row", "表头中“{header}”列出现两次";
    fn formula(value: &str) = "a formula ({value}): type the value itself", "这是公式（{value}）：请直接填写值";
    fn error_value(value: &str) = "an error value ({value})", "错误值（{value}）";
    fn not_text(value: &str) = "\"{value}\" should be text", "“{value}”应为文本";
    fn not_a_number(value: &str) = "\"{value}\" is not a whole number", "“{value}”不是整数";
    fn not_yes_no(value: &str) = "\"{value}\" is not yes or no", "“{value}”不是 yes 或 no";
    fn date_number(value: &str, day: &str) = "{value} is a date the spreadsheet stored as a number; it was read as {day}, but the day may not be meant: type the date as text (YYYY, YYYY-MM or YYYY-MM-DD)", "{value} 是电子表格以数字保存的日期，读作 {day}，但原意未必精确到日：请以文本输入日期（YYYY、YYYY-MM 或 YYYY-MM-DD）";
    fn date_time(value: &str) = "\"{value}\" is a date the spreadsheet converted: type the date as text (YYYY, YYYY-MM or YYYY-MM-DD)", "“{value}”是被电子表格转换的日期：请以文本输入日期（YYYY、YYYY-MM 或 YYYY-MM-DD）";
    fn no_record(id: &str) = "\"{id}\" is not the id of a record on the milestones or agreements sheet", "“{id}”不是大事记表或协议表中记录的编号";
    fn no_item(item: &str) = "\"{item}\" does not name a row of the record on its sheet", "“{item}”不对应该记录在其工作表中的任何行";
    fn duplicate_row(key: &str) = "\"{key}\" is listed twice", "“{key}”重复列出";
    fn meta_field(field: &str) = "\"{field}\" is not a field of the meta sheet", "“{field}”不是 meta 表的字段";
    fn missing_meta(field: &str) = "the field \"{field}\" is missing", "缺少字段“{field}”";
    fn bad_source(value: &str) = "\"{value}\" is not a source of the form: publisher [kind] — title (date) <link>", "“{value}”不符合来源格式：发布者 [类型] — 标题 (日期) <链接>";
    TOO_MANY_ROWS = "the sheet has more rows than a dataset may have", "该表的行数超过数据集上限";
    fn too_many_errors(n: usize) = "and more: only the first {n} errors are listed", "以及更多：仅列出前 {n} 处错误";
}
