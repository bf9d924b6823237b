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

#[cfg(test)]
mod tests {
    use futures::channel::oneshot;

    use super::*;
    use crate::browser::native::{held, install_executor};

    /// A fetch that ends when `send` is called, with what was sent.
    fn pending() -> (
        oneshot::Sender<&'static str>,
        impl Future<Output = &'static str>,
    ) {
        let (send, receive) = oneshot::channel();
        (send, async move { receive.await.unwrap_or("cancelled") })
    }

    #[test]
    fn the_latest_fetch_wins_and_the_last_value_stays_meanwhile() {
        install_executor();
        held::hold();
        let owner = Owner::new();
        owner.with(|| {
            let f = Fetched::<&str>::new();
            assert!(!f.was_started());
            let (first, fetch) = pending();
            f.start(fetch);
            assert!(f.was_started());
            held::poll();
            assert_eq!(f.get_untracked(), None, "nothing before the fetch ends");
            first.send("first").unwrap();
            held::poll();
            assert_eq!(f.get_untracked(), Some("first"));
            // A retry and another address, the retry ending last.
            let (retry, fetch) = pending();
            f.start(fetch);
            let (other, fetch) = pending();
            f.start(fetch);
            held::poll();
            assert_eq!(f.get_untracked(), Some("first"), "kept while loading");
            other.send("other").unwrap();
            held::poll();
            retry.send("retry").unwrap();
            held::poll();
            assert_eq!(f.get_untracked(), Some("other"));
            assert_eq!(Fetched::ready("here").get_untracked(), Some("here"));
        });
    }

    #[test]
    fn a_fetch_ending_after_its_owner_is_gone_writes_nothing() {
        install_executor();
        held::hold();
        let owner = Owner::new();
        let (f, done) = owner.with(|| {
            let f = Fetched::<&str>::new();
            let (done, fetch) = pending();
            f.start(fetch);
            (f, done)
        });
        drop(owner);
        done.send("late").unwrap();
        held::poll();
        assert_eq!(f.value.try_get_untracked(), None);
        f.start(async { "after" });
        held::poll();
        assert!(!f.was_started(), "no fetch starts without an owner");
    }
}
