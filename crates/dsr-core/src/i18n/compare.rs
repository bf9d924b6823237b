//! Catalogue: the comparison of two to six countries (its lanes, its milestones per year) and the membership matrix.

catalogue! {
    /// The lanes chart.
    LANES_TITLE = "Countries compared", "国家比较";
    fn lanes_title(names: &str) = "{names}: milestones side by side", "{names}：大事记对比";
    LANES_DESCRIPTION = "One lane per country; each mark is a milestone that names the country, in its category's colour, and a bar runs from a milestone's start to its end.", "每个国家一条泳道；每个标记是一条提及该国的大事记，颜色表示类别；横条从大事记开始延续到结束。";
    EMPTY_LANE = "No milestone at these filters names it.", "按当前筛选，没有提及该国的大事记。";
    fn mark_title(country: &str, date: &str, title: &str, category: &str) = "{country} · {date} · {title} ({category})", "{country} · {date} · {title}（{category}）";
    fn lane_count(name: &str, n: usize) = "{name} ({n})", "{name}（{n}）";
    COUNTRY = "Country", "国家";
    DATE = "Date", "日期";
    MILESTONE = "Milestone", "大事记";
    CATEGORY = "Category", "类别";
    NONE_ROW = "none at these filters", "按当前筛选无";
    /// Milestones per year, country by country.
    YEARS_TITLE = "Milestones per year, country by country", "各国每年大事记数量";
    fn years_title(names: &str) = "{names}: milestones per year, country by country", "{names}：各国每年大事记数量";
    YEARS_DESCRIPTION = "One row per country, all on one scale, so that their heights can be compared.", "每个国家一行，共用同一纵轴刻度，高度可以直接比较。";
    fn shared_scale(max: u32) = "Every row shares one scale, from 0 to {max}.", "各行共用同一刻度：0 至 {max}。";
    fn year_mark(country: &str, year: &str, n: usize, s: &str) = "{country}, {year}: {n} milestone{s}", "{country}，{year}：{n} 条大事记";
    YEAR = "Year", "年份";
    /// The membership matrix.
    MATRIX_TITLE = "Who joined what, when", "谁在何时加入了哪些协议";
    MATRIX_DESCRIPTION = "Countries in rows, agreements in columns; each cell gives the year a country joined, a question mark where the agreement is known only as a count, and nothing where the sources list every member and the country is not among them.", "行是国家，列是协议；单元格给出国家加入的年份；协议只知数量时标问号；来源列出全部成员而该国不在其中时留空。";
    fn matrix_every(region: &str) = "Every country named as a member of an agreement{region}", "被列名为协议成员的所有国家{region}";
    fn matrix_in_region(region: &str) = ", in {region}", "（{region}）";
    fn matrix_chosen(names: &str) = "Countries: {names}", "国家：{names}";
    MATRIX_FOLLOWS = "Follows the country, region and as-of filters", "随国家、区域和时间点筛选变化";
    NOT_NAMED = "not named", "未列名";
    NOT_A_MEMBER = "not a member", "非成员";
    KEY_JOINED = "2019: the year the sources say it joined, or joined by", "2019：来源所载的加入年份（或不晚于该年）";
    KEY_NOT_NAMED = "?: not named. The agreement is known only as a count, or its published list is shorter than the count, so whether the country is a member is not known.", "?：未列名。该协议只知数量，或公布的名单少于总数，无法确定该国是否为成员。";
    KEY_NO = "Blank: not a member. The sources list every member, and the country is not among them.", "空白：非成员。来源列出了全部成员，该国不在其中。";
    fn column_key(k: usize, name: &str) = "{k}: {name}", "{k}：{name}";
    fn joined_title(country: &str, agreement: &str, date: &str) = "{country} joined {agreement}: {date}", "{country}加入{agreement}：{date}";
    fn not_named_title(country: &str, agreement: &str, count: &str, date: &str) = "{agreement}: {count} countries as of {date}, not all named; whether {country} is one is not known", "{agreement}：截至{date}共{count}个国家，名单不全；无法确定{country}是否在其中";
    fn no_title(country: &str, agreement: &str) = "{country} is not among the members of {agreement} that the sources list in full", "来源完整列出的{agreement}成员中没有{country}";
    fn column_title(name: &str, named: usize, count: &str) = "{name}: {named} named of {count}", "{name}：已列名{named}个，共{count}个";
    NO_ROWS = "No country at these filters is named as a member of an agreement.", "按当前筛选，没有被列名为协议成员的国家。";
    ROWS_BY = "Sort rows by", "行排序";
    ORDER_JOINED = "First joining", "最早加入";
    ORDER_AGREEMENTS = "Number of agreements", "协议数量";
    ORDER_NAME = "Name", "名称";
    /// The comparison above the timeline.
    fn heading(names: &str) = "Comparing {names}", "比较：{names}";
    fn profile_link(name: &str) = "{name}: profile", "{name}：国家概况";
    fn lane_summary(region: &str, n: usize, s: &str) = "{region} · {n} milestone{s} at these filters", "{region} · 按当前筛选 {n} 条大事记";
    fn left_out(list: &str) = "At most six countries can be compared side by side; left out: {list}.", "并列比较最多六个国家；未纳入：{list}。";
    COMPARE_WITH = "Compare with…", "与…比较";
    COMPARE_PICK = "Choose a country", "选择国家";
    COMPARE_HINT = "Choose two to six countries in the country filter to compare them.", "在国家筛选中选择二至六个国家即可并列比较。";
    MEMBERSHIP = "Named as a member", "列名为成员";
    fn and_list(list: &str, last: &str) = "{list} and {last}", "{list}和{last}";
}
