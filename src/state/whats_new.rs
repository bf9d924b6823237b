//! What is new since the reader's last visit: the dataset version seen then (read once; the current one is remembered), the list of changes (fetched once, by the first of About or the what's-new bar to need it, both lazy chunks), and what is derived from them: the marks and what `new=` keeps.

use std::sync::Arc;

use dsr_core::model::{Changes, Dataset};
use dsr_core::whats_new::added_since;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{fetch, storage};

/// Record ids, sorted (for `binary_search`).
pub type Added = Arc<Vec<String>>;

/// The list of changes: `None` until fetched; `Some(None)` when this dataset
/// has none (a reader's own dataset).
pub type Loaded = Option<Option<Arc<Changes>>>;

/// The reader's last visit and what is new since.
#[derive(Clone, Copy)]
pub struct WhatsNew {
    /// The version seen on the last visit, when it differs from this one;
    /// `None` on a first visit, when nothing changed, or once forgotten.
    pub previous: RwSignal<Option<String>>,
    /// The list of changes, once [`WhatsNew::load`] has fetched it.
    pub changes: RwSignal<Loaded>,
    requested: RwSignal<bool>,
    /// The milestones added since `previous`, once the list of changes is in.
    pub marked: Memo<Option<Added>>,
}

impl WhatsNew {
    /// Created once per dataset, by `LoadedPage`: reads the version seen last time and
    /// remembers this one. Fetches nothing.
    pub fn new(ds: &Arc<Dataset>) -> Self {
        let current = ds.meta.version.clone();
        let seen = storage::seen_version();
        storage::remember(&current);
        let previous = RwSignal::new(seen.filter(|v| *v != current));
        let changes: RwSignal<Loaded> = RwSignal::new(None);
        let marked = Memo::new(move |_| {
            let since = previous.get()?;
            changes.with(|c| {
                c.clone()
                    .flatten()
                    .map(|c| Arc::new(added_since(&c, &since).unwrap_or_default()))
            })
        });
        Self {
            previous,
            changes,
            requested: RwSignal::new(false),
            marked,
        }
    }

    /// Fetches the list of changes, once, for whoever asks first.
    pub fn load(&self, ds: &Arc<Dataset>) {
        if self.requested.get_untracked() {
            return;
        }
        self.requested.set(true);
        let (ds, changes) = (ds.clone(), self.changes);
        spawn_local(async move {
            changes.set(Some(fetch::load_changes(&ds).await.ok().map(Arc::new)));
        });
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
    }
}

/// The last visit, from context.
pub fn use_whats_new() -> WhatsNew {
    expect_context::<WhatsNew>()
}
