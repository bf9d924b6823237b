//! The URL as the source of truth: the parsed query of the address bar, and a setter that adds to the history.

use dsr_core::query::{Notice, Query};
use leptos::prelude::*;

use crate::browser::history;

/// The parsed address and its notices, shared through context.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The query as parsed from the address (not yet checked against the data).
    pub parsed: Memo<(Query, Vec<Notice>)>,
    /// Navigates to a new query. `(query, replace)`: `replace` overwrites the
    /// current history entry instead of adding one.
    pub set: Callback<(Query, bool)>,
}

impl UrlState {
    /// Reads the address bar and follows it: back and forward, and same-page links. Call once.
    pub fn new() -> Self {
        let search = RwSignal::new(history::search());
        history::on_back_or_forward(move |s| search.set(s));
        let parsed = Memo::new(move |_| search.with(|s| Query::parse(s)));
        let set = Callback::new(move |(query, replace): (Query, bool)| {
            let qs = query.to_query_string();
            let href = if qs.is_empty() {
                history::path()
            } else {
                format!("?{qs}")
            };
            history::show(&href, replace);
            search.set(if qs.is_empty() {
                String::new()
            } else {
                format!("?{qs}")
            });
        });
        // A same-page link is a new query too: its parameters are parsed like the address bar's.
        history::follow_query_links(move |href| {
            let (q, _) = Query::parse(&href);
            set.run((q, false));
        });
        Self { parsed, set }
    }

    /// An address held in memory, for the build-time renderer and the native
    /// tests: it follows no address bar and adds to no history; `set`
    /// replaces it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn in_memory(search: &str) -> Self {
        let search = RwSignal::new(search.to_owned());
        let parsed = Memo::new(move |_| search.with(|s| Query::parse(s)));
        let set = Callback::new(move |(query, _replace): (Query, bool)| {
            let qs = query.to_query_string();
            search.set(if qs.is_empty() {
                String::new()
            } else {
                format!("?{qs}")
            });
        });
        Self { parsed, set }
    }

    /// The current query, untracked, for building the next one.
    pub fn current(&self) -> Query {
        self.parsed.with_untracked(|(q, _)| q.clone())
    }

    /// Applies `change` to the current query and navigates, adding a history entry.
    pub fn update(&self, change: impl FnOnce(&mut Query)) {
        let mut q = self.current();
        change(&mut q);
        self.set.run((q, false));
    }
}

/// The URL state from context.
pub fn use_url() -> UrlState {
    expect_context::<UrlState>()
}
