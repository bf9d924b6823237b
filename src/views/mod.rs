//! The views behind the tabs and the modes: map, table, conflicts, about, print, presentation, the embedded chart, the country profile above the timeline, and About's tracker template.

pub mod about_view;
pub mod conflicts_view;
pub mod country_comparison;
pub mod country_profile;
pub mod embed_view;
pub mod map_view;
pub mod presentation;
pub mod print_view;
pub mod table_view;
pub mod tracker_template;
