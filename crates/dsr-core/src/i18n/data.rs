//! Catalogue: what is wrong with a data file (records, fields, problems), and why a file could not be loaded.

catalogue! {
    RECORD_FILE = "file", "文件";
    RECORD_META = "meta", "元数据";
    NO_ID = "no id", "无编号";
    NO_SOURCE = "no source: every record needs at least one", "没有来源：每条记录至少需要一个来源";
    fn duplicate_member(code: &str) = "{code} is listed twice among the members", "{code} 在成员中重复出现";
    fn joined_after_count(joined: &str, counted: &str) = "joined {joined}, after the observation of {counted} that already lists it", "加入日期 {joined} 晚于已列出该国的 {counted} 观测";
    fn more_named_than_counted(named: usize, count: u32) = "{named} members are named by this date, more than the count of {count}", "截至该日已列名 {named} 个成员，多于统计数 {count}";
    NO_OBSERVATIONS = "no observations: every agreement needs at least one", "没有观测：每个协议至少需要一次观测";
    EMPTY = "the text is empty", "文本为空";
    LOAD_FAILED = "The dataset could not be loaded", "无法加载数据集";
    INVALID_DATASET = "The dataset has errors and was not opened", "数据集有错误，未能打开";
    DETAILS_FAILED = "The sources' titles and links, and the milestones' texts in the other language, could not be loaded; the timeline works without them", "来源的标题和链接以及大事记另一种语言的文本未能加载；时间线仍可使用";
    FILE_LABEL = "File: ", "文件：";
    RETRY = "Try again", "重试";
    FILE_UNREADABLE = "the file could not be read", "无法读取该文件";

    fn id(id: &str) = "id \"{id}\"", "编号“{id}”";
    fn milestone(index: usize, id: &str) = "milestone {index} ({id})", "第 {index} 条大事记（{id}）";
    fn agreement(index: usize, id: &str) = "agreement {index} ({id})", "第 {index} 个协议（{id}）";
    fn observation(agreement: usize, id: &str, index: usize) = "agreement {agreement} ({id}) observation {index}", "第 {agreement} 个协议（{id}）的第 {index} 次观测";
    fn country(index: usize, code: &str) = "country {index} (\"{code}\")", "第 {index} 个国家（“{code}”）";
    fn sheet_row(sheet: &str, row: usize) = "sheet \"{sheet}\", row {row}", "工作表“{sheet}”第 {row} 行";
    fn sheet(sheet: &str) = "sheet \"{sheet}\"", "工作表“{sheet}”";
    fn release(index: usize, version: &str) = "release {index} (version \"{version}\")", "第 {index} 个版本（“{version}”）";
    fn unknown_record(id: &str) = "\"{id}\" is not a milestone or an agreement of the dataset", "“{id}”不是数据集中的大事记或协议";
    fn still_there(id: &str) = "\"{id}\" is marked removed but is still in the dataset", "“{id}”标为已删除，但仍在数据集中";
    fn not_current_release(version: &str, current: &str) = "the first release is {version}, but the dataset is version {current}: list the current release first", "第一个版本为 {version}，而数据集版本为 {current}：请先列出当前版本";
    fn release_out_of_order(date: &str, previous: &str) = "dated {date}, after the release listed before it ({previous}): list the newest release first", "日期 {date} 晚于前一个版本（{previous}）：请按从新到旧排列";
    NOT_A_BUNDLE = "is not the data of this version of the site (an old copy in a cache?): reload the page", "不是本版网站的数据（可能是缓存中的旧副本）：请重新加载页面";
    fn damaged_bundle(how: &str) = "is cut short or damaged ({how}): reload the page", "不完整或已损坏（{how}）：请重新加载页面";
    ENDS_EARLY = "it ends early", "数据提前结束";
    BAD_VALUE = "a value is not what this app writes", "其中有本应用不会写出的值";
    DOES_NOT_UNPACK = "it does not unpack", "无法解压";
    FIELDS_NOT_A_CORRECTION = "fields before and after belong only to a change of kind \"corrected\"", "只有“corrected”（更正）类变更才列出字段的前后值";
    fn duplicate_version(version: &str) = "version \"{version}\" is listed twice", "版本“{version}”重复列出";
    fn field(field: &str) = ", field \"{field}\"", "，字段“{field}”";
    /// A whole error: file and position, record, field, problem.
    fn error(place: &str, record: &str, field: &str, problem: &str) = "{place}: {record}{field}: {problem}", "{place}：{record}{field}：{problem}";

    fn unreadable(detail: &str) = "the file could not be read: {detail}", "无法读取该文件：{detail}";
    fn json(message: &str) = "{message}", "JSON 格式错误：{message}";
    fn file_too_large(bytes: usize, limit: usize) = "the file is {bytes} bytes; the limit is {limit} bytes (20 MB)", "文件大小为 {bytes} 字节，上限为 {limit} 字节（20 MB）";
    fn too_many_milestones(count: usize, limit: usize) = "{count} milestones; the limit is {limit}", "共 {count} 条大事记，上限为 {limit}";
    fn too_many_agreements(count: usize, limit: usize) = "{count} agreements; the limit is {limit}", "共 {count} 个协议，上限为 {limit}";
    fn string_too_long(chars: usize, limit: usize) = "text of {chars} characters; the limit is {limit}", "文本长 {chars} 个字符，上限为 {limit}";
    fn duplicate_id(id: &str, first: usize) = "duplicate id \"{id}\", first used by record {first}", "编号“{id}”重复，第 {first} 条记录已使用";
    fn bad_id(id: &str, max: usize) = "\"{id}\" is not a valid id: use lower-case letters, digits and single hyphens, at most {max} characters", "“{id}”不是有效的编号：只能使用小写字母、数字和单个连字符，最多 {max} 个字符";
    fn date_form(value: &str) = "\"{value}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", "“{value}”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 形式的日期";
    fn date_year(year: u16) = "year {year} is outside 1900-2100", "年份 {year} 不在 1900 至 2100 之间";
    fn date_month(month: u8) = "month {month} does not exist", "不存在 {month} 月";
    fn date_day(year: u16, month: u8, day: u8) = "{year}-{month:02} has no day {day}", "{year}年{month}月没有第 {day} 日";
    fn end_before_date(end: &str, date: &str) = "end {end} is before date {date}", "结束日期 {end} 早于开始日期 {date}";
    fn unknown_value(value: &str, expected: &str) = "\"{value}\" is not one of: {expected}", "“{value}”不是以下值之一：{expected}";
    fn unknown_country(code: &str) = "unknown country code \"{code}\"", "未知的国家代码“{code}”";
    fn unknown_region(region: &str) = "unknown region \"{region}\"", "未知的区域“{region}”";
    fn bad_url(url: &str) = "URL \"{url}\" is refused: only http:// and https:// links are allowed", "网址“{url}”被拒绝：只允许 http:// 和 https:// 链接";
    fn bad_contact(value: &str) = "\"{value}\" is refused as a contact: give a link (https://…) or an address (mailto:…)", "联系方式“{value}”被拒绝：请填写链接（https://…）或邮箱地址（mailto:…）";
    fn out_of_order(this: &str, previous: &str) = "as_of {this} is before the previous observation's {previous}: observations must be in date order", "as_of {this} 早于上一次观测的 {previous}：观测必须按日期排列";
    fn step_out_of_order(this: &str, previous: &str) = "step dated {this} is before {previous} (the milestone's date or the step before): steps must be in date order", "步骤日期 {this} 早于 {previous}（大事记日期或上一步骤）：步骤必须按日期排列";
    fn empty_text(lang: &str) = "the {lang} text is empty", "{lang} 文本为空";
    fn bad_coverage(from: u16, to: u16) = "coverage {from}–{to} must be years from 1900 to 2100, first to last", "覆盖范围 {from}–{to} 必须是 1900 至 2100 之间的年份，且先早后晚";
    fn control_character(code: &str) = "the text contains a control character (U+{code}); only tabs and line breaks are allowed", "文本含有控制字符（U+{code}）；只允许制表符和换行符";
    fn not_a_day(value: &str) = "\"{value}\" must be a full date (YYYY-MM-DD)", "“{value}”必须是完整日期（YYYY-MM-DD）";

    fn request_failed(message: &str) = "The request failed: {message}", "请求失败：{message}";
    READER_MISSING = "The file arrived, but the code that reads it could not be loaded. Check the connection and reload.", "文件已收到，但读取它的代码未能加载。请检查网络后重新加载。";
    fn status(status: u16) = "The server answered {status}; the file may be missing.", "服务器返回 {status}，文件可能不存在。";
    fn too_large(bytes: &str) = "The file is {bytes} bytes, over the 20 MB limit.", "文件大小为 {bytes} 字节，超过 20 MB 的上限。";
    fn n_errors(n: usize, s: &str) = "{n} error{s}:", "共 {n} 处错误：";
    fn refused(file: &str, n: usize, s: &str) = "{file} was not opened: {n} error{s}. The dataset on screen is unchanged.", "未能打开 {file}：共 {n} 处错误。屏幕上的数据集保持不变。";
}

/// English's plural ending for `n` things ("" or "s"); Chinese has none.
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
