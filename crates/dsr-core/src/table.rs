//! The milestone table: its columns, and sorting by any of them (`sort=` in the URL).

use std::cmp::Ordering;
use std::fmt;

use crate::countries::Countries;
use crate::i18n::{labels, Lang};
use crate::model::{token_enum, Dataset, Milestone};

token_enum! {
    /// A sortable column of the milestone table.
    Column {
        Date = "date",
        Title = "title",
        Category = "category",
        Countries = "countries",
        Confidence = "confidence",
        Sources = "sources",
        /// Whether a source is a government's own.
        Official = "official",
        /// Whether a source is independent of the Chinese party-state.
        Independent = "independent",
    }
}

impl Column {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Column::Date => labels::COL_DATE,
            Column::Title => labels::COL_TITLE,
            Column::Category => labels::COL_CATEGORY,
            Column::Countries => labels::COL_COUNTRIES,
            Column::Confidence => labels::COL_CONFIDENCE,
            Column::Sources => labels::COL_SOURCES,
            Column::Official => labels::COL_OFFICIAL,
            Column::Independent => labels::COL_INDEPENDENT,
        }
        .get(lang)
    }
}

/// A sort order: a column, ascending or descending. In the URL: `sort=title`,
/// `sort=-date` (descending).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            column: Column::Date,
            descending: false,
        }
    }
}

impl Sort {
    pub fn parse(s: &str) -> Option<Self> {
        let (descending, name) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        name.parse::<Column>()
            .ok()
            .map(|column| Self { column, descending })
    }

    /// The order after a click on `column`: the same column flips, another starts ascending.
    pub fn toggled(self, column: Column) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: false,
            }
        }
    }
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.descending {
            f.write_str("-")?;
        }
        f.write_str(self.column.as_str())
    }
}

/// `indices` sorted by `sort`; ties keep date order. Text columns compare in
/// the reader's language.
pub fn sorted(
    ds: &Dataset,
    indices: &[usize],
    sort: Sort,
    countries: &Countries,
    lang: Lang,
) -> Vec<usize> {
    let mut out: Vec<(usize, &Milestone)> = indices
        .iter()
        .filter_map(|&i| ds.milestones.get(i).map(|m| (i, m)))
        .collect();
    let key_names = |m: &Milestone| -> String {
        m.countries
            .iter()
            .map(|&c| countries.name(c, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let cmp = |(a, ma): &(usize, &Milestone), (b, mb): &(usize, &Milestone)| -> Ordering {
        let primary = match sort.column {
            Column::Date => ma.date.cmp(&mb.date),
            Column::Title => ma
                .title
                .get(lang)
                .to_lowercase()
                .cmp(&mb.title.get(lang).to_lowercase()),
            Column::Category => ma.category.label(lang).cmp(mb.category.label(lang)),
            Column::Countries => ma
                .countries
                .len()
                .cmp(&mb.countries.len())
                .then_with(|| key_names(ma).cmp(&key_names(mb))),
            Column::Confidence => ma.confidence.cmp(&mb.confidence),
            Column::Sources => ma.sources.len().cmp(&mb.sources.len()),
            Column::Official => ma.has_official_source().cmp(&mb.has_official_source()),
            Column::Independent => ma.backing().cmp(&mb.backing()),
        };
        let primary = if sort.descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| a.cmp(b))
    };
    out.sort_by(cmp);
    out.into_iter().map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;

    #[test]
    fn sort_tokens_round_trip_and_toggle() {
        for &c in Column::ALL {
            for descending in [false, true] {
                let s = Sort {
                    column: c,
                    descending,
                };
                assert_eq!(Sort::parse(&s.to_string()), Some(s));
            }
        }
        assert_eq!(Sort::parse("nope"), None);
        assert_eq!(Sort::parse("--date"), None);
        let s = Sort::default().toggled(Column::Date);
        assert!(s.descending);
        assert_eq!(
            s.toggled(Column::Title),
            Sort {
                column: Column::Title,
                descending: false
            }
        );
    }

    #[test]
    fn sorting_orders_by_the_column_and_keeps_every_row() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let by_sources = sorted(
            &ds,
            &all,
            Sort {
                column: Column::Sources,
                descending: true,
            },
            &countries,
            Lang::En,
        );
        assert_eq!(by_sources.len(), all.len());
        let n: Vec<usize> = by_sources
            .iter()
            .map(|&i| ds.milestones[i].sources.len())
            .collect();
        assert!(n.windows(2).all(|w| w[0] >= w[1]), "{n:?}");
        let by_date_desc = sorted(
            &ds,
            &all,
            Sort {
                column: Column::Date,
                descending: true,
            },
            &countries,
            Lang::En,
        );
        assert_eq!(by_date_desc.first(), all.last());
        let by_title = sorted(
            &ds,
            &all,
            Sort {
                column: Column::Title,
                descending: false,
            },
            &countries,
            Lang::Zh,
        );
        let titles: Vec<String> = by_title
            .iter()
            .map(|&i| ds.milestones[i].title.zh.to_lowercase())
            .collect();
        assert!(titles.windows(2).all(|w| w[0] <= w[1]));
    }
}
