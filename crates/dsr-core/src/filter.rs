//! `Filters` and `apply`: which milestones a reader's filters keep.

use crate::countries::{Countries, Region};
use crate::i18n::{filters, Lang};
use crate::model::{
    Backing, Category, Changes, Confidence, CountryCode, Dataset, Milestone, PartialDate, CHINA,
};
use crate::whats_new::added_since;

/// The timeline's filters. An empty field does not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text: every word must appear in the title, summary, note or a
    /// source title, in either language, ignoring case. (The page's bundle
    /// brings the source titles apart: until they are here, a search reads
    /// the rest; see `bundle`.)
    pub q: String,
    /// First year (inclusive). A milestone matches if any part of it falls in range.
    pub from: Option<u16>,
    /// Last year (inclusive).
    pub to: Option<u16>,
    /// Any of these categories (sorted, no duplicates).
    pub cats: Vec<Category>,
    /// A partner country in this UN region (China itself is not counted).
    pub region: Option<Region>,
    /// Any of these countries (no duplicates, at most six, in the order the address gives them: a comparison shows them in that order).
    pub countries: Vec<CountryCode>,
    /// At least this confidence.
    pub conf: Option<Confidence>,
    /// Only milestones with this backing: an independent source, or Chinese
    /// official sources only.
    pub backing: Option<Backing>,
    /// Only the milestones added since this dataset version (`new=1.0.0`, "new
    /// since your last visit"). It needs the list of changes, which [`apply`]
    /// takes (see there).
    pub new_since: Option<String>,
    /// The state on a date (`asof=2019`): only what had happened by the end of
    /// that year, month or day. A milestone counts from its first possible day.
    pub asof: Option<PartialDate>,
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
            slug.push_str(&c.as_str().to_ascii_lowercase());
        }
        if self.conf.is_some()
            || self.backing.is_some()
            || !self.q.is_empty()
            || self.new_since.is_some()
        {
            slug.push_str("-filtered");
        }
        if let Some(d) = self.asof {
            slug.push_str(&format!("-asof-{d}"));
        }
        slug
    }

    /// How many filters are set: the search, the year range, each category
    /// and country, the region and the confidence.
    pub fn n_active(&self) -> usize {
        usize::from(!self.q.is_empty())
            + usize::from(self.from.is_some() || self.to.is_some())
            + self.cats.len()
            + usize::from(self.region.is_some())
            + self.countries.len()
            + usize::from(self.conf.is_some())
            + usize::from(self.backing.is_some())
            + usize::from(self.new_since.is_some())
            + usize::from(self.asof.is_some())
    }

    /// Whether a milestone had happened by the `asof=` date (always, without one).
    pub fn by_then(&self, m: &Milestone) -> bool {
        self.asof.is_none_or(|d| m.date.start_key() <= d.end_key())
    }

    /// Shows only `year`; or, when only `year` is shown, every year again.
    pub fn toggle_year(&mut self, year: u16) {
        if self.from == Some(year) && self.to == Some(year) {
            self.from = None;
            self.to = None;
        } else {
            self.from = Some(year);
            self.to = Some(year);
        }
    }

    /// The search words, lower-cased.
    pub fn needles(&self) -> Vec<String> {
        self.q.split_whitespace().map(crate::fold::fold).collect()
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
            && self.backing.is_none_or(|b| m.backing() == b)
            && (self.countries.is_empty() || m.countries.iter().any(|c| self.countries.contains(c)))
            && self.region.is_none_or(|r| {
                m.countries
                    .iter()
                    .any(|&c| c != CHINA && countries.region_of(c) == Some(r))
            })
            && needles.iter().all(|n| m.haystack.contains(n.as_str()))
            && self.by_then(m)
    }
}

/// Indices (into `ds.milestones`, so in date order) of the milestones that pass.
///
/// `new=` (`filters.new_since`) keeps only the milestones that `changes`, the
/// dataset's list of changes, says were added since that version (none when
/// no release has it). The list is fetched on demand: until it is here
/// (`changes` is `None`), `new=` narrows nothing.
pub fn apply(
    ds: &Dataset,
    filters: &Filters,
    countries: &Countries,
    changes: Option<&Changes>,
) -> Vec<usize> {
    let needles = filters.needles();
    let added = filters
        .new_since
        .as_deref()
        .zip(changes)
        .map(|(v, c)| added_since(c, v).unwrap_or_default());
    ds.milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| filters.matches(m, &needles, countries))
        .filter(|(_, m)| {
            added
                .as_ref()
                .is_none_or(|a| a.binary_search(&m.id).is_ok())
        })
        .map(|(i, _)| i)
        .collect()
}

/// How many milestones pass every filter but come after the `asof=` date
/// ("12 later milestones"); 0 without one.
pub fn later(
    ds: &Dataset,
    filters: &Filters,
    countries: &Countries,
    changes: Option<&Changes>,
) -> usize {
    if filters.asof.is_none() {
        return 0;
    }
    let now = Filters {
        asof: None,
        ..filters.clone()
    };
    apply(ds, &now, countries, changes)
        .iter()
        .filter(|&&i| ds.milestones.get(i).is_some_and(|m| !filters.by_then(m)))
        .count()
}

/// The filters in words, for chart subtitles and the empty state:
/// "All milestones" or "2015–2020 · Forum, Policy · Asia · “cable”".
pub fn describe(f: &Filters, countries: &Countries, lang: Lang) -> String {
    if f.is_empty() {
        return filters::ALL_MILESTONES.get(lang).to_owned();
    }
    let mut parts: Vec<String> = Vec::new();
    match (f.from, f.to) {
        (Some(a), Some(b)) if a == b => parts.push(a.to_string()),
        (Some(a), Some(b)) => parts.push(filters::years(lang, a, b)),
        (Some(a), None) => parts.push(filters::from_year(lang, a)),
        (None, Some(b)) => parts.push(filters::up_to(lang, b)),
        (None, None) => {}
    }
    if !f.cats.is_empty() {
        let names: Vec<String> = f.cats.iter().map(|c| c.label(lang).to_owned()).collect();
        parts.push(lang.join(&names));
    }
    if let Some(r) = f.region {
        parts.push(filters::partners_in(lang, r.label(lang)));
    }
    if !f.countries.is_empty() {
        let names: Vec<String> = f
            .countries
            .iter()
            .map(|&c| countries.name(c, lang))
            .collect();
        parts.push(lang.join(&names));
    }
    if let Some(c) = f.conf {
        parts.push(
            match c {
                Confidence::Confirmed => filters::DESCRIBE_CONFIRMED,
                Confidence::SingleSource => filters::DESCRIBE_SINGLE,
                Confidence::Unverified => filters::DESCRIBE_ANY,
            }
            .get(lang)
            .to_owned(),
        );
    }
    if let Some(b) = f.backing {
        parts.push(
            match b {
                Backing::Independent => filters::DESCRIBE_INDEPENDENT,
                Backing::ChineseStateOnly => filters::DESCRIBE_CHINESE_STATE,
                Backing::NotStated => filters::DESCRIBE_NOT_STATED,
            }
            .get(lang)
            .to_owned(),
        );
    }
    if !f.q.is_empty() {
        parts.push(filters::matching(lang, &f.q));
    }
    if let Some(v) = &f.new_since {
        parts.push(filters::new_since(lang, v));
    }
    if let Some(d) = f.asof {
        parts.push(filters::as_of(lang, &d.last_day().human(lang)));
    }
    parts.join(filters::PART_SEPARATOR.get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;
    use crate::validate::parse_changes;

    #[test]
    fn new_narrows_to_what_the_later_releases_added_once_the_changes_are_here() {
        let (ds, countries) = bundled();
        let changes = parse_changes(
            "changes.json",
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/changes.json"
            )),
            &ds,
        )
        .unwrap();
        let since = |v: &str| Filters {
            new_since: Some(v.to_owned()),
            ..Filters::default()
        };
        let all = ds.milestones.len();
        // Without the list of changes, `new=` narrows nothing.
        assert_eq!(apply(&ds, &since("1.0.0"), &countries, None).len(), all);
        // With it: exactly the milestones 1.1.0 added, in date order.
        let kept = apply(&ds, &since("1.0.0"), &countries, Some(&changes));
        let added = added_since(&changes, "1.0.0").unwrap();
        let milestones_added = ds
            .milestones
            .iter()
            .filter(|m| added.binary_search(&m.id).is_ok())
            .count();
        assert!(milestones_added > 0 && milestones_added < all);
        assert_eq!(kept.len(), milestones_added);
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
        // A version no release has keeps nothing; the current one keeps nothing new.
        assert!(apply(&ds, &since("0.1"), &countries, Some(&changes)).is_empty());
        assert!(apply(&ds, &since("1.2.0"), &countries, Some(&changes)).is_empty());
        // Since 1.1.0: what 1.2.0 added, fewer than since 1.0.0.
        let since_11 = apply(&ds, &since("1.1.0"), &countries, Some(&changes)).len();
        assert!(since_11 > 0 && since_11 < kept.len());
        // Other filters still apply on top.
        let mut forum = since("1.0.0");
        forum.cats = vec![Category::Forum];
        let both = apply(&ds, &forum, &countries, Some(&changes));
        assert!(both.iter().all(|i| kept.contains(i)));
        assert!(both.len() <= kept.len());
    }
}
