//! Counts derived from a dataset: milestones per year and category, partner countries per region.

use std::collections::BTreeSet;

use crate::countries::{Countries, Region};
use crate::model::CHINA;
use crate::model::{Backing, Category, Confidence, CountryCode, Dataset};

/// Milestones per year, split by category, for the years `first..=last`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YearCounts {
    pub first: u16,
    pub last: u16,
    /// `counts[y - first][category index in Category::ALL]`.
    pub counts: Vec<[usize; 8]>,
}

impl YearCounts {
    /// The total for one year (0 outside the range).
    pub fn total(&self, year: u16) -> usize {
        year.checked_sub(self.first)
            .and_then(|i| self.counts.get(usize::from(i)))
            .map_or(0, |row| row.iter().sum())
    }

    /// The count for one year and category.
    pub fn get(&self, year: u16, cat: Category) -> usize {
        let c = category_index(cat);
        year.checked_sub(self.first)
            .and_then(|i| self.counts.get(usize::from(i)))
            .and_then(|row| row.get(c).copied())
            .unwrap_or(0)
    }

    pub fn years(&self) -> impl Iterator<Item = u16> {
        self.first..=self.last
    }

    pub fn max_total(&self) -> usize {
        self.counts
            .iter()
            .map(|r| r.iter().sum::<usize>())
            .max()
            .unwrap_or(0)
    }
}

/// The position of a category in [`Category::ALL`].
pub fn category_index(cat: Category) -> usize {
    Category::ALL.iter().position(|&c| c == cat).unwrap_or(0)
}

/// Counts the milestones at `indices` by the year they start in and by
/// category, over `span` (usually the whole dataset's years, so that a filter
/// shows empty years rather than a shorter axis).
pub fn by_year(ds: &Dataset, indices: &[usize], span: (u16, u16)) -> YearCounts {
    let (first, last) = (span.0.min(span.1), span.0.max(span.1));
    let mut counts = vec![[0usize; 8]; usize::from(last - first) + 1];
    for &i in indices {
        let Some(m) = ds.milestones.get(i) else {
            continue;
        };
        let y = m.date.year();
        if (first..=last).contains(&y) {
            if let Some(n) = counts
                .get_mut(usize::from(y - first))
                .and_then(|row| row.get_mut(category_index(m.category)))
            {
                *n += 1;
            }
        }
    }
    YearCounts {
        first,
        last,
        counts,
    }
}

/// Distinct partner countries (China excluded) of one UN region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionCount {
    pub region: Region,
    pub countries: Vec<CountryCode>,
}

/// Distinct partner countries named in the milestones at `indices`, by UN
/// region, in `Region::ALL` order. Countries with no region are left out.
pub fn partners_by_region(
    ds: &Dataset,
    indices: &[usize],
    countries: &Countries,
) -> Vec<RegionCount> {
    let mut sets: Vec<BTreeSet<CountryCode>> = vec![BTreeSet::new(); Region::ALL.len()];
    for &i in indices {
        let Some(m) = ds.milestones.get(i) else {
            continue;
        };
        for &c in &m.countries {
            if c == CHINA {
                continue;
            }
            if let Some(r) = countries.region_of(c) {
                if let Some(set) = Region::ALL
                    .iter()
                    .position(|&x| x == r)
                    .and_then(|pos| sets.get_mut(pos))
                {
                    set.insert(c);
                }
            }
        }
    }
    Region::ALL
        .iter()
        .zip(sets)
        .map(|(&region, set)| RegionCount {
            region,
            countries: set.into_iter().collect(),
        })
        .collect()
}

/// How the milestones are sourced, for the About page and the data tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceSummary {
    pub milestones: usize,
    /// Milestones with at least one `official` source.
    pub with_official: usize,
    /// Sources cited, over all milestones.
    pub sources: usize,
    /// Confirmed milestones.
    pub confirmed: usize,
    /// Confirmed milestones with a source independent of the Chinese party-state.
    pub confirmed_independent: usize,
    /// Confirmed milestones whose every source is a Chinese official body or state medium.
    pub confirmed_chinese_state: usize,
}

impl SourceSummary {
    /// The share with an official source, in whole per cent (rounded).
    pub fn official_percent(&self) -> usize {
        (self.with_official * 100 + self.milestones / 2)
            .checked_div(self.milestones)
            .unwrap_or(0)
    }

    /// The share of confirmed milestones with an independent source, in whole per cent (rounded down, so a target is never met by rounding).
    pub fn independent_percent(&self) -> usize {
        (self.confirmed_independent * 100)
            .checked_div(self.confirmed)
            .unwrap_or(0)
    }

    /// Sources per milestone, in tenths (rounded): 26 is 2.6.
    pub fn mean_tenths(&self) -> usize {
        (self.sources * 10 + self.milestones / 2)
            .checked_div(self.milestones)
            .unwrap_or(0)
    }

    /// Sources per milestone, with one decimal: "2.6".
    pub fn mean_label(&self) -> String {
        let t = self.mean_tenths();
        format!("{}.{}", t / 10, t % 10)
    }
}

/// How the whole dataset's milestones are sourced.
pub fn source_summary(ds: &Dataset) -> SourceSummary {
    let confirmed = || {
        ds.milestones
            .iter()
            .filter(|m| m.confidence == Confidence::Confirmed)
    };
    SourceSummary {
        milestones: ds.milestones.len(),
        with_official: ds
            .milestones
            .iter()
            .filter(|m| m.has_official_source())
            .count(),
        sources: ds.milestones.iter().map(|m| m.sources.len()).sum(),
        confirmed: confirmed().count(),
        confirmed_independent: confirmed()
            .filter(|m| m.backing() == Backing::Independent)
            .count(),
        confirmed_chinese_state: confirmed()
            .filter(|m| m.backing() == Backing::ChineseStateOnly)
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_summary_rounds_its_shares() {
        let s = SourceSummary {
            milestones: 3,
            with_official: 2,
            sources: 8,
            confirmed: 3,
            confirmed_independent: 2,
            confirmed_chinese_state: 1,
        };
        assert_eq!(s.independent_percent(), 66, "rounded down");
        assert_eq!(s.official_percent(), 67);
        assert_eq!(s.mean_label(), "2.7");
        let empty = SourceSummary {
            milestones: 0,
            with_official: 0,
            sources: 0,
            confirmed: 0,
            confirmed_independent: 0,
            confirmed_chinese_state: 0,
        };
        assert_eq!(empty.independent_percent(), 0);
        assert_eq!(
            (empty.official_percent(), empty.mean_label().as_str()),
            (0, "0.0")
        );
    }
}
