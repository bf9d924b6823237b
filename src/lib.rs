//! DSR Tracker's browser shell: Leptos components that read the URL, load the data and draw the views.
//!
//! Everything that is not the browser lives in the `dsr-core` crate
//! (`crates/dsr-core`), which cannot depend on `leptos`, `web_sys` or `gloo`.
//! Here, state lives in the URL and everything else is derived (`state`);
//! browser I/O sits in `browser`; the components are in feature folders, and
//! only [`dashboard`] imports the views. See `ARCHITECTURE.md`.

mod app;
mod browser;
mod charts;
mod chrome;
mod dashboard;
mod filters;
mod state;
mod timeline;
mod views;

pub use app::App;

/// Installs the panic handler and mounts the app on `<body>`.
pub fn start() {
    browser::panic::install();
    leptos::mount::mount_to_body(App);
}
