//! End-to-end tests in headless Chromium against the built `dist/`.
//!
//! They need a release build and chromedriver, so they are `#[ignore]`d in a
//! plain `cargo test`; `scripts/test.sh` builds `dist/` and runs them with
//! `cargo test --test e2e -- --ignored --test-threads=1`.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod clients;
mod harness;

mod backing;
mod charts;
mod cite;
mod compare;
mod data_tools;
mod defects;
mod export;
mod export_clients;
mod feeds;
mod first_view;
mod foundation;
mod map;
mod offline;
mod parts;
mod phone;
mod profile;
mod screens;
mod security;
mod slides;
mod time;
mod timeline;
mod whats_new;
mod workbook;
