//! Charts as pure functions: data, theme and size in, a self-contained SVG string out.
//!
//! Each chart lives in its own module and draws with plotters' SVG backend.
//! This module holds what they share: themes and the colour-blind-safe
//! palette, the frame (title, subtitle, source line and dataset date drawn
//! inside the SVG), and the overlay of interactive marks. plotters draws the
//! picture; the overlay adds, on top of each mark, a transparent shape with a
//! `<title>` (tooltip and accessible name), keyboard focus and `data-*`
//! attributes that the UI turns into filters.

mod canvas;
mod error;
mod frame;
mod id;
mod input;
mod overlay;
mod size;
mod text;
mod theme;

pub mod agreements;
pub mod by_region;
pub mod by_year;
pub mod export;
pub mod layout;
pub mod map;
pub mod over_time;
pub mod year_strip;

pub use canvas::{nice_ticks, Anchor, Canvas};
pub use error::ChartError;
pub use frame::{render_framed, Frame};
pub use id::ChartId;
pub use input::{Input, Table};
pub(crate) use overlay::finish_svg;
pub use overlay::{Action, Mark, MarkShape};
pub use size::Size;
pub use text::{escape_xml, text_width, wrap, FONT_STACK};
pub use theme::{category_color, hex, Palette, Theme, DARK, LIGHT};
