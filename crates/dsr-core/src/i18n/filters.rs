//! Catalogue: the filter panel, the country picker, and the filters in words.

catalogue! {
    /// A category's own feed, beside its box.
    fn category_feed(name: &str) = "Atom feed of {name} alone", "只订阅“{name}”的 Atom";
    /// The visible word of that link.
    FEED_SHORT = "feed", "订阅";
    HEADING = "Filters", "筛选";
    SHOW = "Filters", "筛选";
    fn show_n(n: usize) = "Filters ({n})", "筛选（{n}）";
    SEARCH = "Search", "搜索";
    SEARCH_PLACEHOLDER = "Title, summary, note or source", "标题、摘要、注释或来源";
    FROM = "From", "起始年份";
    TO = "To", "结束年份";
    ANY = "Any", "不限";
    CATEGORY = "Category", "类别";
    REGION = "Partner region (UN)", "伙伴所在区域（联合国）";
    COUNTRIES = "Countries", "国家";
    COUNTRY_PLACEHOLDER = "Type a name, in English or Chinese", "输入中文或英文名称";
    COUNTRY_OPTIONS = "Matching countries", "匹配的国家";
    CONFIDENCE = "Minimum confidence", "最低可信度";
    CONF_SINGLE_OR_BETTER = "Single source or better", "单一来源及以上";
    CONF_CONFIRMED_ONLY = "Confirmed only", "仅已证实";
    BACKING = "Who backs it", "来源";
    BACKING_INDEPENDENT_ONLY = "An independent source", "有独立来源";
    BACKING_CHINESE_STATE_ONLY = "Chinese official sources only", "仅有中国官方来源";
    CLEAR_ALL = "Clear all filters", "清除全部筛选";
    fn remove(name: &str) = "Remove {name}", "移除{name}";

    // The filters in words, for chart subtitles and the empty state.
    ALL_MILESTONES = "All milestones", "全部大事记";
    fn new_since(version: &str) = "added since version {version}", "{version} 版以来新增";
    /// The `asof=` date in a description: "as of 31 Dec 2019".
    fn as_of(date: &str) = "as of {date}", "截至{date}";
    fn from_year(a: u16) = "from {a}", "{a}年起";
    fn up_to(b: u16) = "up to {b}", "至{b}年";
    fn years(a: u16, b: u16) = "{a}–{b}", "{a}–{b}";
    fn partners_in(region: &str) = "partners in {region}", "{region}伙伴";
    DESCRIBE_CONFIRMED = "confirmed only", "仅已证实";
    DESCRIBE_INDEPENDENT = "with an independent source", "有独立来源";
    DESCRIBE_CHINESE_STATE = "on Chinese official sources only", "仅有中国官方来源";
    DESCRIBE_NOT_STATED = "independence of sources not stated", "未注明来源是否独立";
    DESCRIBE_SINGLE = "single source or better", "单一来源及以上";
    DESCRIBE_ANY = "any confidence", "任何可信度";
    fn matching(q: &str) = "matching “{q}”", "包含“{q}”";
    PART_SEPARATOR = " · ", " · ";
}
