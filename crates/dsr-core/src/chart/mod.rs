//! Charts as pure functions: data, theme and size in, a self-contained SVG string out.
//!
//! Each chart lives in its own module and draws with plotters' SVG backend.
//! This module holds what they share: themes and the colour-blind-safe
//! palette, the frame (title, subtitle, source line and dataset date drawn
//! inside the SVG), and the overlay of interactive marks. plotters draws the
//! picture; on the page, the overlay adds on top of each mark an invisible
//! shape with a `<title>` (tooltip and accessible name), keyboard focus and
//! `data-*` attributes that the UI turns into filters. An exported chart is a
//! document without the overlay ([`Drawing::document`]).

mod canvas;
mod error;
mod frame;
mod id;
mod input;
mod model;
mod numbers;
mod overlay;
mod size;
mod text;
mod theme;
mod years;

pub mod agreements;
pub mod by_region;
pub mod by_year;
pub mod compare_years;
pub mod country;
pub mod export;
pub mod lanes;
pub mod layout;
pub mod map;
pub mod markers;
pub mod matrix;
pub mod over_time;
pub mod year_strip;

pub use crate::order::sort_small;
pub use canvas::{nice_ticks, Anchor, Canvas};
pub use error::ChartError;
pub use frame::{render_framed, Frame};
pub use id::{ChartId, Make};
pub use input::{Input, Table};
pub use model::Chart;
pub use numbers::{NumberSeries, Numbers, NumbersKind};
pub use overlay::{Action, Drawing, Mark, MarkShape};
pub use size::Size;
pub use text::{escape_xml, text_width, wrap, wrap_at_most, FONT_STACK};
pub use theme::{category_color, hex, Palette, Theme, DARK, LIGHT};
pub use years::{label_step, partial_through, year_end, year_label};
