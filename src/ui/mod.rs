//! The browser shell: Leptos components that read the URL, load the data and draw the views.
//!
//! Only this module and `main.rs` use `leptos`, `web_sys` or `gloo`. State
//! lives in the URL; components derive everything else with `Memo`s.

mod about_view;
mod app;
mod chart_card;
mod charts_view;
mod conflicts_view;
mod country_picker;
mod dashboard;
mod dataset_picker;
mod dom;
mod embed_view;
mod error_panel;
mod export;
mod export_menu;
mod filter_panel;
mod header;
mod loader;
mod map_view;
mod milestone_card;
mod notice_bar;
mod panic_panel;
mod presentation;
mod print_view;
mod table_view;
mod timeline;
mod url;
mod view_tabs;
mod world;
mod year_strip;

pub use app::App;

/// Installs the panic handler and mounts the app on `<body>`.
pub fn start() {
    panic_panel::install();
    leptos::mount::mount_to_body(App);
}
