//! End-to-end tests in headless Chromium against the built `dist/`.
//!
//! They need a release build and chromedriver, so they are `#[ignore]`d in a
//! plain `cargo test`; `scripts/test.sh` builds `dist/` and runs them with
//! `cargo test --test e2e -- --ignored --test-threads=1`.

mod harness;

mod charts;
mod data_tools;
mod export;
mod foundation;
mod map;
mod security;
mod timeline;
