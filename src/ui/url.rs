//! The URL as the source of truth: a `Memo<Query>` read from the address, and a setter that navigates.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::query::{Notice, Query};

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
    /// Builds the state from the router. Call once, inside `<Router>`.
    pub fn new() -> Self {
        let location = use_location();
        let search = location.search;
        let pathname = location.pathname;
        let parsed = Memo::new(move |_| search.with(|s| Query::parse(s)));
        let navigate = use_navigate();
        let set = Callback::new(move |(query, replace): (Query, bool)| {
            let qs = query.to_query_string();
            let path = pathname.get_untracked();
            let href = if qs.is_empty() {
                path
            } else {
                format!("{path}?{qs}")
            };
            navigate(
                &href,
                NavigateOptions {
                    resolve: false,
                    replace,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            );
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
    use_context::<UrlState>().unwrap_or_else(|| {
        leptos::logging::error!("UrlState is missing from context; building one");
        UrlState::new()
    })
}
