//! The views of the results (`view=`) and the slides of presentation mode (`present=`).

use crate::chart::ChartId;
use crate::model::token_enum;

token_enum! {
    /// Which view of the results is shown.
    #[derive(Default)]
    View {
        #[default]
        Timeline = "timeline",
        Charts = "charts",
        /// The world map.
        Map = "map",
        /// The filtered milestones and the agreement series as sortable tables, with downloads.
        Table = "table",
        /// Records with a note: conflicts and caveats.
        Conflicts = "conflicts",
        /// Methodology, coverage, citation and licence.
        About = "about",
        /// A report for paper: every chart, then the filtered milestones with sources.
        Print = "print",
    }
}

token_enum! {
    /// The timeline's order (`order=`).
    #[derive(Default)]
    Order {
        /// What is new first, like the feeds: the default.
        #[default]
        Newest = "newest",
        /// The story from its start.
        Oldest = "oldest",
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
    /// Every slide: the charts of the Charts view and the map, then the milestones.
    pub fn all() -> Vec<Slide> {
        let mut out: Vec<Slide> = ChartId::WITH_ADDRESS
            .iter()
            .map(|&c| Slide::Chart(c))
            .collect();
        out.push(Slide::Milestones);
        out
    }

    /// The URL token.
    pub fn as_str(self) -> &'static str {
        match self {
            Slide::Chart(c) => c.as_str(),
            Slide::Milestones => "milestones",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::all().into_iter().find(|slide| slide.as_str() == s)
    }

    /// The chart `delta` charts on (←/→), round the charts; from the
    /// milestones, forward goes to the first chart and back to the last.
    pub fn step_chart(self, delta: isize) -> Slide {
        let all = ChartId::WITH_ADDRESS;
        let n = all.len() as isize;
        let now = match self {
            Slide::Chart(c) => all.iter().position(|&x| x == c).unwrap_or(0) as isize,
            Slide::Milestones if delta > 0 => -1,
            Slide::Milestones => n,
        };
        let next = (now + delta).rem_euclid(n.max(1)) as usize;
        all.get(next)
            .map_or(Slide::Milestones, |&c| Slide::Chart(c))
    }
}

/// The position `delta` steps on from `now` (↑/↓) in a list of `len`
/// milestones, stopping at its ends; from no position, the first. `None` for an empty list.
pub fn step_position(len: usize, now: Option<usize>, delta: isize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let now = now.map_or(-1, |p| p as isize);
    Some((now + delta).clamp(0, len as isize - 1) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slides_step_round_the_charts_and_along_the_milestones() {
        let first = Slide::Chart(ChartId::WITH_ADDRESS[0]);
        let last = Slide::Chart(ChartId::Map);
        assert_eq!(Slide::parse("map"), Some(last));
        assert_eq!(last.step_chart(1), first);
        assert_eq!(first.step_chart(-1), last);
        assert_eq!(Slide::Milestones.step_chart(1), first);
        assert_eq!(Slide::Milestones.step_chart(-1), last);
        assert_eq!(step_position(0, None, 1), None);
        assert_eq!(step_position(3, None, 1), Some(0));
        assert_eq!(step_position(3, Some(2), 1), Some(2));
        assert_eq!(step_position(3, Some(0), -1), Some(0));
        assert_eq!(step_position(3, Some(1), 1), Some(2));
    }
}
