//! The map geometry, fetched on first use and shared by every map on the page.

use std::sync::Arc;

use leptos::prelude::*;

use dsr_core::map::World;

use super::Fetched;
use crate::browser::fetch::{load_world, LoadError};

/// The world geometry: `None` until something asks for it.
#[derive(Clone, Copy)]
pub struct WorldLoader {
    fetched: Fetched<Result<Arc<World>, LoadError>>,
}

impl WorldLoader {
    /// Created once, by the dashboard; fetches nothing until [`WorldLoader::request`] is called.
    pub fn new() -> Self {
        Self {
            fetched: Fetched::new(),
        }
    }

    /// Starts the download, once. Call it when a component that shows the
    /// map is created (not from a memo).
    pub fn request(&self) {
        if !self.fetched.was_started() {
            self.fetched.start(load_world());
        }
    }

    /// The geometry once loaded (`Some(Ok)`), its error, or `None` while it
    /// loads or before [`WorldLoader::request`].
    pub fn get(&self) -> Option<Result<Arc<World>, LoadError>> {
        self.fetched.get()
    }
}

/// The loader from context.
pub fn use_world() -> WorldLoader {
    expect_context::<WorldLoader>()
}
