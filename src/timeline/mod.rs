//! The timeline: the year strip above it, the paged list grouped by year, and one card per milestone.

pub mod correction_link;
pub mod milestone_card;
#[allow(clippy::module_inception)]
pub mod timeline;
pub mod whats_new_bar;
pub mod year_strip;
