//! The pure core of DSR Tracker: model, validation, filtering, aggregation, URL state, charts and downloads.
//!
//! Data flows one way: [`validate`] → [`filter`] → [`aggregate`] → [`chart`].
//! This crate cannot depend on `leptos`, `web-sys`, `js-sys`, `wasm-bindgen`
//! or `gloo` (its `Cargo.toml` names none of them, and `cargo tree` checks),
//! so all of it runs and is tested natively; see `ARCHITECTURE.md`.

// The catalogue macro recurses once per entry.
#![recursion_limit = "1024"]

pub mod aggregate;
pub mod bundle;
pub mod chart;
pub mod cite;
pub mod compare;
pub mod countries;
pub mod deck;
pub mod download;
pub mod error;
pub mod feed;
pub mod filter;
pub mod fold;
pub mod i18n;
pub mod json;
pub mod limits;
pub mod map;
pub mod membership;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod offline;
pub mod order;
pub mod profile;
pub mod query;
pub mod release;
pub mod sources;
pub mod synth;
pub mod table;
pub mod validate;
pub mod whats_new;
pub mod workbook;
pub mod xml;

#[cfg(test)]
pub(crate) mod testing;
