//! `Filters` and `apply`: which milestones a reader's filters keep.

use crate::countries::{Countries, Region};
use crate::model::{Category, Confidence, CountryCode, Dataset, Milestone};

/// China's code. China is a party to almost every record, so the region
/// filter and the region chart look at the *partner* countries only.
pub const CHINA: CountryCode = CountryCode::from_ascii(*b"CHN");

/// The timeline's filters. An empty field does not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text: every word must appear in the title, summary, note or a
    /// source title, in either language, ignoring case.
    pub q: String,
    /// First year (inclusive). A milestone matches if any part of it falls in range.
    pub from: Option<u16>,
    /// Last year (inclusive).
    pub to: Option<u16>,
    /// Any of these categories (sorted, no duplicates).
    pub cats: Vec<Category>,
    /// A partner country in this UN region (China itself is not counted).
    pub region: Option<Region>,
    /// Any of these countries (sorted, no duplicates).
    pub countries: Vec<CountryCode>,
    /// At least this confidence.
    pub conf: Option<Confidence>,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// The filters as a file-name part: the years (within `coverage`), then
    /// categories, region and countries, and `filtered` for text or
    /// confidence: `2015-2020-forum-asia-kaz-filtered`.
    pub fn file_slug(&self, coverage: (u16, u16)) -> String {
        let (first, last) = coverage;
        let from = self.from.unwrap_or(first).max(first);
        let to = self.to.unwrap_or(last).min(last).max(from);
        let mut slug = format!("{from}-{to}");
        for cat in &self.cats {
            slug.push('-');
            slug.push_str(cat.as_str());
        }
        if let Some(r) = self.region {
            slug.push('-');
            slug.push_str(r.as_str());
        }
        for c in &self.countries {
            slug.push('-');
            slug.push_str(&c.as_str().to_lowercase());
        }
        if self.conf.is_some() || !self.q.is_empty() {
            slug.push_str("-filtered");
        }
        slug
    }

    /// The search words, lower-cased.
    pub fn needles(&self) -> Vec<String> {
        self.q.split_whitespace().map(str::to_lowercase).collect()
    }

    /// Whether one milestone passes. `needles` comes from [`Filters::needles`],
    /// computed once per search rather than once per milestone.
    pub fn matches(&self, m: &Milestone, needles: &[String], countries: &Countries) -> bool {
        let first = m.date.year();
        let last = m.end.unwrap_or(m.date).year();
        self.from.is_none_or(|from| last >= from)
            && self.to.is_none_or(|to| first <= to)
            && (self.cats.is_empty() || self.cats.contains(&m.category))
            && self.conf.is_none_or(|c| m.confidence >= c)
            && (self.countries.is_empty() || m.countries.iter().any(|c| self.countries.contains(c)))
            && self.region.is_none_or(|r| {
                m.countries
                    .iter()
                    .any(|&c| c != CHINA && countries.region_of(c) == Some(r))
            })
            && needles.iter().all(|n| m.haystack.contains(n.as_str()))
    }
}

/// Indices (into `ds.milestones`, so in date order) of the milestones that pass.
pub fn apply(ds: &Dataset, filters: &Filters, countries: &Countries) -> Vec<usize> {
    let needles = filters.needles();
    ds.milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| filters.matches(m, &needles, countries))
        .map(|(i, _)| i)
        .collect()
}

/// The filters in words, for chart subtitles and the empty state:
/// "All milestones" or "2015–2020 · Forum, Policy · Asia · “cable”".
pub fn describe(f: &Filters, countries: &Countries, lang: crate::i18n::Lang) -> String {
    use crate::i18n::Lang;
    if f.is_empty() {
        return lang.pick("All milestones", "全部大事记").to_owned();
    }
    let mut parts: Vec<String> = Vec::new();
    match (f.from, f.to, lang) {
        (Some(a), Some(b), _) if a == b => parts.push(a.to_string()),
        (Some(a), Some(b), _) => parts.push(format!("{a}–{b}")),
        (Some(a), None, Lang::En) => parts.push(format!("from {a}")),
        (Some(a), None, Lang::Zh) => parts.push(format!("{a}年起")),
        (None, Some(b), Lang::En) => parts.push(format!("up to {b}")),
        (None, Some(b), Lang::Zh) => parts.push(format!("至{b}年")),
        (None, None, _) => {}
    }
    if !f.cats.is_empty() {
        let names: Vec<&str> = f.cats.iter().map(|c| c.label(lang)).collect();
        parts.push(names.join(lang.pick(", ", "、")));
    }
    if let Some(r) = f.region {
        parts.push(match lang {
            Lang::En => format!("partners in {}", r.label(lang)),
            Lang::Zh => format!("{}伙伴", r.label(lang)),
        });
    }
    if !f.countries.is_empty() {
        let names: Vec<String> = f
            .countries
            .iter()
            .map(|&c| countries.name(c, lang))
            .collect();
        parts.push(names.join(lang.pick(", ", "、")));
    }
    if let Some(c) = f.conf {
        parts.push(match (c, lang) {
            (Confidence::Confirmed, Lang::En) => "confirmed only".to_owned(),
            (Confidence::Confirmed, Lang::Zh) => "仅已证实".to_owned(),
            (Confidence::SingleSource, Lang::En) => "single source or better".to_owned(),
            (Confidence::SingleSource, Lang::Zh) => "单一来源及以上".to_owned(),
            (Confidence::Unverified, Lang::En) => "any confidence".to_owned(),
            (Confidence::Unverified, Lang::Zh) => "任何可信度".to_owned(),
        });
    }
    if !f.q.is_empty() {
        parts.push(match lang {
            Lang::En => format!("matching “{}”", f.q),
            Lang::Zh => format!("包含“{}”", f.q),
        });
    }
    parts.join(" · ")
}
