//! The chart registry: `ChartId`, and what each chart is called, follows, draws and tabulates.

use super::input::Input;
use super::{
    agreements, by_region, by_year, compare_years, country, lanes, map, matrix, over_time, Chart,
};
use crate::i18n::{charts, Lang};

/// The charts, by the id used in URLs (`?chart=`, `?embed=`) and file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Agreements,
    AgreementsOverTime,
    MilestonesByYear,
    CountriesByRegion,
    /// The world map; its geometry is loaded only when it is first shown.
    Map,
    /// The profile of the one country chosen (`country=KEN`), above the
    /// timeline. In no list below: it has no address of its own
    /// (`chart=`, `embed=`, `present=`); it is exported from its card.
    Country,
    /// Who joined what, when: countries × agreements (`chart=membership`).
    Membership,
    /// Two to six countries' milestones as lanes (`country=KEN,ETH`), above
    /// the timeline; like the profile, no address of its own.
    Compare,
    /// The compared countries' milestones per year, on one scale.
    CompareByYear,
}

impl ChartId {
    /// This chart alone, as a list (a deck of one chart).
    pub fn one(self) -> &'static [ChartId] {
        match self {
            ChartId::Agreements => &[ChartId::Agreements],
            ChartId::AgreementsOverTime => &[ChartId::AgreementsOverTime],
            ChartId::MilestonesByYear => &[ChartId::MilestonesByYear],
            ChartId::CountriesByRegion => &[ChartId::CountriesByRegion],
            ChartId::Map => &[ChartId::Map],
            ChartId::Country => &[ChartId::Country],
            ChartId::Membership => &[ChartId::Membership],
            ChartId::Compare => &[ChartId::Compare],
            ChartId::CompareByYear => &[ChartId::CompareByYear],
        }
    }

    /// Whether the chart draws milestone markers on its time axis (`marks=off` hides them).
    pub fn has_markers(self) -> bool {
        matches!(
            self,
            ChartId::AgreementsOverTime | ChartId::MilestonesByYear
        )
    }

    /// The charts of the Charts view (the map has a view of its own).
    pub const CHARTS_VIEW: &'static [ChartId] = &[
        ChartId::Agreements,
        ChartId::AgreementsOverTime,
        ChartId::MilestonesByYear,
        ChartId::CountriesByRegion,
        ChartId::Membership,
    ];

    /// The Charts view's order on a phone: milestones per year (the timeline's
    /// own chart, 400 px high) fits the first screen of any phone, so it leads;
    /// the line chart of partner countries (about 650 px there) and the tall bar
    /// chart of every agreement (about 800) follow.
    pub const PHONE_ORDER: &'static [ChartId] = &[
        ChartId::MilestonesByYear,
        ChartId::AgreementsOverTime,
        ChartId::Agreements,
        ChartId::CountriesByRegion,
        ChartId::Membership,
    ];

    /// The Charts view's order at a viewport `width` in CSS px.
    pub fn view_order(width: u32) -> &'static [ChartId] {
        if width <= super::layout::NARROW {
            Self::PHONE_ORDER
        } else {
            Self::CHARTS_VIEW
        }
    }

    /// Every chart that has an address of its own (`chart=`, `embed=`,
    /// `present=`): the Charts view's and the map; not the country profile.
    pub const WITH_ADDRESS: &'static [ChartId] = &[
        ChartId::Agreements,
        ChartId::AgreementsOverTime,
        ChartId::MilestonesByYear,
        ChartId::CountriesByRegion,
        ChartId::Membership,
        ChartId::Map,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChartId::Agreements => "agreements",
            ChartId::AgreementsOverTime => "agreements-over-time",
            ChartId::MilestonesByYear => "milestones-by-year",
            ChartId::CountriesByRegion => "countries-by-region",
            ChartId::Map => "map",
            ChartId::Country => "country",
            ChartId::Membership => "membership",
            ChartId::Compare => "compare",
            ChartId::CompareByYear => "compare-by-year",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::WITH_ADDRESS.iter().copied().find(|c| c.as_str() == s)
    }
}

impl ChartId {
    /// The chart's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            ChartId::Agreements => agreements::title(lang),
            ChartId::AgreementsOverTime => over_time::title(lang),
            ChartId::MilestonesByYear => by_year::title(lang),
            ChartId::CountriesByRegion => by_region::title(lang),
            ChartId::Map => charts::MAP_TITLE.get(lang),
            ChartId::Country => country::title(lang),
            ChartId::Membership => matrix::title(lang),
            ChartId::Compare => lanes::title(lang),
            ChartId::CompareByYear => compare_years::title(lang),
        }
    }

    /// Whether the chart follows the timeline's filters.
    pub fn follows_filters(self) -> bool {
        matches!(
            self,
            ChartId::MilestonesByYear
                | ChartId::CountriesByRegion
                | ChartId::Map
                | ChartId::Country
                | ChartId::Membership
                | ChartId::Compare
                | ChartId::CompareByYear
        )
    }

    /// Whether the chart has addresses of its own: a link, an embed, a slide
    /// in presentation mode (every chart but the country profile and the comparison's).
    pub fn has_address(self) -> bool {
        !matches!(
            self,
            ChartId::Country | ChartId::Compare | ChartId::CompareByYear
        )
    }

    /// The chart's model, computed once from `input`: its picture, table,
    /// slide numbers and height are all derived from it (see [`Chart`]).
    /// This links every chart's code; a part that shows one chart takes
    /// its own constructor ([`Make`]) instead.
    pub fn model<'a>(self, input: &Input<'a>) -> Box<dyn Chart + 'a> {
        (self.make())(input)
    }

    /// The chart's constructor.
    pub fn make(self) -> Make {
        match self {
            ChartId::Agreements => agreements::make,
            ChartId::AgreementsOverTime => over_time::make,
            ChartId::MilestonesByYear => by_year::make,
            ChartId::CountriesByRegion => by_region::make,
            ChartId::Map => map::make,
            ChartId::Country => country::make,
            ChartId::Membership => matrix::make,
            ChartId::Compare => lanes::make,
            ChartId::CompareByYear => compare_years::make,
        }
    }

    /// The constructor of a chart drawn with the Charts view's own code
    /// (`None` for the others), so that the Charts view links only that:
    /// the membership matrix, in the view too, is a part of its own.
    pub fn of_charts_view(self) -> Option<Make> {
        match self {
            ChartId::Agreements => Some(agreements::make),
            ChartId::AgreementsOverTime => Some(over_time::make),
            ChartId::MilestonesByYear => Some(by_year::make),
            ChartId::CountriesByRegion => Some(by_region::make),
            ChartId::Membership
            | ChartId::Map
            | ChartId::Country
            | ChartId::Compare
            | ChartId::CompareByYear => None,
        }
    }

    /// The constructor of a chart with an address (`chart=`, `embed=`,
    /// `present=`) or the profile's: what presentation, embedding, print and
    /// the decks of the Charts view and the profile draw (not the comparison's).
    pub fn of_pages(self) -> Option<Make> {
        match self {
            ChartId::Map => Some(map::make),
            ChartId::Country => Some(country::make),
            ChartId::Membership => Some(matrix::make),
            ChartId::Compare | ChartId::CompareByYear => None,
            other => other.of_charts_view(),
        }
    }

    /// The constructor of a chart of the comparison (its lanes, its
    /// milestones per year, the matrix of its countries): what its deck draws.
    pub fn of_comparison(self) -> Option<Make> {
        match self {
            ChartId::Compare => Some(lanes::make),
            ChartId::CompareByYear => Some(compare_years::make),
            ChartId::Membership => Some(matrix::make),
            _ => None,
        }
    }
}

/// A chart's constructor: its model from an input, boxed. A view that shows
/// one chart (the map, a profile) is handed its chart's constructor, so that
/// its WebAssembly part carries that chart's code and not every chart's.
pub type Make = for<'a> fn(&Input<'a>) -> Box<dyn Chart + 'a>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::layout::chart_width;
    use crate::chart::Theme;
    use crate::testing::bundled;

    #[test]
    fn on_a_phone_the_first_chart_fits_the_first_screen_and_every_chart_is_shown_once() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        for &lang in Lang::ALL {
            let input = Input::new(&ds, &countries, &all, lang);
            for viewport in [320, 360, 390] {
                let first = ChartId::view_order(viewport)[0];
                let w = chart_width(viewport);
                // 180 px of header, filter summary, tabs and card above the chart.
                let h = first.model(&input).preferred_height(w, Theme::Light);
                assert!(h + 180 <= 640, "{first:?} at {viewport}px is {h} px high");
            }
        }
        for width in [320, 1280] {
            let mut order = ChartId::view_order(width).to_vec();
            order.sort_by_key(|c| c.as_str());
            let mut all = ChartId::CHARTS_VIEW.to_vec();
            all.sort_by_key(|c| c.as_str());
            assert_eq!(order, all);
        }
        assert_eq!(ChartId::view_order(1280), ChartId::CHARTS_VIEW);
    }
}
