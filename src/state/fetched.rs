//! `Fetched`: a value fetched in the background into a signal, for the data loaders (the dataset, its details, the map geometry): lighter in the main module than Leptos' `LocalResource`, whose async machinery each type would bring again.
//!
//! It keeps its last value while a new fetch is on its way, as a resource
//! does, and a fetch started later wins over one still on its way (a retry,
//! another `data=` address).

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// The value of the latest fetch that has ended, if any.
pub struct Fetched<T: 'static> {
    value: RwSignal<Option<T>>,
    /// How many fetches were started; a fetch writes only if it is the latest.
    started: RwSignal<u32>,
}

impl<T: 'static> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Fetched<T> {}

impl<T: Clone + Send + Sync + 'static> Fetched<T> {
    /// Nothing fetched yet.
    pub fn new() -> Self {
        Self {
            value: RwSignal::new(None),
            started: RwSignal::new(0),
        }
    }

    /// Already here, without a fetch.
    pub fn ready(value: T) -> Self {
        Self {
            value: RwSignal::new(Some(value)),
            started: RwSignal::new(0),
        }
    }

    /// Starts `fetch`; its value replaces the current one when it ends,
    /// unless another fetch was started meanwhile or the owner is gone.
    pub fn start(self, fetch: impl Future<Output = T> + 'static) {
        let Some(run) = self.begin() else { return };
        spawn_local(async move {
            let value = fetch.await;
            if self.is_latest(run) {
                self.value.try_set(Some(value));
            }
        });
    }

    /// A fetch begins: its number, or `None` if the owner is gone.
    fn begin(self) -> Option<u32> {
        self.started.try_update_untracked(|n| {
            *n += 1;
            *n
        })
    }

    /// Whether no fetch began after fetch `run` (and the owner is still here).
    fn is_latest(self, run: u32) -> bool {
        self.started.try_get_untracked() == Some(run)
    }

    /// Whether a fetch was ever started.
    pub fn was_started(self) -> bool {
        self.started.try_get_untracked().is_some_and(|n| n > 0)
    }

    /// The value, tracked.
    pub fn get(self) -> Option<T> {
        self.value.get()
    }

    /// The value, untracked.
    pub fn get_untracked(self) -> Option<T> {
        self.value.get_untracked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `start`'s task does when its fetch ends.
    fn end<T: Clone + Send + Sync + 'static>(f: Fetched<T>, run: u32, value: T) {
        if f.is_latest(run) {
            f.value.try_set(Some(value));
        }
    }

    #[test]
    fn the_latest_fetch_wins_and_the_last_value_stays_meanwhile() {
        let owner = Owner::new();
        owner.with(|| {
            let f = Fetched::<&str>::new();
            assert!(!f.was_started());
            assert_eq!(f.get_untracked(), None);
            let first = f.begin().unwrap();
            end(f, first, "first");
            assert!(f.was_started());
            assert_eq!(f.get_untracked(), Some("first"));
            // A retry and another address, the retry ending last.
            let retry = f.begin().unwrap();
            let other = f.begin().unwrap();
            assert_eq!(f.get_untracked(), Some("first"), "kept while loading");
            assert!(!f.is_latest(retry));
            assert!(f.is_latest(other));
            end(f, other, "other");
            end(f, retry, "retry");
            assert_eq!(f.get_untracked(), Some("other"));
            assert_eq!(Fetched::ready("here").get_untracked(), Some("here"));
        });
    }

    #[test]
    fn a_fetch_ending_after_its_owner_is_gone_is_not_the_latest() {
        let owner = Owner::new();
        let (f, run) = owner.with(|| {
            let f = Fetched::<u8>::new();
            (f, f.begin().unwrap())
        });
        drop(owner);
        assert!(!f.is_latest(run));
        assert!(!f.was_started());
    }
}
