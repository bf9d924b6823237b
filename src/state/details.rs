//! `SourceDetailsLoader`: the bundled dataset whole, with its milestones' source titles and addresses and their texts in the other language, fetched once the timeline responds.
//!
//! The timeline needs only the bundle; a card's source links and titles and
//! every other view need the whole dataset. `LoadedPage` creates the loader
//! (so that drawing the dashboard again keeps it); the dashboard asks for the
//! details after its first render, and `LoadedPage` as soon as the reader
//! chooses the language still to come; a lazy part waits for them as it
//! waits for its code. A dataset read whole (a reader's own, or
//! the build-time render) needs nothing more.

use std::sync::Arc;

use dsr_core::model::Dataset;
use leptos::prelude::*;

use crate::browser::fetch::{load_source_details, Data, LoadError};

/// The whole dataset, once here.
#[derive(Clone, Copy)]
pub struct SourceDetailsLoader {
    wanted: RwSignal<u32>,
    resource: LocalResource<Option<Result<Arc<Dataset>, LoadError>>>,
}

impl SourceDetailsLoader {
    /// For `data`: whole at once when it needs no details.
    pub fn new(data: &Data) -> Self {
        let wanted = RwSignal::new(0_u32);
        let ds = data.ds.clone();
        let details_of = data.details_of;
        let resource = LocalResource::new(move || {
            let tries = wanted.get();
            let ds = ds.clone();
            async move {
                match details_of {
                    None => Some(Ok(ds)),
                    Some(_) if tries == 0 => None,
                    Some(pending) => Some(load_source_details(&ds, pending).await.map(Arc::new)),
                }
            }
        });
        Self { wanted, resource }
    }

    /// Starts the download, or starts it again after a failure. Call it from
    /// an effect or an event, not from a memo.
    pub fn request(&self) {
        let failed = matches!(self.resource.get_untracked().flatten(), Some(Err(_)));
        if self.wanted.get_untracked() == 0 || failed {
            self.wanted.update(|n| *n += 1);
        }
    }

    /// The whole dataset (`Some(Ok)`), the error that stopped it, or `None`
    /// while it loads.
    pub fn get(&self) -> Option<Result<Arc<Dataset>, LoadError>> {
        self.resource.get().flatten()
    }

    /// The whole dataset, if it is here.
    pub fn whole(&self) -> Option<Arc<Dataset>> {
        self.get().and_then(Result::ok)
    }
}

/// The loader from context (provided by the dashboard).
pub fn use_source_details() -> SourceDetailsLoader {
    expect_context::<SourceDetailsLoader>()
}
