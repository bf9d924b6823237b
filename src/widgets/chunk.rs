//! `Chunk`: a function that lives in a WebAssembly chunk of its own (a menu's body, the scrubber, the error words), fetched once on demand, with its state as a signal: not yet, here, or missing (fetched again on the next demand).

use std::future::Future;

use dsr_core::i18n::{app, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::split::CodeMissing;

/// What became of a fetch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State<T> {
    Idle,
    Fetching,
    Here(T),
    Missing,
}

/// The code of a chunk (a function pointer, or anything `Copy`), fetched
/// by `fetch` and read reactively by `get` and `missing`.
pub struct Chunk<T: 'static> {
    state: RwSignal<State<T>>,
}

impl<T: 'static> Clone for Chunk<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Chunk<T> {}

impl<T: Copy + Send + Sync + 'static> Chunk<T> {
    /// Nothing fetched yet.
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(State::Idle),
        }
    }

    /// Fetches the chunk unless it is here or on its way; after a failure,
    /// tries again. The owner may be gone when the fetch ends: then nothing
    /// is written.
    pub fn fetch<F, Fut>(self, loader: F)
    where
        F: FnOnce() -> Fut + 'static,
        Fut: Future<Output = Result<T, CodeMissing>> + 'static,
    {
        let busy = self
            .state
            .try_with_untracked(|s| matches!(s, State::Fetching | State::Here(_)))
            .unwrap_or(true);
        if busy {
            return;
        }
        self.state.set(State::Fetching);
        let state = self.state;
        spawn_local(async move {
            let next = match loader().await {
                Ok(code) => State::Here(code),
                Err(CodeMissing) => State::Missing,
            };
            state.try_set(next);
        });
    }

    /// The code, once here (tracked).
    pub fn get(self) -> Option<T> {
        match self.state.get() {
            State::Here(code) => Some(code),
            _ => None,
        }
    }

    /// Whether the last fetch failed (tracked).
    pub fn missing(self) -> bool {
        self.state.with(|s| matches!(s, State::Missing))
    }
}

impl<T: Copy + Send + Sync + 'static> Default for Chunk<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The line shown where a chunk's view would be when its code could not
/// be fetched: a status, with the class of the place it stands in.
pub fn missing_note(class: &'static str, lang: Lang, testid: Option<&'static str>) -> AnyView {
    view! {
        <p class=class role="status" data-testid=testid>
            {app::PART_FAILED.get(lang)}
        </p>
    }
    .into_any()
}
