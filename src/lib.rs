//! DSR Tracker's browser shell: Leptos components that read the URL, load the data and draw the views.
//!
//! Everything that is not the browser lives in the `dsr-core` crate
//! (`crates/dsr-core`), which cannot depend on `leptos`, `web_sys` or `gloo`.
//! Here, state lives in the URL and everything else is derived (`state`);
//! browser I/O sits in `browser`; the components are in feature folders, and
//! only [`parts`] imports the views, each behind a split point. See `ARCHITECTURE.md`.

// Rendering the view tree to HTML natively nests deeply.
#![recursion_limit = "512"]

mod app;
mod browser;
mod charts;
mod chrome;
mod cite;
mod dashboard;
mod filters;
mod parts;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod state;
mod timeline;
mod views;
mod widgets;

pub use app::App;

/// Installs the panic handler and mounts the app in `#app` (hidden until it
/// is ready to take over from the first view), or on `<body>`.
pub fn start() {
    browser::panic::install();
    match browser::dom::by_id("app") {
        Some(container) => leptos::mount::mount_to(container, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
