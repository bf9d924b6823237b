//! URL state: the query string ⇄ `Query` (filters, selected milestone, language, theme, view).
//!
//! The parameters are listed once, in [`params::PARAMS`]: their names,
//! meanings, allowed values and how each is read and written. Parsing never
//! fails: a malformed value is dropped and reported as a [`Notice`]; unknown
//! parameter names are left alone, since other tools add their own.
//! [`Query::to_query_string`] writes the canonical form, and parsing it gives
//! back the same `Query`.

mod notice;
pub mod params;
mod reason;
mod view;

use std::fmt;

pub use notice::{Notice, Reason};
pub use params::{is_relative_data_path, Param, MAX_DATA_CHARS, MAX_Q_CHARS, PARAMS};
pub use view::{step_position, Order, Slide, View};

use crate::chart::{ChartId, Theme};
use crate::countries::Countries;
use crate::filter::Filters;
use crate::i18n::Lang;
use crate::model::{Dataset, PartialDate};
use crate::table::Sort;

/// Everything the URL says about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub filters: Filters,
    /// The selected (expanded) milestone's id.
    pub event: Option<String>,
    /// `None` means English, the default.
    pub lang: Option<Lang>,
    /// `Light` or `Dark`; `None` follows the system.
    pub theme: Option<Theme>,
    /// The results view; `None` is the timeline, or the charts when `chart` is set.
    pub view: Option<View>,
    /// A chart to scroll to.
    pub chart: Option<ChartId>,
    /// The milestone table's order.
    pub sort: Option<Sort>,
    /// The timeline's order; `None` is newest first.
    pub order: Option<Order>,
    /// The map's agreement (by id); absent, the map shades milestones.
    pub map: Option<String>,
    /// The time charts without their milestone markers (`marks=off`).
    pub marks_off: bool,
    /// The membership matrix's row order; `None` is by first joining.
    pub matrix: Option<crate::membership::MatrixOrder>,
    /// A dataset to open instead of the bundled one: a relative, same-origin path.
    pub data: Option<String>,
    /// Show this chart alone, to fill an `<iframe>`.
    pub embed: Option<ChartId>,
    /// Presentation mode, on this slide.
    pub present: Option<Slide>,
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
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            let Some(param) = params::find(&key) else {
                continue;
            };
            if seen.contains(&param.name) {
                notices.push(Notice::new(param.name, &value, Reason::Repeated));
                continue;
            }
            seen.push(param.name);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            (param.read)(&mut q, value, &mut |bad, reason| {
                notices.push(Notice::new(param.name, bad, reason))
            });
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

    /// Whether [`Query::check`] may find something to say: only an `asof=`,
    /// a country, a map's agreement or a milestone is checked against the data.
    pub fn may_raise_notices(&self) -> bool {
        self.filters.asof.is_some()
            || !self.filters.countries.is_empty()
            || self.map.is_some()
            || self.event.is_some()
    }

    /// Drops the values that the dataset and country list do not know
    /// (country codes, the map's agreement, the selected milestone) and an
    /// `asof=` after `today`, and says so.
    pub fn check(
        &mut self,
        ds: &Dataset,
        countries: &Countries,
        today: PartialDate,
    ) -> Vec<Notice> {
        let mut notices = Vec::new();
        if let Some(d) = self.filters.asof {
            if d.start_key() > today.end_key() {
                notices.push(Notice::new("asof", &d.to_string(), Reason::AfterToday));
                self.filters.asof = None;
            }
        }
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

    /// The timeline's order, defaulting to newest first.
    pub fn order(&self) -> Order {
        self.order.unwrap_or_default()
    }

    /// The language, defaulting to English.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }

    /// Clears every filter and the selected milestone ("Clear all filters").
    pub fn clear_filters(&mut self) {
        self.filters = Filters::default();
        self.event = None;
    }

    /// The query string for this state, without the leading `?`, in the
    /// canonical order of [`PARAMS`].
    pub fn to_query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for p in PARAMS {
            if let Some(value) = (p.write)(self) {
                s.append_pair(p.name, &value);
            }
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
    use crate::chart::{ChartId, Theme};
    use crate::countries::{Countries, Region};
    use crate::filter::Filters;
    use crate::model::{Backing, Category, Confidence, CountryCode, Dataset};
    use crate::table::Sort;
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
        check(
            "country=kaz,CHN,KAZ",
            "country=KAZ,CHN",
            &[Reason::DuplicateCountry],
        );
        check(
            "country=KEN,ETH,NGA,ZAF,EGY,MAR,TUN",
            "country=KEN,ETH,NGA,ZAF,EGY,MAR",
            &[Reason::BeyondSixCountries],
        );
        check("matrix=name", "matrix=name", &[]);
        check("matrix=up", "", &[Reason::UnknownMatrixOrder]);
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
    fn a_search_too_long_is_ignored_as_its_notice_says() {
        let long = "a".repeat(7000);
        let (q, notices) = Query::parse(&format!("q={long}"));
        assert_eq!(q.filters.q, "", "no search is applied");
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].reason, Reason::TooLong);
        let (q, notices) = Query::parse(&format!("q={}", "a".repeat(MAX_Q_CHARS)));
        assert_eq!(q.filters.q.chars().count(), MAX_Q_CHARS);
        assert!(notices.is_empty());
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
        check("data=mine%2Ftracker.xlsx", "data=mine/tracker.xlsx", &[]);
        check("data=tracker.ODS", "data=tracker.ODS", &[]);
        check("data=tracker.exe", "", &[Reason::NotRelativePath]);
        check("data=javascript:alert(1)", "", &[Reason::NotRelativePath]);
        check("asof=20x9", "", &[Reason::NotADate]);
        check("asof=1850", "", &[Reason::NotADate]);
        check("asof=2019-13", "", &[Reason::NotADate]);
        check("asof=2019-02-30", "", &[Reason::NotADate]);
        check("asof=2019-6", "", &[Reason::NotADate]);
        check("order=random", "", &[Reason::UnknownOrder]);
        check("marks=on", "", &[Reason::UnknownMarks]);
    }

    /// A country list of one (KAZ) and a dataset with no records.
    fn against() -> (Dataset, Countries) {
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
                contact: None,
            },
            milestones: vec![],
            agreements: vec![],
        };
        (ds, countries)
    }

    #[test]
    fn each_value_checked_against_the_data_may_raise_a_notice() {
        let (ds, countries) = against();
        let today: PartialDate = "2026-12-03".parse().unwrap();
        // Each alone, with a value the data does not know: a notice, and the
        // query said it might raise one.
        for address in ["asof=2027", "country=ZZZ", "map=nope", "event=nope"] {
            let (q, parsed) = Query::parse(address);
            assert!(parsed.is_empty(), "{address}: {parsed:?}");
            assert!(
                !q.clone().check(&ds, &countries, today).is_empty(),
                "{address}"
            );
            assert!(q.may_raise_notices(), "{address}");
        }
        assert!(!Query::parse("q=cable&cat=policy&lang=zh")
            .0
            .may_raise_notices());
    }

    #[test]
    fn unknown_countries_and_events_are_dropped_against_the_data() {
        let (ds, countries) = against();
        let today: PartialDate = "2026-12-03".parse().unwrap();
        let (mut q, _) = Query::parse("country=KAZ,ZZZ&event=nope&asof=2026-12-04");
        let notices = q.check(&ds, &countries, today);
        assert_eq!(q.to_query_string(), "country=KAZ");
        let reasons: Vec<Reason> = notices.iter().map(|n| n.reason).collect();
        assert_eq!(
            reasons,
            [
                Reason::AfterToday,
                Reason::UnknownCountry,
                Reason::UnknownEvent
            ]
        );
        assert!(notices[0].message(Lang::En).contains("asof=2026-12-04"));
        // Today itself, and its month and year, are not after today.
        for ok in ["2026-12-03", "2026-12", "2026"] {
            let (mut q, _) = Query::parse(&format!("asof={ok}"));
            assert!(q.check(&ds, &countries, today).is_empty(), "{ok}");
            assert_eq!(q.to_query_string(), format!("asof={ok}"));
        }
        let notices = &notices[1..];
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
            (
                proptest::option::of(proptest::sample::select(Confidence::ALL.to_vec())),
                proptest::option::of(proptest::sample::select(Backing::ALL.to_vec())),
            ),
            proptest::option::of("[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}"),
            proptest::option::of(proptest::sample::select(vec![Lang::En, Lang::Zh])),
            proptest::option::of(proptest::sample::select(Theme::SCREEN.to_vec())),
            (
                proptest::option::of(proptest::sample::select(View::ALL.to_vec())),
                proptest::option::of(proptest::sample::select(ChartId::CHARTS_VIEW.to_vec())),
                proptest::option::of(
                    (
                        proptest::sample::select(crate::table::Column::ALL.to_vec()),
                        proptest::bool::ANY,
                    )
                        .prop_map(|(column, descending)| Sort { column, descending }),
                ),
                proptest::option::of("[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}"),
                proptest::option::of("[a-z0-9_]{1,8}(/[a-z0-9_]{1,8}){0,2}\\.json"),
                proptest::option::of(proptest::sample::select(ChartId::WITH_ADDRESS.to_vec())),
                proptest::option::of(proptest::sample::select(Slide::all())),
                proptest::option::of("[0-9]{1,3}(\\.[0-9]{1,3}){0,2}"),
                proptest::option::of((1900u16..=2100, 0u8..=12, 0u8..=28).prop_map(|(y, m, d)| {
                    PartialDate::from_parts(y, m, if m == 0 { 0 } else { d }).unwrap()
                })),
                proptest::option::of(proptest::sample::select(Order::ALL.to_vec())),
                any::<bool>(),
                proptest::option::of(proptest::sample::select(
                    crate::membership::MatrixOrder::ALL.to_vec(),
                )),
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
                    (conf, backing),
                    event,
                    lang,
                    theme,
                    (
                        view,
                        chart,
                        sort,
                        map,
                        data,
                        embed,
                        present,
                        new_since,
                        asof,
                        order,
                        marks_off,
                        matrix,
                    ),
                )| {
                    let (from, to) = match (from, to) {
                        (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                        other => other,
                    };
                    let mut countries: Vec<CountryCode> = countries
                        .iter()
                        .filter_map(|c| CountryCode::parse(c))
                        .collect();
                    // Kept in the order given, without repeats.
                    let mut seen = Vec::new();
                    countries.retain(|c| {
                        let new = !seen.contains(c);
                        seen.push(*c);
                        new
                    });
                    Query {
                        filters: Filters {
                            q: q.split_whitespace().collect::<Vec<_>>().join(" "),
                            from,
                            to,
                            cats,
                            region,
                            countries,
                            conf,
                            backing,
                            new_since,
                            asof,
                        },
                        order,
                        event,
                        lang,
                        theme,
                        view,
                        chart,
                        sort,
                        map,
                        marks_off,
                        matrix,
                        data,
                        embed,
                        present,
                    }
                },
            )
    }

    /// Some parameters of the table, each with one of its sample values, in any order.
    fn arb_pairs() -> impl Strategy<Value = Vec<(&'static str, &'static str)>> {
        let one = (0..PARAMS.len()).prop_flat_map(|i| {
            let p = &PARAMS[i];
            proptest::sample::select(p.samples.to_vec()).prop_map(move |v| (p.name, v))
        });
        proptest::collection::vec(one, 0..8).prop_shuffle()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Only a query that says it may raise a notice against the data
        /// does (the page fetches the notice bar's code ahead for those); and
        /// each value checked against the data says so.
        #[test]
        fn only_a_query_that_may_raise_notices_raises_any(q in arb_query()) {
            let (ds, countries) = against();
            let today: PartialDate = "2026-12-03".parse().unwrap();
            let mut checked = q.clone();
            let notices = checked.check(&ds, &countries, today);
            if !q.may_raise_notices() {
                prop_assert!(notices.is_empty(), "{:?}", notices);
            }
        }

        /// Every parameter of the table reads its samples without a notice and
        /// writes them back unchanged, in the table's order.
        #[test]
        fn the_table_reads_and_writes_every_parameter(pairs in arb_pairs()) {
            let mut unique: Vec<(&str, &str)> = Vec::new();
            for (k, v) in pairs {
                if !unique.iter().any(|(u, _)| *u == k) {
                    unique.push((k, v));
                }
            }
            let mut input = form_urlencoded::Serializer::new(String::new());
            for (k, v) in &unique {
                input.append_pair(k, v);
            }
            let (q, notices) = Query::parse(&input.finish());
            prop_assert!(notices.is_empty(), "{:?}", notices);
            let mut expected = form_urlencoded::Serializer::new(String::new());
            for p in PARAMS {
                if let Some((_, v)) = unique.iter().find(|(k, _)| *k == p.name) {
                    expected.append_pair(p.name, v);
                }
            }
            let expected = expected.finish().replace("%2C", ",").replace("%2F", "/");
            prop_assert_eq!(q.to_query_string(), expected);
        }

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
            key in proptest::sample::select(PARAMS.iter().map(|p| p.name).collect::<Vec<_>>()),
            value in "\\PC{0,40}",
        ) {
            let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
            let (q, _) = Query::parse(&format!("{key}={encoded}"));
            let _ = q.to_query_string();
        }
    }
}
