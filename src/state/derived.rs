//! `Derived`: what the dashboard shows, derived from the URL and the data: the checked query and its notices, narrow memos of its parts (filters, map, view, the selected milestone), the filtered milestones, language, theme and viewport.

use std::sync::Arc;

use dsr_core::chart::{ChartId, Input, Theme};
use dsr_core::countries::Countries;
use dsr_core::filter::{self, Filters};
use dsr_core::i18n::Lang;
use dsr_core::map::World;
use dsr_core::model::Dataset;
use dsr_core::query::{Notice, Order, Query, Slide, View};
use leptos::prelude::*;

use super::{Data, Page, SourceDetailsLoader, UrlState, WhatsNew};
use crate::browser::dom;

/// Everything the views derive from: the data, and the URL state checked against it.
///
/// Each part of the address has a memo of its own, and what reads a part
/// reads only that memo: opening a milestone (`event=`), sorting the table
/// or stepping a slide changes neither `filters` nor `map`, so it filters
/// nothing again and draws no chart again.
#[derive(Clone)]
pub struct Derived {
    pub ds: Arc<Dataset>,
    pub countries: Arc<Countries>,
    /// The whole query, with values the data does not know dropped. Read a
    /// narrow memo below where one fits.
    pub query: Memo<Query>,
    /// The parameters ignored, and why.
    pub notices: Memo<Vec<Notice>>,
    /// The timeline's filters (`q`, `from`, `to`, `cat`, `region`, `country`, `conf`, `new`).
    pub filters: Memo<Filters>,
    /// The map's agreement (`map=`).
    pub map: Memo<Option<String>>,
    /// The time charts without milestone markers (`marks=off`).
    pub marks_off: Memo<bool>,
    /// The membership matrix's row order (`matrix=`).
    pub matrix: Memo<dsr_core::membership::MatrixOrder>,
    /// The results view (`view=`).
    pub view: Memo<View>,
    /// The chart shown alone (`embed=`).
    pub embed: Memo<Option<ChartId>>,
    /// The presentation's slide (`present=`).
    pub present: Memo<Option<Slide>>,
    /// The selected milestone's id (`event=`).
    pub event: Memo<Option<String>>,
    /// The timeline's order (`order=`).
    pub order: Memo<Order>,
    /// "Is this milestone selected?", for each card: only the card that was
    /// and the card that is selected hear of a change (O(1), not O(cards)).
    pub selection: Selector<Option<String>>,
    /// Indices of the milestones that pass the filters, in date order.
    pub filtered: Memo<Vec<usize>>,
    pub lang: Memo<Lang>,
    /// The theme: the URL's `theme`, else the system's preference.
    pub theme: Memo<Theme>,
    /// The viewport's width and height in CSS pixels, for laying charts out at the size they are shown.
    pub viewport: Signal<(u32, u32)>,
}

#[cfg(test)]
thread_local! {
    /// How often this thread's `filtered` memos have run `filter::apply` (tests only).
    pub(super) static FILTER_RUNS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl Derived {
    /// The dashboard's state for `data`, derived from the address in `url`.
    /// `whats_new` holds the list of changes that `new=` needs, once loaded.
    /// A search also reads the source titles once `details` has them.
    pub fn new(
        data: &Data,
        url: UrlState,
        page: Page,
        whats_new: WhatsNew,
        details: SourceDetailsLoader,
    ) -> Self {
        let (ds, countries) = (data.ds.clone(), data.countries.clone());
        let checked = {
            let (ds, countries) = (ds.clone(), countries.clone());
            Memo::new(move |_| {
                let (mut q, mut notices) = url.parsed.get();
                let today = dom::today().unwrap_or(ds.meta.updated);
                notices.extend(q.check(&ds, &countries, today));
                (q, notices)
            })
        };
        let query = Memo::new(move |_| checked.with(|(q, _)| q.clone()));
        let notices = Memo::new(move |_| checked.with(|(_, n)| n.clone()));
        let filters = Memo::new(move |_| query.with(|q| q.filters.clone()));
        let map = Memo::new(move |_| query.with(|q| q.map.clone()));
        let marks_off = Memo::new(move |_| query.with(|q| q.marks_off));
        let matrix = Memo::new(move |_| query.with(|q| q.matrix.unwrap_or_default()));
        let view = Memo::new(move |_| query.with(Query::view));
        let present = Memo::new(move |_| query.with(|q| q.present));
        let event = Memo::new(move |_| query.with(|q| q.event.clone()));
        let order = Memo::new(move |_| query.with(Query::order));
        let selection = Selector::new(move || event.get());
        let filtered = {
            let (ds, countries) = (ds.clone(), countries.clone());
            Memo::new(move |_| {
                #[cfg(test)]
                FILTER_RUNS.with(|n| n.set(n.get() + 1));
                filters.with(|f| {
                    // Source titles are searched once the whole dataset is
                    // here (the same milestones, in the same order).
                    let whole = (!f.q.is_empty()).then(|| details.whole()).flatten();
                    let ds = whole.as_ref().unwrap_or(&ds);
                    if f.new_since.is_some() {
                        // `new=` narrows once the list of changes is here.
                        whats_new.changes.with(|c| {
                            filter::apply(ds, f, &countries, c.as_ref().and_then(|c| c.as_deref()))
                        })
                    } else {
                        filter::apply(ds, f, &countries, None)
                    }
                })
            })
        };
        Self {
            ds,
            countries,
            query,
            notices,
            filters,
            map,
            marks_off,
            matrix,
            view,
            embed: page.embed,
            present,
            event,
            order,
            selection,
            filtered,
            lang: page.lang,
            theme: page.theme,
            viewport: dom::viewport(),
        }
    }

    /// Runs `f` with the chart input of the current filters, map and
    /// filtered milestones, tracking them (call inside a memo or a view closure).
    pub fn with_input<R>(&self, world: Option<&World>, f: impl FnOnce(&Input) -> R) -> R {
        let (lang, filters, map) = (self.lang.get(), self.filters.get(), self.map.get());
        let marks = !self.marks_off.get();
        let matrix = self.matrix.get();
        self.filtered.with(|ids| {
            self.input(
                &filters,
                (map.as_deref(), marks, matrix),
                ids,
                lang,
                world,
                f,
            )
        })
    }

    /// The same, without tracking (for event handlers).
    pub fn with_input_untracked<R>(&self, world: Option<&World>, f: impl FnOnce(&Input) -> R) -> R {
        let (lang, filters, map) = (
            self.lang.get_untracked(),
            self.filters.get_untracked(),
            self.map.get_untracked(),
        );
        let marks = !self.marks_off.get_untracked();
        let matrix = self.matrix.get_untracked();
        self.filtered.with_untracked(|ids| {
            self.input(
                &filters,
                (map.as_deref(), marks, matrix),
                ids,
                lang,
                world,
                f,
            )
        })
    }

    fn input<R>(
        &self,
        filters: &Filters,
        (map, marks, matrix): (Option<&str>, bool, dsr_core::membership::MatrixOrder),
        ids: &[usize],
        lang: Lang,
        world: Option<&World>,
        f: impl FnOnce(&Input) -> R,
    ) -> R {
        let mut input = Input::new(&self.ds, &self.countries, ids, lang).with_filters(filters);
        input.world = world;
        input.map_agreement = map;
        input.marks = marks;
        input.matrix = matrix;
        f(&input)
    }
}
