//! `Chart`: a chart's model, computed once from its input, from which its picture, table, slide numbers and height are all derived (one impl per chart, as ripgrep gives each flag one `impl Flag`).

use super::{ChartError, Drawing, Numbers, Size, Table, Theme};

/// One chart's model. [`super::ChartId::model`] computes it once from an
/// [`super::Input`]; every view of the chart (the page's picture, an exported
/// document, its table, a slide's numbers, the height it wants) is derived
/// from it, so a chart's data is computed once per draw, not once per view.
pub trait Chart {
    /// Draws the chart.
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError>;

    /// The chart's numbers as a table.
    fn table(&self) -> Table;

    /// The chart's values for a native slide chart; `None` for a chart that
    /// goes into a deck as a picture only (the map).
    fn numbers(&self, theme: Theme) -> Option<Numbers>;

    /// The line under its title on a slide, for a chart that does not
    /// follow the filters (its unit and date; the rows the matrix shows);
    /// `None`, the filters in words.
    fn own_subtitle(&self) -> Option<String> {
        None
    }

    /// Whether the chart grows into a frame taller than it needs (its bars
    /// and lines scale); the matrix's rows keep their height, so an embed or
    /// a slide gives it the height it asks for rather than a blank below it.
    fn fills_height(&self) -> bool {
        true
    }

    /// Whether a slide shows the chart's table as a native table (a chart
    /// whose values are not a series: the lanes, the membership matrix).
    fn slide_table(&self) -> bool {
        false
    }

    /// The height that suits the chart at `width`.
    fn preferred_height(&self, width: u32, theme: Theme) -> u32;

    /// Whether the chart can be drawn now: the map waits for its geometry,
    /// which is loaded on first use (until then a view shows its loading
    /// line rather than failing to draw); the country profile needs exactly
    /// one country chosen.
    fn ready(&self) -> bool {
        true
    }
}

// Written once for every chart (not in each chart's vtable).
impl dyn Chart + '_ {
    /// Draws the chart for the page, with its overlay of interactive marks.
    pub fn render(&self, theme: Theme, size: Size) -> Result<String, ChartError> {
        self.draw(theme, size).map(|d| d.screen())
    }

    /// Draws the chart as a document to leave the browser: a downloaded SVG,
    /// a PNG's picture, a slide's picture (no overlay; see [`Drawing::document`]).
    pub fn document(&self, theme: Theme, size: Size) -> Result<String, ChartError> {
        self.draw(theme, size).map(|d| d.document())
    }
}
