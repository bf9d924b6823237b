//! URL state: the query string ⇄ `Query` (filters, selected milestone, language, theme, view).
//!
//! The parameter names are a public contract: `q`, `from`, `to`, `cat`,
//! `region`, `country`, `conf`, `event`, `lang`, `theme`, plus `chart` and
//! `data`. Parsing never fails: a malformed value is dropped and reported as a
//! [`Notice`]; unknown parameter names are left alone, since other tools add
//! their own. `Display` writes the canonical form, and parsing it gives back
//! the same `Query`.

use std::fmt;

use crate::chart::ChartId;
use crate::countries::{Countries, Region};
use crate::filter::Filters;
use crate::i18n::Lang;
use crate::model::{Category, Confidence, CountryCode, Dataset};
use crate::table::Sort;

/// The longest search text kept from the URL, in characters.
pub const MAX_Q_CHARS: usize = 200;
/// The longest `data=` path accepted, in characters.
pub const MAX_DATA_CHARS: usize = 300;

/// Light or dark. Absent from the URL means "follow the system".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// Which view of the results is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Timeline,
    Charts,
    /// The world map.
    Map,
    /// The filtered milestones and the agreement series as sortable tables, with downloads.
    Table,
    /// Records with a note: conflicts and caveats.
    Conflicts,
    /// Methodology, coverage, citation and licence.
    About,
    /// A report for paper: every chart, then the filtered milestones with sources.
    Print,
}

impl View {
    pub const ALL: &'static [View] = &[
        View::Timeline,
        View::Charts,
        View::Map,
        View::Table,
        View::Conflicts,
        View::About,
        View::Print,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Charts => "charts",
            View::Map => "map",
            View::Table => "table",
            View::Conflicts => "conflicts",
            View::About => "about",
            View::Print => "print",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
}

/// A slide of presentation mode: a chart, or the filtered milestones one per
/// screen (the milestone shown is `event`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slide {
    Chart(ChartId),
    Milestones,
}

impl Slide {
    pub fn as_str(self) -> &'static str {
        match self {
            Slide::Chart(c) => c.as_str(),
            Slide::Milestones => "milestones",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        if s == "milestones" {
            Some(Slide::Milestones)
        } else {
            // The slides are the charts of the Charts view (not the map).
            ChartId::ALL
                .iter()
                .copied()
                .find(|c| c.as_str() == s)
                .map(Slide::Chart)
        }
    }
}

/// Everything the URL says about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub filters: Filters,
    /// The selected (expanded) milestone's id.
    pub event: Option<String>,
    /// `None` means English, the default.
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    /// The results view; `None` is the timeline, or the charts when `chart` is set.
    pub view: Option<View>,
    /// A chart to scroll to.
    pub chart: Option<ChartId>,
    /// The milestone table's order.
    pub sort: Option<Sort>,
    /// The map's agreement (by id); absent, the map shades milestones.
    pub map: Option<String>,
    /// A dataset to open instead of the bundled one: a relative, same-origin path.
    pub data: Option<String>,
    /// Show this chart alone, to fill an `<iframe>`.
    pub embed: Option<ChartId>,
    /// Presentation mode, on this slide.
    pub present: Option<Slide>,
}

/// Why a parameter's value was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    NotAYear,
    UnknownCategory,
    UnknownRegion,
    NotACountryCode,
    UnknownCountry,
    UnknownConfidence,
    UnknownEvent,
    NotAnId,
    UnknownLang,
    UnknownTheme,
    UnknownView,
    UnknownChart,
    UnknownSort,
    UnknownAgreement,
    Repeated,
    TooLong,
    FromAfterTo,
    NotRelativePath,
}

/// A parameter value that was ignored (or, for `FromAfterTo`, corrected).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub value: String,
    pub reason: Reason,
}

impl Notice {
    fn new(param: &str, value: &str, reason: Reason) -> Self {
        Self {
            param: param.to_owned(),
            value: value.chars().take(60).collect(),
            reason,
        }
    }

    /// A short sentence for the notice bar.
    pub fn message(&self, lang: Lang) -> String {
        use Reason as R;
        let (p, v) = (&self.param, &self.value);
        match lang {
            Lang::En => {
                let why = match self.reason {
                    R::NotAYear => "is not a year between 1900 and 2100",
                    R::UnknownCategory => "is not a category",
                    R::UnknownRegion => {
                        "is not a UN region (africa, americas, asia, europe, oceania)"
                    }
                    R::NotACountryCode => "is not a three-letter country code",
                    R::UnknownCountry => "is not a known country code",
                    R::UnknownConfidence => {
                        "is not a confidence level (confirmed, single-source, unverified)"
                    }
                    R::UnknownEvent => "is not a milestone in this dataset",
                    R::NotAnId => "is not a milestone id",
                    R::UnknownLang => "is not a language (en, zh)",
                    R::UnknownTheme => "is not a theme (light, dark)",
                    R::UnknownView => "is not a view (timeline, charts, map, table, conflicts, about, print)",
                    R::UnknownChart => "is not a chart of this dashboard",
                    R::UnknownSort => "is not a table column (date, title, category, countries, confidence, sources; - for descending)",
                    R::UnknownAgreement => "is not an agreement in this dataset",
                    R::Repeated => "repeats a parameter already given",
                    R::TooLong => "is too long",
                    R::FromAfterTo => "comes after the end year, so the two were swapped",
                    R::NotRelativePath => "is not a relative path on this site",
                };
                if self.reason == R::FromAfterTo {
                    format!("{p}={v} {why}.")
                } else {
                    format!("Ignored {p}={v}: it {why}.")
                }
            }
            Lang::Zh => {
                let why = match self.reason {
                    R::NotAYear => "不是1900至2100之间的年份",
                    R::UnknownCategory => "不是有效的类别",
                    R::UnknownRegion => "不是联合国区域（africa、americas、asia、europe、oceania）",
                    R::NotACountryCode => "不是三个字母的国家代码",
                    R::UnknownCountry => "不是已知的国家代码",
                    R::UnknownConfidence => {
                        "不是可信度等级（confirmed、single-source、unverified）"
                    }
                    R::UnknownEvent => "不是本数据集中的大事记",
                    R::NotAnId => "不是大事记编号",
                    R::UnknownLang => "不是可用的语言（en、zh）",
                    R::UnknownTheme => "不是可用的主题（light、dark）",
                    R::UnknownView => "不是可用的视图（timeline、charts、map、table、conflicts、about、print）",
                    R::UnknownChart => "不是本仪表板的图表",
                    R::UnknownSort => "不是表格的列（date、title、category、countries、confidence、sources；加 - 表示降序）",
                    R::UnknownAgreement => "不是本数据集中的协议",
                    R::Repeated => "重复了已给出的参数",
                    R::TooLong => "过长",
                    R::FromAfterTo => "晚于结束年份，已将两者对调",
                    R::NotRelativePath => "不是本站的相对路径",
                };
                if self.reason == R::FromAfterTo {
                    format!("{p}={v} {why}。")
                } else {
                    format!("已忽略 {p}={v}：{why}。")
                }
            }
        }
    }
}

fn parse_year(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 120
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A relative path on the same site: no scheme, no `//host`, no `..`, no backslashes.
pub fn is_relative_data_path(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= MAX_DATA_CHARS
        && !s.starts_with('/')
        && !s.contains(':')
        && !s.contains('\\')
        && !s.contains('%')
        && !s.split('/').any(|seg| seg == "..")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && s.to_ascii_lowercase().ends_with(".json")
}

impl Query {
    /// Parses a query string (with or without the leading `?`). Never fails.
    pub fn parse(search: &str) -> (Query, Vec<Notice>) {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs = form_urlencoded::parse(search.as_bytes());
        Self::from_pairs(pairs.map(|(k, v)| (k.into_owned(), v.into_owned())))
    }

    /// Builds a query from decoded `(name, value)` pairs. Never fails.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> (Query, Vec<Notice>) {
        let mut q = Query::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (key, value) in pairs {
            let known = matches!(
                key.as_str(),
                "q" | "from"
                    | "to"
                    | "cat"
                    | "region"
                    | "country"
                    | "conf"
                    | "event"
                    | "lang"
                    | "theme"
                    | "view"
                    | "sort"
                    | "map"
                    | "chart"
                    | "data"
                    | "embed"
                    | "present"
            );
            if !known {
                continue;
            }
            if seen.contains(&key) {
                notices.push(Notice::new(&key, &value, Reason::Repeated));
                continue;
            }
            seen.push(key.clone());
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let mut bad = |reason| notices.push(Notice::new(&key, value, reason));
            match key.as_str() {
                "q" => {
                    if value.chars().count() > MAX_Q_CHARS {
                        bad(Reason::TooLong);
                    }
                    // Search text is one line: control characters (newlines
                    // among them) become spaces.
                    let value: String = value
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect();
                    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    let value = value.as_str();
                    q.filters.q = value
                        .chars()
                        .take(MAX_Q_CHARS)
                        .collect::<String>()
                        .trim()
                        .to_owned();
                }
                "from" => match parse_year(value) {
                    Some(y) => q.filters.from = Some(y),
                    None => bad(Reason::NotAYear),
                },
                "to" => match parse_year(value) {
                    Some(y) => q.filters.to = Some(y),
                    None => bad(Reason::NotAYear),
                },
                "cat" => {
                    for token in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                        match token.parse::<Category>() {
                            Ok(c) if !q.filters.cats.contains(&c) => q.filters.cats.push(c),
                            Ok(_) => {}
                            Err(_) => {
                                notices.push(Notice::new("cat", token, Reason::UnknownCategory))
                            }
                        }
                    }
                    q.filters.cats.sort();
                }
                "region" => match value.parse::<Region>() {
                    Ok(r) => q.filters.region = Some(r),
                    Err(()) => bad(Reason::UnknownRegion),
                },
                "country" => {
                    for token in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                        match CountryCode::parse(&token.to_ascii_uppercase()) {
                            Some(c) if !q.filters.countries.contains(&c) => {
                                q.filters.countries.push(c)
                            }
                            Some(_) => {}
                            None => {
                                notices.push(Notice::new("country", token, Reason::NotACountryCode))
                            }
                        }
                    }
                    q.filters.countries.sort();
                }
                "conf" => match value.parse::<Confidence>() {
                    Ok(c) => q.filters.conf = Some(c),
                    Err(_) => bad(Reason::UnknownConfidence),
                },
                "event" => {
                    if is_slug(value) {
                        q.event = Some(value.to_owned());
                    } else {
                        bad(Reason::NotAnId);
                    }
                }
                "chart" => match ChartId::parse(value) {
                    Some(c) => q.chart = Some(c),
                    None => bad(Reason::UnknownChart),
                },
                "map" => {
                    if is_slug(value) {
                        q.map = Some(value.to_owned());
                    } else {
                        bad(Reason::UnknownAgreement);
                    }
                }
                "sort" => match Sort::parse(value) {
                    Some(sort) => q.sort = Some(sort),
                    None => bad(Reason::UnknownSort),
                },
                "view" => match View::parse(value) {
                    Some(v) => q.view = Some(v),
                    None => bad(Reason::UnknownView),
                },
                "lang" => match value.parse::<Lang>() {
                    Ok(l) => q.lang = Some(l),
                    Err(()) => bad(Reason::UnknownLang),
                },
                "theme" => match Theme::parse(value) {
                    Some(t) => q.theme = Some(t),
                    None => bad(Reason::UnknownTheme),
                },
                "embed" => match ChartId::parse(value) {
                    Some(c) => q.embed = Some(c),
                    None => bad(Reason::UnknownChart),
                },
                "present" => match Slide::parse(value) {
                    Some(slide) => q.present = Some(slide),
                    None => bad(Reason::UnknownChart),
                },
                "data" => {
                    if is_relative_data_path(value) {
                        q.data = Some(value.to_owned());
                    } else {
                        bad(Reason::NotRelativePath);
                    }
                }
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (q.filters.from, q.filters.to) {
            if from > to {
                notices.push(Notice::new("from", &from.to_string(), Reason::FromAfterTo));
                q.filters.from = Some(to);
                q.filters.to = Some(from);
            }
        }
        (q, notices)
    }

    /// Drops the values that the dataset and country list do not know
    /// (country codes, the selected milestone), and says so.
    pub fn check(&mut self, ds: &Dataset, countries: &Countries) -> Vec<Notice> {
        let mut notices = Vec::new();
        self.filters.countries.retain(|&c| {
            let known = countries.contains(c);
            if !known {
                notices.push(Notice::new("country", c.as_str(), Reason::UnknownCountry));
            }
            known
        });
        if let Some(id) = &self.map {
            if ds.agreement(id).is_none() {
                notices.push(Notice::new("map", id, Reason::UnknownAgreement));
                self.map = None;
            }
        }
        if let Some(id) = &self.event {
            if ds.milestone(id).is_none() {
                notices.push(Notice::new("event", id, Reason::UnknownEvent));
                self.event = None;
            }
        }
        notices
    }

    /// The results view to show: the `view` parameter, else the charts when a
    /// chart is linked, else the timeline.
    pub fn view(&self) -> View {
        self.view.unwrap_or(if self.chart.is_some() {
            View::Charts
        } else {
            View::Timeline
        })
    }

    /// The language, defaulting to English.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// The query string for this state, without the leading `?`, in canonical order.
    pub fn to_query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        let f = &self.filters;
        if !f.q.is_empty() {
            s.append_pair("q", &f.q);
        }
        if let Some(y) = f.from {
            s.append_pair("from", &y.to_string());
        }
        if let Some(y) = f.to {
            s.append_pair("to", &y.to_string());
        }
        if !f.cats.is_empty() {
            let v: Vec<&str> = f.cats.iter().map(|c| c.as_str()).collect();
            s.append_pair("cat", &v.join(","));
        }
        if let Some(r) = f.region {
            s.append_pair("region", r.as_str());
        }
        if !f.countries.is_empty() {
            let v: Vec<&str> = f.countries.iter().map(|c| c.as_str()).collect();
            s.append_pair("country", &v.join(","));
        }
        if let Some(c) = f.conf {
            s.append_pair("conf", c.as_str());
        }
        if let Some(e) = &self.event {
            s.append_pair("event", e);
        }
        if let Some(v) = self.view {
            s.append_pair("view", v.as_str());
        }
        if let Some(c) = self.chart {
            s.append_pair("chart", c.as_str());
        }
        if let Some(sort) = self.sort {
            s.append_pair("sort", &sort.to_string());
        }
        if let Some(m) = &self.map {
            s.append_pair("map", m);
        }
        if let Some(d) = &self.data {
            s.append_pair("data", d);
        }
        if let Some(e) = self.embed {
            s.append_pair("embed", e.as_str());
        }
        if let Some(p) = self.present {
            s.append_pair("present", p.as_str());
        }
        if let Some(l) = self.lang {
            s.append_pair("lang", l.as_str());
        }
        if let Some(t) = self.theme {
            s.append_pair("theme", t.as_str());
        }
        // `,` and `/` are safe in a query string and easier to read than %2C and %2F.
        s.finish().replace("%2C", ",").replace("%2F", "/")
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_query_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(input: &str, expected_qs: &str, expected_notices: &[Reason]) {
        let (q, notices) = Query::parse(input);
        assert_eq!(q.to_query_string(), expected_qs, "{input}");
        let reasons: Vec<Reason> = notices.iter().map(|n| n.reason).collect();
        assert_eq!(reasons, expected_notices, "{input}");
    }

    #[test]
    fn parses_the_public_parameters() {
        check("", "", &[]);
        check("?q=cable", "q=cable", &[]);
        check("from=2015&to=2020", "from=2015&to=2020", &[]);
        check("cat=forum,policy", "cat=policy,forum", &[]);
        check("country=kaz,CHN,KAZ", "country=CHN,KAZ", &[]);
        check(
            "region=asia&conf=confirmed",
            "region=asia&conf=confirmed",
            &[],
        );
        check(
            "event=wic-2015&lang=zh&theme=dark",
            "event=wic-2015&lang=zh&theme=dark",
            &[],
        );
        check(
            "q=%E6%95%B0%E5%AD%97+silk",
            "q=%E6%95%B0%E5%AD%97+silk",
            &[],
        );
        check("utm_source=x&q=a", "q=a", &[]);
        check("data=data%2Fother.json", "data=data/other.json", &[]);
        check(
            "view=charts&chart=agreements",
            "view=charts&chart=agreements",
            &[],
        );
        check(
            "embed=agreements&cat=forum",
            "cat=forum&embed=agreements",
            &[],
        );
        check(
            "present=milestones&event=wic-2015",
            "event=wic-2015&present=milestones",
            &[],
        );
        check(
            "present=countries-by-region",
            "present=countries-by-region",
            &[],
        );
    }

    #[test]
    fn garbage_is_ignored_with_a_notice() {
        check("from=abc", "", &[Reason::NotAYear]);
        check("from=1800", "", &[Reason::NotAYear]);
        check(
            "cat=nonsense,forum",
            "cat=forum",
            &[Reason::UnknownCategory],
        );
        check("country=ZZZZ", "", &[Reason::NotACountryCode]);
        check("region=mars", "", &[Reason::UnknownRegion]);
        check("conf=high", "", &[Reason::UnknownConfidence]);
        check("lang=fr", "", &[Reason::UnknownLang]);
        check("theme=pink", "", &[Reason::UnknownTheme]);
        check("view=globe", "", &[Reason::UnknownView]);
        check("sort=height", "", &[Reason::UnknownSort]);
        check("chart=pie", "", &[Reason::UnknownChart]);
        check("embed=pie", "", &[Reason::UnknownChart]);
        check("present=x", "", &[Reason::UnknownChart]);
        check("event=<script>", "", &[Reason::NotAnId]);
        check("from=2015&from=2016", "from=2015", &[Reason::Repeated]);
        check(
            "from=2020&to=2015",
            "from=2015&to=2020",
            &[Reason::FromAfterTo],
        );
        check(
            "data=https://evil.example/x.json",
            "",
            &[Reason::NotRelativePath],
        );
        check("data=//evil.example/x.json", "", &[Reason::NotRelativePath]);
        check("data=../secret.json", "", &[Reason::NotRelativePath]);
        check("data=javascript:alert(1)", "", &[Reason::NotRelativePath]);
    }

    #[test]
    fn unknown_countries_and_events_are_dropped_against_the_data() {
        let countries = Countries::parse(
            "countries.json",
            r#"{"regions":[],"countries":[{"a3":"KAZ","a2":"KZ","en":"Kazakhstan","zh":"哈萨克斯坦","region":"asia"}]}"#,
        )
        .unwrap();
        let ds = Dataset {
            meta: crate::model::Meta {
                title: crate::model::Text {
                    en: "t".into(),
                    zh: "t".into(),
                },
                version: "1".into(),
                updated: "2024-01-01".parse().unwrap(),
                current_through: "2024".parse().unwrap(),
                coverage: (2013, 2024),
                licence: crate::model::Licence {
                    name: "x".into(),
                    url: None,
                },
                citation: crate::model::Text {
                    en: "c".into(),
                    zh: "c".into(),
                },
            },
            milestones: vec![],
            agreements: vec![],
        };
        let (mut q, _) = Query::parse("country=KAZ,ZZZ&event=nope");
        let notices = q.check(&ds, &countries);
        assert_eq!(q.to_query_string(), "country=KAZ");
        let reasons: Vec<Reason> = notices.iter().map(|n| n.reason).collect();
        assert_eq!(reasons, [Reason::UnknownCountry, Reason::UnknownEvent]);
        assert!(notices[0].message(Lang::En).contains("ZZZ"));
        assert!(notices[0].message(Lang::Zh).contains("ZZZ"));
    }

    fn arb_query() -> impl Strategy<Value = Query> {
        let cats = proptest::sample::subsequence(Category::ALL.to_vec(), 0..=Category::ALL.len());
        let countries = proptest::collection::vec("[A-Z]{3}", 0..4);
        (
            "[a-z 数字丝路]{0,12}",
            proptest::option::of(1900u16..=2100),
            proptest::option::of(1900u16..=2100),
            cats,
            proptest::option::of(proptest::sample::select(Region::ALL.to_vec())),
            countries,
            proptest::option::of(proptest::sample::select(Confidence::ALL.to_vec())),
            proptest::option::of("[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}"),
            proptest::option::of(proptest::sample::select(vec![Lang::En, Lang::Zh])),
            proptest::option::of(proptest::sample::select(vec![Theme::Light, Theme::Dark])),
            (
                proptest::option::of(proptest::sample::select(View::ALL.to_vec())),
                proptest::option::of(proptest::sample::select(ChartId::ALL.to_vec())),
                proptest::option::of(
                    (
                        proptest::sample::select(crate::table::Column::ALL.to_vec()),
                        proptest::bool::ANY,
                    )
                        .prop_map(|(column, descending)| Sort { column, descending }),
                ),
                proptest::option::of("[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}"),
                proptest::option::of("[a-z0-9_]{1,8}(/[a-z0-9_]{1,8}){0,2}\\.json"),
                proptest::option::of(proptest::sample::select(ChartId::EVERY.to_vec())),
                proptest::option::of(proptest::sample::select(vec![
                    Slide::Milestones,
                    Slide::Chart(ChartId::Agreements),
                    Slide::Chart(ChartId::CountriesByRegion),
                ])),
            ),
        )
            .prop_map(
                |(
                    q,
                    from,
                    to,
                    cats,
                    region,
                    countries,
                    conf,
                    event,
                    lang,
                    theme,
                    (view, chart, sort, map, data, embed, present),
                )| {
                    let (from, to) = match (from, to) {
                        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                        other => other,
                    };
                    let mut countries: Vec<CountryCode> = countries
                        .iter()
                        .filter_map(|c| CountryCode::parse(c))
                        .collect();
                    countries.sort();
                    countries.dedup();
                    Query {
                        filters: Filters {
                            q: q.split_whitespace().collect::<Vec<_>>().join(" "),
                            from,
                            to,
                            cats,
                            region,
                            countries,
                            conf,
                        },
                        event,
                        lang,
                        theme,
                        view,
                        chart,
                        sort,
                        map,
                        data,
                        embed,
                        present,
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn display_then_parse_gives_back_the_same_query(q in arb_query()) {
            let (back, notices) = Query::parse(&q.to_query_string());
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(back, q);
        }

        #[test]
        fn any_query_string_parses_without_panicking_and_is_stable(s in "\\PC{0,80}") {
            let (q, _) = Query::parse(&s);
            let (again, notices) = Query::parse(&q.to_query_string());
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(again, q);
        }

        #[test]
        fn hostile_parameter_values_never_panic(
            key in proptest::sample::select(vec!["q","from","to","cat","region","country","conf","event","lang","theme","view","sort","map","chart","data","embed","present"]),
            value in "\\PC{0,40}",
        ) {
            let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
            let (q, _) = Query::parse(&format!("{key}={encoded}"));
            let _ = q.to_query_string();
        }
    }
}
