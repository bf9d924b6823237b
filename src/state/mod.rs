//! The shell's state: the URL (the source of truth), what is derived from it and the data, and the data loaded on demand.
//!
//! Views import this module; none imports the dashboard.

mod derived;
mod details;
mod fetched;
mod page;
mod url;
mod user_data;
mod whats_new;
mod world;

pub use crate::browser::fetch::Data;
pub use derived::Derived;
pub use details::{use_source_details, SourceDetailsLoader};
pub use fetched::Fetched;
pub use page::Page;
pub use url::{use_url, UrlState};
pub use user_data::{use_user_data, UserData};
pub use whats_new::{use_whats_new, WhatsNew};
pub use world::{use_world, WorldLoader};

#[cfg(test)]
mod tests;
