//! Catalogue: the names of the data's tokens (categories, confidence, regions, kinds, table columns), dates and counts.

catalogue! {
    /// Between names in a list.
    LIST_SEPARATOR = ", ", "、";
    /// Between sources in a list.
    SOURCE_SEPARATOR = "; ", "；";
    /// One source, short: publisher and date.
    fn source_short(publisher: &str, date: &str) = "{publisher}, {date}", "{publisher}，{date}";

    CAT_POLICY = "Policy", "政策";
    CAT_FORUM = "Forum", "论坛";
    CAT_AGREEMENT = "Agreement", "协议";
    CAT_GOVERNANCE = "Governance", "治理";
    CAT_SECURITY = "Security", "安全";
    CAT_E_COMMERCE = "E-commerce", "电子商务";
    CAT_INFRASTRUCTURE = "Infrastructure", "基础设施";
    CAT_TALENT = "Talent", "人才";

    // The later steps of a milestone.
    STEP_IN_FORCE = "In force", "生效";
    STEP_IMPLEMENTED = "Implemented", "实施";
    STEP_SUSPENDED = "Suspended", "暂停";
    STEP_WITHDRAWN = "Withdrawn", "退出";
    STEP_CANCELLED = "Cancelled", "取消";

    CONF_CONFIRMED = "Confirmed", "已证实";
    CONF_SINGLE_SOURCE = "Single source", "单一来源";
    CONF_UNVERIFIED = "Unverified", "未核实";

    REGION_AFRICA = "Africa", "非洲";
    REGION_AMERICAS = "Americas", "美洲";
    REGION_ASIA = "Asia", "亚洲";
    REGION_EUROPE = "Europe", "欧洲";
    REGION_OCEANIA = "Oceania", "大洋洲";

    KIND_BILATERAL = "Bilateral MoU series", "双边备忘录系列";
    KIND_MULTILATERAL = "Multilateral initiative", "多边倡议";
    KIND_TRADE = "Trade agreement", "贸易协定";

    KIND_OFFICIAL = "official", "官方";
    KIND_INTERGOVERNMENTAL = "intergovernmental", "政府间组织";
    KIND_STATE_MEDIA = "state media", "官方媒体";
    KIND_INDEPENDENT_MEDIA = "independent media", "独立媒体";
    KIND_RESEARCH = "research", "研究机构";
    KIND_COMPANY = "company", "企业";
    KIND_ORGANISATION = "organisation", "其他组织";
    /// A publisher and its kind: "Xinhua (state media)".
    fn publisher_kind(publisher: &str, kind: &str) = "{publisher} ({kind})", "{publisher}（{kind}）";

    CHANGE_ADDED = "added", "新增";
    CHANGE_CORRECTED = "corrected", "更正";
    CHANGE_RE_SOURCED = "re-sourced", "更换来源";
    CHANGE_REMOVED = "removed", "删除";

    COUNTS_PARTNERS = "counts partners (China not included)", "统计伙伴国（不含中国）";
    COUNTS_SIGNATORIES = "counts signatories (China included)", "统计签署国（含中国）";

    COL_DATE = "Date", "日期";
    COL_TITLE = "Title", "标题";
    COL_CATEGORY = "Category", "类别";
    COL_COUNTRIES = "Countries", "国家";
    COL_CONFIDENCE = "Confidence", "可信度";
    COL_SOURCES = "Sources", "来源数";
    COL_OFFICIAL = "Official source", "官方来源";
    COL_INDEPENDENT = "Independent source", "独立来源";
    BACKING_INDEPENDENT = "independent source", "有独立来源";
    BACKING_CHINESE_STATE = "Chinese official sources only", "仅有中国官方来源";
    BACKING_NOT_STATED = "sources' independence not stated", "未注明来源是否独立";
    /// A corrected field, before and after: "date: 2020 → 2020-05".
    fn field_change(field: &str, before: &str, after: &str) = "{field}: {before} → {after}", "{field}：{before} → {after}";
    /// An empty side of a correction: the field was absent.
    FIELD_ABSENT = "(none)", "（无）";
    YES = "yes", "有";
    NO = "no", "无";

    MONTH_1 = "Jan", "1月";
    MONTH_2 = "Feb", "2月";
    MONTH_3 = "Mar", "3月";
    MONTH_4 = "Apr", "4月";
    MONTH_5 = "May", "5月";
    MONTH_6 = "Jun", "6月";
    MONTH_7 = "Jul", "7月";
    MONTH_8 = "Aug", "8月";
    MONTH_9 = "Sep", "9月";
    MONTH_10 = "Oct", "10月";
    MONTH_11 = "Nov", "11月";
    MONTH_12 = "Dec", "12月";

    /// A date known to the year: "2016", "2016年".
    fn year(y: u16) = "{y}", "{y}年";
    /// A date known to the month: "Dec 2015", "2015年12月".
    fn month(month: &str, y: u16) = "{month} {y}", "{y}年{month}";
    /// A full date: "7 Sep 2013", "2013年9月7日".
    fn day(d: u8, month: &str, y: u16) = "{d} {month} {y}", "{y}年{month}{d}日";
    fn day_month(d: u8, month: &str) = "{d} {month}", "{month}{d}日";
    /// An observation dated by its year only means the end of that year.
    fn end_of_year(y: u16) = "end {y}", "{y}年底";
    /// A period: "2015 – 2016".
    fn range(from: &str, to: &str) = "{from} – {to}", "{from} – {to}";
    /// A lower bound: "more than 10".
    fn more_than(n: u32) = "more than {n}", "{n}个以上";
}

/// The months' short names, January first.
pub const MONTHS: [crate::i18n::Phrase; 12] = [
    MONTH_1, MONTH_2, MONTH_3, MONTH_4, MONTH_5, MONTH_6, MONTH_7, MONTH_8, MONTH_9, MONTH_10,
    MONTH_11, MONTH_12,
];
