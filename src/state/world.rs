//! The map geometry, fetched on first use and shared by every map on the page.

use std::sync::Arc;

use leptos::prelude::*;

use dsr_core::map::World;

use crate::browser::fetch::{load_world, LoadError};

/// The world geometry: `None` until something asks for it.
#[derive(Clone, Copy)]
pub struct WorldLoader {
    wanted: RwSignal<bool>,
    resource: LocalResource<Option<Result<Arc<World>, LoadError>>>,
}

impl WorldLoader {
    /// Created once, by the dashboard; fetches nothing until [`WorldLoader::get`] is called.
    pub fn new() -> Self {
        let wanted = RwSignal::new(false);
        let resource = LocalResource::new(move || {
            let want = wanted.get();
            async move {
                if want {
                    Some(load_world().await)
                } else {
                    None
                }
            }
        });
        Self { wanted, resource }
    }

    /// Starts the download, once. Call it when a component that shows the
    /// map is created (not from a memo).
    pub fn request(&self) {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
    }

    /// The geometry once loaded (`Some(Ok)`), its error, or `None` while it
    /// loads or before [`WorldLoader::request`].
    pub fn get(&self) -> Option<Result<Arc<World>, LoadError>> {
        self.resource.get().flatten()
    }
}

/// The loader from context.
pub fn use_world() -> WorldLoader {
    expect_context::<WorldLoader>()
}
