//! `Profile`: one country's record, for the profile shown when exactly one country is chosen: its name and UN region, its milestones by year, the agreements it signed or joined (the agreement milestones that name it, with dates and sources), and the series known only as counts.

use crate::countries::{Countries, Country, Region};
use crate::filter::Filters;
use crate::model::{Agreement, Category, Dataset, Observation, PartialDate, Source};

/// One country's record at the current filters.
#[derive(Clone, Debug)]
pub struct Profile<'a> {
    pub country: &'a Country,
    pub region: Option<Region>,
    /// The filtered milestones that name it, in date order.
    pub milestones: Vec<usize>,
    /// How many milestones name it in the whole dataset, whatever the filters.
    pub in_all: usize,
    /// Those of `milestones` that record an agreement it signed or joined.
    pub signed: Vec<usize>,
    /// The agreements whose figures are counts only, with no list of
    /// countries: whether this country is among them is not known. Each
    /// with its figure as of the `asof=` date.
    pub counted: Vec<(&'a Agreement, &'a Observation)>,
    /// The agreements whose sources name it as a member by the `asof=` date,
    /// with the date it joined by and the sources.
    pub named: Vec<(&'a Agreement, PartialDate, Vec<&'a Source>)>,
}

impl<'a> Profile<'a> {
    /// The profile of the one country chosen in `filters`, among the
    /// filtered milestones `indices`; `None` when none or several are
    /// chosen, or the code is not a known country.
    pub fn of(
        ds: &'a Dataset,
        countries: &'a Countries,
        indices: &[usize],
        filters: Option<&Filters>,
    ) -> Option<Profile<'a>> {
        let filters = filters?;
        let [code] = filters.countries.as_slice() else {
            return None;
        };
        let country = countries.get(*code)?;
        let names = |i: &usize| {
            ds.milestones
                .get(*i)
                .is_some_and(|m| m.countries.contains(code))
        };
        let milestones: Vec<usize> = indices.iter().copied().filter(names).collect();
        let in_all = (0..ds.milestones.len()).filter(names).count();
        let signed = milestones
            .iter()
            .copied()
            .filter(|&i| {
                ds.milestones
                    .get(i)
                    .is_some_and(|m| m.category == Category::Agreement)
            })
            .collect();
        let mut named = Vec::new();
        let mut counted = Vec::new();
        for (a, o) in ds
            .agreements
            .iter()
            .filter_map(|a| a.as_of(filters.asof).map(|o| (a, o)))
        {
            match a
                .named_by(filters.asof)
                .into_iter()
                .find(|(c, _, _)| c == code)
            {
                Some((_, joined, sources)) => named.push((a, joined, sources)),
                None => counted.push((a, o)),
            }
        }
        Some(Profile {
            country,
            region: countries.region_of(*code),
            milestones,
            in_all,
            signed,
            counted,
            named,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{self, Filters};
    use crate::model::CountryCode;
    use crate::testing::bundled;

    fn code(s: &str) -> CountryCode {
        CountryCode::parse(s).unwrap()
    }

    #[test]
    fn a_country_with_many_records_none_and_one_known_only_through_counts() {
        let (ds, countries) = bundled();
        let profile_of = |c: &str| {
            let filters = Filters {
                countries: vec![code(c)],
                ..Filters::default()
            };
            let indices = filter::apply(&ds, &filters, &countries, None);
            Profile::of(&ds, &countries, &indices, Some(&filters)).map(|p| {
                (
                    p.country.en.clone(),
                    p.region,
                    p.milestones.len(),
                    p.in_all,
                    p.signed.len(),
                    p.counted.len(),
                )
            })
        };
        let agreements = ds.agreements.len();
        // Thailand: many milestones, six of them agreements it signed or joined.
        let th = profile_of("THA").unwrap();
        assert_eq!(th.0, "Thailand");
        assert_eq!(th.1, Some(Region::Asia));
        assert!(th.2 >= 15 && th.2 == th.3, "{th:?}");
        assert_eq!(th.4, 6);
        // Albania: in the country list, named by no milestone.
        let al = profile_of("ALB").unwrap();
        assert_eq!((al.2, al.3, al.4), (0, 0, 0));
        assert_eq!(al.5, agreements);
        // Algeria: named by milestones, but no agreement milestone names it:
        // what it joined is known only through counts.
        // The Arab League's data-security initiative lists it among its signatories:
        // named, not merely counted.
        let dz = profile_of("DZA").unwrap();
        assert!(dz.2 > 0);
        assert_eq!(dz.4, 0);
        assert_eq!(dz.5, agreements - 1);
        // No profile for no country or two.
        let filters = Filters {
            countries: vec![code("THA"), code("LAO")],
            ..Filters::default()
        };
        assert!(Profile::of(&ds, &countries, &[], Some(&filters)).is_none());
        assert!(Profile::of(&ds, &countries, &[], None).is_none());
    }
}
