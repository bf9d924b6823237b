//! `Derived`: what the dashboard shows, derived from the URL and the data: the checked query, the filtered milestones, language, theme and viewport.

use std::sync::Arc;

use dsr_core::chart::{Input, Theme};
use dsr_core::countries::Countries;
use dsr_core::i18n::Lang;
use dsr_core::map::World;
use dsr_core::model::Dataset;
use dsr_core::query::Query;
use leptos::prelude::*;

/// Everything the views derive from: the data, and the URL state checked against it.
#[derive(Clone)]
pub struct Derived {
    pub ds: Arc<Dataset>,
    pub countries: Arc<Countries>,
    /// The query, with values the data does not know dropped.
    pub query: Memo<Query>,
    /// Indices of the milestones that pass the filters, in date order.
    pub filtered: Memo<Vec<usize>>,
    pub lang: Memo<Lang>,
    /// The theme: the URL's `theme`, else the system's preference.
    pub theme: Memo<Theme>,
    /// The viewport's width and height in CSS pixels, for laying charts out at the size they are shown.
    pub viewport: Signal<(u32, u32)>,
}

impl Derived {
    /// Runs `f` with the chart input of the current query and filtered
    /// milestones, tracking them (call inside a memo or a view closure).
    pub fn with_input<R>(&self, world: Option<&World>, f: impl FnOnce(&Input) -> R) -> R {
        let lang = self.lang.get();
        self.query
            .with(|q| self.filtered.with(|ids| self.input(q, ids, lang, world, f)))
    }

    /// The same, without tracking (for event handlers).
    pub fn with_input_untracked<R>(&self, world: Option<&World>, f: impl FnOnce(&Input) -> R) -> R {
        let lang = self.lang.get_untracked();
        self.query.with_untracked(|q| {
            self.filtered
                .with_untracked(|ids| self.input(q, ids, lang, world, f))
        })
    }

    fn input<R>(
        &self,
        q: &Query,
        ids: &[usize],
        lang: Lang,
        world: Option<&World>,
        f: impl FnOnce(&Input) -> R,
    ) -> R {
        let mut input = Input::new(&self.ds, &self.countries, ids, lang).with_filters(&q.filters);
        input.world = world;
        input.map_agreement = q.map.as_deref();
        f(&input)
    }
}
