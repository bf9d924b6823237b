//! The filter controls: search, years, categories, region, countries and confidence, all written to the URL.

pub mod country_picker;
pub mod filter_panel;
