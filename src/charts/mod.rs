//! The Charts view: one card per chart with its table, tooltips, click-to-filter and export menu.

pub mod chart_card;
pub mod charts_view;
pub mod data_table;
pub mod deck_button;
pub mod export_menu;
pub mod matrix_card;
pub mod time_scrubber;
