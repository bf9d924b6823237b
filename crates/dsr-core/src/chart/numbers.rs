//! `Numbers`: a chart's values as a native slide chart needs them: its kind, categories, series and colours.

use plotters::style::RGBColor;

/// How a native chart draws its series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumbersKind {
    /// Horizontal bars, the first category on top.
    Bars,
    /// Columns, the series stacked.
    StackedColumns,
    /// Columns, the series side by side (countries compared year by year).
    Columns,
    /// One line per series, with markers; a missing value is a gap.
    Lines,
}

/// One series: its name, a value per category (`None` where it has none),
/// its colour, and a colour per point when the points differ.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberSeries {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub color: RGBColor,
    pub point_colors: Vec<RGBColor>,
}

/// A chart's values, for a native chart with its workbook.
#[derive(Clone, Debug, PartialEq)]
pub struct Numbers {
    pub kind: NumbersKind,
    /// The name of the category column ("Year", "Agreement").
    pub category_head: String,
    pub categories: Vec<String>,
    pub series: Vec<NumberSeries>,
    /// The meaning of the points' colours, where they differ by kind.
    pub key: Vec<(String, RGBColor)>,
    /// Caveats the picture marks (disputed figures), for the notes and the alt text.
    pub caveats: Vec<String>,
}

impl Numbers {
    /// Whether there is nothing to draw (everything filtered out).
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
            || self
                .series
                .iter()
                .all(|s| s.values.iter().all(|v| v.is_none_or(|v| v == 0.0)))
    }
}
