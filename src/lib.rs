//! DSR Tracker: a static dashboard that follows China's Digital Silk Road over time.
//!
//! Data flows one way: fetch → [`validate`] → [`filter`] → [`aggregate`] →
//! [`chart`] → [`ui`]. Everything except `ui` is a pure, synchronous core
//! that names no `leptos`, `web_sys` or `gloo` and is tested natively; see
//! `ARCHITECTURE.md`.

pub mod aggregate;
pub mod chart;
pub mod countries;
pub mod download;
pub mod filter;
pub mod i18n;
pub mod map;
pub mod model;
pub mod query;
pub mod synth;
pub mod table;
pub mod validate;

pub mod ui;

pub use ui::start;
