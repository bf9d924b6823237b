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
        let Some(run) = self.started.try_update_untracked(|n| {
            *n += 1;
            *n
        }) else {
            return;
        };
        spawn_local(async move {
            let value = fetch.await;
            if self.started.try_get_untracked() == Some(run) {
                self.value.try_set(Some(value));
            }
        });
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
