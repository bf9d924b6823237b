//! Catalogue: the notices about URL parameters that were ignored or corrected.

catalogue! {
    /// Above the list of notices.
    HEADING = "Some link settings were ignored:", "部分链接参数已被忽略：";
    fn show_all(n: usize) = "Show all {n}", "显示全部 {n} 条";
    fn and_more(n: usize) = "and {n} more", "另有 {n} 条";

    NOT_A_YEAR = "is not a year between 1900 and 2100", "不是1900至2100之间的年份";
    NOT_A_COUNTRY_CODE = "is not a three-letter country code", "不是三个字母的国家代码";
    UNKNOWN_COUNTRY = "is not a known country code", "不是已知的国家代码";
    UNKNOWN_EVENT = "is not a milestone in this dataset", "不是本数据集中的大事记";
    NOT_AN_ID = "is not a milestone id", "不是大事记编号";
    UNKNOWN_AGREEMENT = "is not an agreement in this dataset", "不是本数据集中的协议";
    REPEATED = "repeats a parameter already given", "重复了已给出的参数";
    TOO_LONG = "is too long", "过长";
    NOT_RELATIVE_PATH = "is not a relative path on this site", "不是本站的相对路径";
    NOT_A_DATE = "is not a date between 1900 and 2100 (2019, 2019-06 or 2019-06-30)", "不是1900至2100之间的日期（2019、2019-06 或 2019-06-30）";
    AFTER_TODAY = "is after today", "晚于今天";
    DUPLICATE_COUNTRY = "is already in the list", "已在列表中";
    BEYOND_SIX_COUNTRIES = "comes after the sixth country, and six are the most that can be compared side by side", "排在第六个国家之后，并列比较最多只能选六个国家";
    NOT_A_VERSION = "is not a dataset version (like 1.0.0)", "不是数据集版本号（例如 1.0.0）";

    fn unknown_category(values: &str) = "is not a category ({values})", "不是有效的类别（{values}）";
    fn unknown_region(values: &str) = "is not a UN region ({values})", "不是联合国区域（{values}）";
    fn unknown_confidence(values: &str) = "is not a confidence level ({values})", "不是可信度等级（{values}）";
    fn unknown_backing(values: &str) = "is not a kind of backing ({values})", "不是可用的来源类别（{values}）";
    fn unknown_lang(values: &str) = "is not a language ({values})", "不是可用的语言（{values}）";
    fn unknown_theme(values: &str) = "is not a theme ({values})", "不是可用的主题（{values}）";
    fn unknown_view(values: &str) = "is not a view ({values})", "不是可用的视图（{values}）";
    fn unknown_chart(values: &str) = "is not a chart of this dashboard ({values})", "不是本仪表板的图表（{values}）";
    fn unknown_order(values: &str) = "is not an order ({values})", "不是可用的排序（{values}）";
    fn unknown_marks(values: &str) = "is not a setting of the milestone markers ({values}; absent, they are shown)", "不是里程碑标记的设置（{values}；不设则显示标记）";
    fn unknown_matrix_order(values: &str) = "is not an order of the membership matrix ({values})", "不是成员矩阵的排序方式（{values}）";
    fn unknown_sort(values: &str) = "is not a table column ({values}; - for descending)", "不是表格的列（{values}；加 - 表示降序）";
    /// An ignored value: "Ignored from=abc: it is not a year…".
    fn ignored(param: &str, value: &str, why: &str) = "Ignored {param}={value}: it {why}.", "已忽略 {param}={value}：{why}。";
    /// `from` after `to`: the two were swapped.
    fn swapped(param: &str, value: &str) = "{param}={value} comes after the end year, so the two were swapped.", "{param}={value} 晚于结束年份，已将两者对调。";
}

/// The separator between allowed values in a notice.
pub const VALUE_SEPARATOR: crate::i18n::Phrase = crate::i18n::Phrase {
    en: ", ", zh: "、"
};
