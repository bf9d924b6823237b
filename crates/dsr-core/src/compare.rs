//! `Comparison`: two to six countries side by side (`country=KEN,ETH`): each country's lane of filtered milestones, and the rows that keep a lane's marks from overlapping.

use crate::countries::{Countries, Country};
use crate::filter::Filters;
use crate::model::{CountryCode, Dataset};

/// The most countries compared at once; the rest of a longer list are named in a notice.
pub const MAX_COMPARED: usize = 6;

/// One country's lane.
#[derive(Clone, Debug)]
pub struct Lane<'a> {
    pub country: &'a Country,
    /// The filtered milestones that name it, in date order.
    pub milestones: Vec<usize>,
    /// How many milestones name it in the whole dataset, whatever the filters.
    pub in_all: usize,
}

/// The countries compared, in the order the address names them.
#[derive(Clone, Debug)]
pub struct Comparison<'a> {
    pub lanes: Vec<Lane<'a>>,
    /// Chosen countries beyond the sixth, left out of the comparison.
    pub left_out: Vec<CountryCode>,
}

impl<'a> Comparison<'a> {
    /// The comparison of the countries chosen in `filters` (the first six),
    /// among the filtered milestones `indices`; `None` unless two or more
    /// known countries are chosen.
    pub fn of(
        ds: &'a Dataset,
        countries: &'a Countries,
        indices: &[usize],
        filters: Option<&Filters>,
    ) -> Option<Comparison<'a>> {
        let chosen: Vec<&'a Country> = filters?
            .countries
            .iter()
            .filter_map(|&c| countries.get(c))
            .collect();
        if chosen.len() < 2 {
            return None;
        }
        let left_out = chosen.iter().skip(MAX_COMPARED).map(|c| c.code).collect();
        let lanes = chosen
            .into_iter()
            .take(MAX_COMPARED)
            .map(|country| {
                let names = |i: &usize| {
                    ds.milestones
                        .get(*i)
                        .is_some_and(|m| m.countries.contains(&country.code))
                };
                Lane {
                    country,
                    milestones: indices.iter().copied().filter(names).collect(),
                    in_all: (0..ds.milestones.len()).filter(names).count(),
                }
            })
            .collect();
        Some(Comparison { lanes, left_out })
    }
}

/// Puts each of `items` (`(start, end)` on an axis, in any order) in a row,
/// so that no two items in a row come within `gap` of each other: the
/// first row with room, a new row when none has. Returns each item's row.
pub fn rows(items: &[(f64, f64)], gap: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    let start_of = |i: usize| items.get(i).map_or(0.0, |it| it.0);
    crate::order::sort_small(&mut order, |&a, &b| {
        start_of(a)
            .partial_cmp(&start_of(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    // The right end of what each row holds so far.
    let mut ends: Vec<f64> = Vec::new();
    let mut out = vec![0; items.len()];
    for i in order {
        let Some(&(start, end)) = items.get(i) else {
            continue;
        };
        let end = end.max(start);
        let row = match ends.iter().position(|&e| e + gap <= start) {
            Some(r) => r,
            None => {
                ends.push(f64::NEG_INFINITY);
                ends.len() - 1
            }
        };
        if let Some(e) = ends.get_mut(row) {
            *e = end;
        }
        if let Some(o) = out.get_mut(i) {
            *o = row;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter;
    use crate::testing::bundled;
    use proptest::prelude::*;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    #[test]
    fn lanes_follow_the_address_and_the_filters_and_stop_at_six() {
        let (ds, countries) = bundled();
        let mut filters = Filters {
            countries: ["KEN", "ETH", "ALB"].map(code).to_vec(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let c = Comparison::of(&ds, &countries, &indices, Some(&filters)).unwrap();
        let names: Vec<&str> = c.lanes.iter().map(|l| l.country.en.as_str()).collect();
        assert_eq!(names, ["Kenya", "Ethiopia", "Albania"]);
        for lane in &c.lanes {
            let expected = ds
                .milestones
                .iter()
                .filter(|m| m.countries.contains(&lane.country.code))
                .count();
            assert_eq!(lane.milestones.len(), expected);
            assert_eq!(lane.in_all, expected);
        }
        // Albania: no milestone names it, an empty lane.
        assert!(c.lanes[2].milestones.is_empty());
        // A year filter narrows the lanes, not the counts of everything.
        filters.from = Some(2024);
        let indices = filter::apply(&ds, &filters, &countries, None);
        let c = Comparison::of(&ds, &countries, &indices, Some(&filters)).unwrap();
        for lane in &c.lanes {
            for &i in &lane.milestones {
                assert!(ds.milestones[i].date.year() >= 2024 || ds.milestones[i].end.is_some());
            }
        }
        // Seven countries: the first six compared, the seventh left out.
        let seven = Filters {
            countries: ["KEN", "ETH", "NGA", "ZAF", "EGY", "MAR", "TUN"]
                .map(code)
                .to_vec(),
            ..Filters::default()
        };
        let c = Comparison::of(&ds, &countries, &[], Some(&seven)).unwrap();
        assert_eq!(c.lanes.len(), MAX_COMPARED);
        assert_eq!(c.left_out, vec![code("TUN")]);
        // One country is a profile, not a comparison.
        let one = Filters {
            countries: vec![code("KEN")],
            ..Filters::default()
        };
        assert!(Comparison::of(&ds, &countries, &[], Some(&one)).is_none());
    }

    #[test]
    fn spans_and_marks_in_a_row_never_overlap() {
        let items = [(0.0, 0.0), (1.0, 1.0), (0.5, 3.0), (2.0, 2.0), (10.0, 10.0)];
        let r = rows(&items, 1.0);
        assert_eq!(r, vec![0, 0, 1, 0, 0]);
    }

    proptest! {
        #[test]
        fn no_two_items_of_a_row_come_within_the_gap(
            items in proptest::collection::vec((0.0f64..100.0, 0.0f64..20.0), 0..60),
            gap in 0.5f64..8.0,
        ) {
            let items: Vec<(f64, f64)> = items.into_iter().map(|(s, w)| (s, s + w)).collect();
            let r = rows(&items, gap);
            prop_assert_eq!(r.len(), items.len());
            for i in 0..items.len() {
                for j in 0..items.len() {
                    if i != j && r[i] == r[j] {
                        let (a, b) = (items[i], items[j]);
                        prop_assert!(a.1 + gap <= b.0 || b.1 + gap <= a.0, "{a:?} {b:?} in row {}", r[i]);
                    }
                }
            }
            // No row is empty below a used one.
            let max = r.iter().copied().max().unwrap_or(0);
            for row in 0..=max.min(items.len()) {
                if !items.is_empty() {
                    prop_assert!(r.contains(&row));
                }
            }
        }
    }
}
