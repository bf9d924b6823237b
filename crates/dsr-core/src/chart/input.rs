//! What every chart is drawn from (`Input`), and a chart's numbers as a table (`Table`).

use crate::countries::Countries;
use crate::filter::{self, Filters};
use crate::i18n::Lang;
use crate::map::World;
use crate::model::{Dataset, PartialDate};

/// What every chart is drawn from.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub ds: &'a Dataset,
    pub countries: &'a Countries,
    /// The filtered milestones (indices into `ds.milestones`).
    pub indices: &'a [usize],
    /// The filters that produced `indices`, for the subtitle.
    pub filters: Option<&'a Filters>,
    pub lang: Lang,
    /// The world geometry, for the map.
    pub world: Option<&'a World>,
    /// The map's agreement mode (`map=<agreement id>`); `None` shades milestones.
    pub map_agreement: Option<&'a str>,
    /// Whether the time charts draw their milestone markers (`marks=off` turns them off).
    pub marks: bool,
    /// The membership matrix's row order (`matrix=`).
    pub matrix: crate::membership::MatrixOrder,
}

impl<'a> Input<'a> {
    pub fn new(
        ds: &'a Dataset,
        countries: &'a Countries,
        indices: &'a [usize],
        lang: Lang,
    ) -> Self {
        Self {
            ds,
            countries,
            indices,
            filters: None,
            lang,
            world: None,
            map_agreement: None,
            marks: true,
            matrix: crate::membership::MatrixOrder::Joined,
        }
    }

    /// Names the filters behind `indices`, for the subtitle.
    pub fn with_filters(mut self, filters: &'a Filters) -> Self {
        self.filters = Some(filters);
        self
    }

    /// The `asof=` date, if the chart shows a past state.
    pub fn asof(&self) -> Option<PartialDate> {
        self.filters.and_then(|f| f.asof)
    }

    /// The active filters in words ("All milestones" when there are none).
    pub fn subtitle(&self) -> String {
        let none = Filters::default();
        filter::describe(self.filters.unwrap_or(&none), self.countries, self.lang)
    }
}

/// A chart's numbers as an HTML-ready table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}
