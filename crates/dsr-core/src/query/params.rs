//! The URL parameters, one entry each: name, meaning, example, allowed values, and how each is read and written.
//!
//! This table is the public contract of the address bar. It drives the
//! parser and the writer ([`super::Query`]), the allowed values quoted in
//! notices, the property tests below, and the README's parameter table (a
//! test in `tests/architecture.rs` checks the README against it). Its order is the
//! canonical order in which a query string is written.

use super::reason::Reason;
use super::view::{Order, Slide, View};
use super::Query;
use crate::chart::{ChartId, Theme};
use crate::countries::Region;
use crate::i18n::Lang;
use crate::membership::MatrixOrder;
use crate::model::{is_slug, Backing, Category, Confidence, CountryCode, PartialDate};
use crate::table::{Column, Sort};

/// The longest search text kept from the URL, in characters.
pub const MAX_Q_CHARS: usize = 200;
/// The longest `data=` path accepted, in characters.
pub const MAX_DATA_CHARS: usize = 300;

/// Reports a value (or one item of a list) that was ignored, and why.
pub type Refuse<'a> = &'a mut dyn FnMut(&str, Reason);

/// One URL parameter.
pub struct Param {
    pub name: &'static str,
    /// What it means, as the README's table says it.
    pub doc: &'static str,
    /// An example, as the README's table shows it.
    pub example: &'static str,
    /// The allowed values, where they are a closed list (quoted in notices);
    /// empty for free values.
    pub tokens: fn() -> Vec<&'static str>,
    /// Values that parse without a notice and are written back unchanged (for the property tests).
    pub samples: &'static [&'static str],
    /// Reads a trimmed, non-empty value into the query, refusing what it cannot use.
    pub read: fn(&mut Query, &str, Refuse),
    /// The value to write for the query, if the parameter is set.
    pub write: fn(&Query) -> Option<String>,
}

fn none() -> Vec<&'static str> {
    Vec::new()
}

fn parse_year(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// A dataset version: numbers separated by dots ("1.0.0"), at most 20 characters.
pub fn is_version(s: &str) -> bool {
    s.len() <= 20
        && !s.is_empty()
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A relative path on the same site to a dataset, a workbook or a CSV: no
/// scheme, no `//host`, no `..`, no backslashes.
pub fn is_relative_data_path(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= MAX_DATA_CHARS
        && !s.starts_with('/')
        && !s.contains(':')
        && !s.contains('\\')
        && !s.contains('%')
        && !s.split('/').any(|seg| seg == "..")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && [".json", ".xlsx", ".ods", ".csv"]
            .iter()
            .any(|e| s.to_ascii_lowercase().ends_with(e))
}

/// The items of a comma-separated list.
fn items(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|t| !t.is_empty())
}

fn read_q(q: &mut Query, value: &str, refuse: Refuse) {
    // Ignored whole, as its notice says: a cut-off search would filter by
    // words the reader never sees.
    if value.chars().count() > MAX_Q_CHARS {
        refuse(value, Reason::TooLong);
        return;
    }
    // Search text is one line: control characters (newlines among them) become spaces.
    let value: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    q.filters.q = value.trim().to_owned();
}

fn read_cat(q: &mut Query, value: &str, refuse: Refuse) {
    for token in items(value) {
        match token.parse::<Category>() {
            Ok(c) if !q.filters.cats.contains(&c) => q.filters.cats.push(c),
            Ok(_) => {}
            Err(_) => refuse(token, Reason::UnknownCategory),
        }
    }
    crate::order::sort_small(&mut q.filters.cats, Ord::cmp);
}

fn read_country(q: &mut Query, value: &str, refuse: Refuse) {
    // In the order given: two or more countries are compared in that order.
    for token in items(value) {
        match CountryCode::parse(&token.to_ascii_uppercase()) {
            Some(c) if q.filters.countries.contains(&c) => refuse(token, Reason::DuplicateCountry),
            Some(_) if q.filters.countries.len() >= crate::compare::MAX_COMPARED => {
                refuse(token, Reason::BeyondSixCountries)
            }
            Some(c) => q.filters.countries.push(c),
            None => refuse(token, Reason::NotACountryCode),
        }
    }
}

/// Reads `value` with `parse` into a field, or refuses it with `reason`.
fn set<T>(
    field: &mut Option<T>,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    reason: Reason,
    refuse: Refuse,
) {
    match parse(value) {
        Some(v) => *field = Some(v),
        None => refuse(value, reason),
    }
}

fn join<T>(list: &[T], token: impl Fn(&T) -> &str) -> Option<String> {
    (!list.is_empty()).then(|| list.iter().map(token).collect::<Vec<_>>().join(","))
}

/// Every URL parameter, in the order a query string is written.
pub const PARAMS: &[Param] = &[
    Param {
        name: "q",
        doc: "text search (title, summary, note, source titles; both languages once the page has them, a moment after it responds; every word must match)",
        example: "q=submarine+cable",
        tokens: none,
        samples: &["cable", "digital silk", "\u{6570}\u{5b57} silk"],
        read: read_q,
        write: |q| (!q.filters.q.is_empty()).then(|| q.filters.q.clone()),
    },
    Param {
        name: "from",
        doc: "first year (a milestone matches if any part of it falls in the range)",
        example: "from=2019",
        tokens: none,
        samples: &["2013", "2015"],
        read: |q, v, refuse| set(&mut q.filters.from, v, parse_year, Reason::NotAYear, refuse),
        write: |q| q.filters.from.map(|y| y.to_string()),
    },
    Param {
        name: "to",
        doc: "last year",
        example: "to=2021",
        tokens: none,
        samples: &["2020", "2025"],
        read: |q, v, refuse| set(&mut q.filters.to, v, parse_year, Reason::NotAYear, refuse),
        write: |q| q.filters.to.map(|y| y.to_string()),
    },
    Param {
        name: "cat",
        doc: "categories, comma-separated",
        example: "cat=forum,security",
        tokens: || Category::ALL.iter().map(|c| c.as_str()).collect(),
        samples: &["forum", "policy,forum", "e-commerce,talent"],
        read: read_cat,
        write: |q| join(&q.filters.cats, |c| c.as_str()),
    },
    Param {
        name: "region",
        doc: "UN region of a partner country (China itself is not counted)",
        example: "region=africa",
        tokens: || Region::ALL.iter().map(|r| r.as_str()).collect(),
        samples: &["africa", "asia", "oceania"],
        read: |q, v, refuse| set(&mut q.filters.region, v, |s| s.parse().ok(), Reason::UnknownRegion, refuse),
        write: |q| q.filters.region.map(|r| r.as_str().to_owned()),
    },
    Param {
        name: "country",
        doc: "ISO 3166-1 alpha-3 codes, comma-separated, at most six; two or more are compared side by side, in this order",
        example: "country=KEN,ETH",
        tokens: none,
        samples: &["KAZ", "CHN,KAZ", "KAZ,CHN", "PAK"],
        read: read_country,
        write: |q| join(&q.filters.countries, |c| c.as_str()),
    },
    Param {
        name: "conf",
        doc: "minimum confidence",
        example: "conf=confirmed",
        tokens: || Confidence::ALL.iter().map(|c| c.as_str()).collect(),
        samples: &["confirmed", "single-source"],
        read: |q, v, refuse| set(&mut q.filters.conf, v, |s| s.parse().ok(), Reason::UnknownConfidence, refuse),
        write: |q| q.filters.conf.map(|c| c.as_str().to_owned()),
    },
    Param {
        name: "backing",
        doc: "only milestones with an independent source (not a Chinese ministry, embassy or state medium), or on Chinese official sources only",
        example: "backing=independent",
        tokens: || Backing::ALL.iter().map(|b| b.as_str()).collect(),
        samples: &["independent", "chinese-state"],
        read: |q, v, refuse| set(&mut q.filters.backing, v, |s| s.parse().ok(), Reason::UnknownBacking, refuse),
        write: |q| q.filters.backing.map(|b| b.as_str().to_owned()),
    },
    Param {
        name: "new",
        doc: "only the milestones added since this dataset version (the timeline's \"new since your last visit\")",
        example: "new=1.0.0",
        tokens: none,
        samples: &["1.0.0", "1.1"],
        read: |q, v, refuse| set(&mut q.filters.new_since, v, |s| is_version(s).then(|| s.to_owned()), Reason::NotAVersion, refuse),
        write: |q| q.filters.new_since.clone(),
    },
    Param {
        name: "asof",
        doc: "the state on a date (a year, `yyyy-mm` or `yyyy-mm-dd`): the timeline, charts, map and profiles as they stood at the end of that day, month or year",
        example: "asof=2019",
        tokens: none,
        samples: &["2019", "2016-06", "2022-11-10"],
        read: |q, v, refuse| set(&mut q.filters.asof, v, |s| s.parse::<PartialDate>().ok(), Reason::NotADate, refuse),
        write: |q| q.filters.asof.map(|d| d.to_string()),
    },
    Param {
        name: "event",
        doc: "the selected milestone: opens the page scrolled to it, expanded",
        example: "event=wic-2015",
        tokens: none,
        samples: &["wic-2015", "dsr-2017"],
        read: |q, v, refuse| set(&mut q.event, v, |s| is_slug(s).then(|| s.to_owned()), Reason::NotAnId, refuse),
        write: |q| q.event.clone(),
    },
    Param {
        name: "view",
        doc: "the results view (default: the timeline)",
        example: "view=charts",
        tokens: || View::ALL.iter().map(|v| v.as_str()).collect(),
        samples: &["timeline", "charts", "map", "table", "conflicts", "about", "print"],
        read: |q, v, refuse| set(&mut q.view, v, |s| s.parse::<View>().ok(), Reason::UnknownView, refuse),
        write: |q| q.view.map(|v| v.as_str().to_owned()),
    },
    Param {
        name: "chart",
        doc: "a chart to scroll to",
        example: "chart=agreements-over-time",
        tokens: || ChartId::WITH_ADDRESS.iter().map(|c| c.as_str()).collect(),
        samples: &["agreements", "agreements-over-time", "milestones-by-year", "countries-by-region"],
        read: |q, v, refuse| set(&mut q.chart, v, ChartId::parse, Reason::UnknownChart, refuse),
        write: |q| q.chart.map(|c| c.as_str().to_owned()),
    },
    Param {
        name: "sort",
        doc: "the table's order, by a column (`-` before it for descending)",
        example: "sort=-sources",
        tokens: || Column::ALL.iter().map(|c| c.as_str()).collect(),
        samples: &["date", "-date", "title", "-sources", "confidence"],
        read: |q, v, refuse| set(&mut q.sort, v, Sort::parse, Reason::UnknownSort, refuse),
        write: |q| q.sort.map(|s| s.to_string()),
    },
    Param {
        name: "order",
        doc: "the timeline's order (default: newest first)",
        example: "order=oldest",
        tokens: || Order::ALL.iter().map(|o| o.as_str()).collect(),
        samples: &["newest", "oldest"],
        read: |q, v, refuse| set(&mut q.order, v, |s| s.parse::<Order>().ok(), Reason::UnknownOrder, refuse),
        write: |q| q.order.map(|o| o.as_str().to_owned()),
    },
    Param {
        name: "map",
        doc: "the map's agreement (its id); absent, the map shades milestones",
        example: "map=rcep",
        tokens: none,
        samples: &["rcep", "dsr-mou"],
        read: |q, v, refuse| set(&mut q.map, v, |s| is_slug(s).then(|| s.to_owned()), Reason::UnknownAgreement, refuse),
        write: |q| q.map.clone(),
    },
    Param {
        name: "marks",
        doc: "hide the milestone markers on the time charts (shown by default)",
        example: "marks=off",
        tokens: || vec!["off"],
        samples: &["off"],
        read: |q, v, refuse| match v {
            "off" => q.marks_off = true,
            _ => refuse(v, Reason::UnknownMarks),
        },
        write: |q| q.marks_off.then(|| "off".to_owned()),
    },
    Param {
        name: "matrix",
        doc: "the order of the membership matrix's rows (first joining by default)",
        example: "matrix=name",
        tokens: || MatrixOrder::ALL.iter().map(|o| o.as_str()).collect(),
        samples: &["joined", "agreements", "name"],
        read: |q, v, refuse| set(&mut q.matrix, v, |s| s.parse::<MatrixOrder>().ok(), Reason::UnknownMatrixOrder, refuse),
        write: |q| q.matrix.map(|o| o.as_str().to_owned()),
    },
    Param {
        name: "data",
        doc: "open another dataset by relative path on the same site: in this format (`.json`), a workbook (`.xlsx`, `.ods`) or a CSV of milestones",
        example: "data=data/examples/minimal.json",
        tokens: none,
        samples: &["data/mine.json", "other.json"],
        read: |q, v, refuse| set(&mut q.data, v, |s| is_relative_data_path(s).then(|| s.to_owned()), Reason::NotRelativePath, refuse),
        write: |q| q.data.clone(),
    },
    Param {
        name: "embed",
        doc: "show one chart alone, for an `<iframe>`",
        example: "embed=agreements",
        tokens: || ChartId::WITH_ADDRESS.iter().map(|c| c.as_str()).collect(),
        samples: &["agreements", "map", "countries-by-region"],
        read: |q, v, refuse| set(&mut q.embed, v, ChartId::parse, Reason::UnknownChart, refuse),
        write: |q| q.embed.map(|c| c.as_str().to_owned()),
    },
    Param {
        name: "present",
        doc: "presentation mode, on this slide",
        example: "present=agreements",
        tokens: || Slide::all().iter().map(|s| s.as_str()).collect(),
        samples: &["agreements", "milestones", "countries-by-region"],
        read: |q, v, refuse| set(&mut q.present, v, Slide::parse, Reason::UnknownChart, refuse),
        write: |q| q.present.map(|s| s.as_str().to_owned()),
    },
    Param {
        name: "lang",
        doc: "the language of the interface and the data (the page downloads the milestones' texts in it first, the other language's in the background, so a switch is drawn at once)",
        example: "lang=zh",
        tokens: || Lang::ALL.iter().map(|l| l.as_str()).collect(),
        samples: &["en", "zh"],
        read: |q, v, refuse| set(&mut q.lang, v, |s| s.parse().ok(), Reason::UnknownLang, refuse),
        write: |q| q.lang.map(|l| l.as_str().to_owned()),
    },
    Param {
        name: "theme",
        doc: "light or dark (default: the system's)",
        example: "theme=dark",
        tokens: || Theme::SCREEN.iter().map(|t| t.as_str()).collect(),
        samples: &["light", "dark"],
        read: |q, v, refuse| set(&mut q.theme, v, Theme::parse_screen, Reason::UnknownTheme, refuse),
        write: |q| q.theme.map(|t| t.as_str().to_owned()),
    },
];

/// The parameters that change what the page shows (all but the theme, which
/// changes only its colours): an address with any of them is not the first view.
pub fn content_params() -> Vec<&'static str> {
    PARAMS
        .iter()
        .map(|p| p.name)
        .filter(|&n| n != "theme")
        .collect()
}

/// The parameter with this name.
pub fn find(name: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.name == name)
}

/// The README's table of parameters, as it must read.
pub fn readme_table() -> String {
    let mut out = String::from("| parameter | meaning | example |\n|---|---|---|\n");
    for p in PARAMS {
        let values = (p.tokens)();
        let doc = if values.is_empty() {
            p.doc.to_owned()
        } else {
            let list: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
            format!("{}: {}", p.doc, list.join(", "))
        };
        out.push_str(&format!("| `{}` | {doc} | `{}` |\n", p.name, p.example));
    }
    out
}
