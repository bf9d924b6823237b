//! What is new since the reader's last visit: the dataset version seen then (read once; the current one is remembered), and the milestones added since, filled in by the what's-new part (`timeline::whats_new_bar`, a lazy chunk) when it has fetched the list of changes.

use std::sync::Arc;

use dsr_core::model::Dataset;
use leptos::prelude::*;

use crate::browser::storage;

/// Record ids, sorted (for `binary_search`).
pub type Added = Arc<Vec<String>>;

/// The reader's last visit and what is new since.
#[derive(Clone, Copy)]
pub struct WhatsNew {
    /// The version seen on the last visit, when it differs from this one;
    /// `None` on a first visit, when nothing changed, or once forgotten.
    pub previous: RwSignal<Option<String>>,
    /// The milestones added since `previous`, once the list of changes is in.
    pub marked: RwSignal<Option<Added>>,
    /// For `new=`: the version, and what was added since it, once known.
    pub since: RwSignal<Option<(String, Added)>>,
}

impl WhatsNew {
    /// Created once, by the dashboard: reads the version seen last time and
    /// remembers this one.
    pub fn new(ds: &Arc<Dataset>) -> Self {
        let current = ds.meta.version.clone();
        let seen = storage::seen_version();
        storage::remember(&current);
        Self {
            previous: RwSignal::new(seen.filter(|v| *v != current)),
            marked: RwSignal::new(None),
            since: RwSignal::new(None),
        }
    }

    /// Whether `id` is marked new.
    pub fn is_marked(&self, id: &str) -> bool {
        self.marked.with(|m| {
            m.as_ref()
                .is_some_and(|m| m.binary_search_by(|x| x.as_str().cmp(id)).is_ok())
        })
    }

    /// Forgets the last visit: nothing is marked, and the stored version is removed.
    pub fn forget(&self) {
        storage::forget();
        self.previous.set(None);
        self.marked.set(None);
    }
}

/// The last visit, from context.
pub fn use_whats_new() -> WhatsNew {
    expect_context::<WhatsNew>()
}
