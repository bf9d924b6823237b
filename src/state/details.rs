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

use super::Fetched;
use crate::browser::fetch::{load_source_details, Data, LoadError, Pending};

/// The whole dataset, once here.
#[derive(Clone, Copy)]
pub struct SourceDetailsLoader {
    /// What the bundle still lacks; `None` for a dataset read whole.
    pending: Option<Pending>,
    /// The dataset as read, which the details complete.
    ds: StoredValue<Arc<Dataset>>,
    fetched: Fetched<Result<Arc<Dataset>, LoadError>>,
}

impl SourceDetailsLoader {
    /// For `data`: whole at once when it needs no details.
    pub fn new(data: &Data) -> Self {
        let fetched = match data.details_of {
            None => Fetched::ready(Ok(data.ds.clone())),
            Some(_) => Fetched::new(),
        };
        Self {
            pending: data.details_of,
            ds: StoredValue::new(data.ds.clone()),
            fetched,
        }
    }

    /// Starts the download, or starts it again after a failure. Call it from
    /// an effect or an event, not from a memo.
    pub fn request(&self) {
        let Some(pending) = self.pending else { return };
        let failed = matches!(self.fetched.get_untracked(), Some(Err(_)));
        if self.fetched.was_started() && !failed {
            return;
        }
        let Some(ds) = self.ds.try_get_value() else {
            return;
        };
        self.fetched
            .start(async move { load_source_details(&ds, pending).await.map(Arc::new) });
    }

    /// The whole dataset (`Some(Ok)`), the error that stopped it, or `None`
    /// while it loads.
    pub fn get(&self) -> Option<Result<Arc<Dataset>, LoadError>> {
        self.fetched.get()
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
