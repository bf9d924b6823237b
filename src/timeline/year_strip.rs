//! `YearStrip`: milestones per year above the timeline, in the timeline's order; choosing a year narrows the range to it, choosing it again widens it back.

use dsr_core::aggregate;
use dsr_core::chart::layout::chart_width;
use dsr_core::chart::{year_strip, Action, Size};
use dsr_core::i18n::timeline;
use dsr_core::query::Order;
use leptos::prelude::*;

use crate::browser::dom;
use crate::state::{use_url, Derived};

/// The narrowest a year's column may be, in CSS px.
const MIN_SLOT: u32 = 24;

/// The overview strip.
#[component]
pub fn YearStrip(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let span = v.ds.years();
    let all_indices: Vec<usize> = (0..v.ds.milestones.len()).collect();
    let all = aggregate::by_year(&v.ds, &all_indices, span);
    let n_years = u32::from(span.1.saturating_sub(span.0)) + 1;
    let ds = v.ds.clone();
    let (filters, filtered, lang, theme, width, order) =
        (v.filters, v.filtered, v.lang, v.theme, v.viewport, v.order);
    let svg = Memo::new(move |_| {
        let counts = filtered.with(|f| aggregate::by_year(&ds, f, span));
        let range = filters.with(|f| (f.from, f.to));
        // Every year at least 24 px wide (WCAG 2.5.8); the strip scrolls sideways on the narrowest phones.
        let w = chart_width(width.get().0).max(MIN_SLOT * n_years);
        let input = year_strip::StripInput {
            filtered: &counts,
            all: &all,
            range,
            lang: lang.get(),
            newest_first: order.get() == Order::Newest,
        };
        year_strip::render(&input, theme.get(), Size::new(w, 96))
            .map(|d| d.screen())
            .unwrap_or_default()
    });
    let choose = move |target: Option<web_sys::EventTarget>| {
        let action = Action::read(|name| dom::closest_data(target.clone(), name));
        if let Some(action) = action {
            url.update(|q| action.apply(&mut q.filters));
            true
        } else {
            false
        }
    };
    view! {
        <nav
            class="year-strip"
            data-testid="year-strip"
            aria-label=move || timeline::YEAR_STRIP_LABEL.get(lang.get())
            class:scrolls=move || chart_width(width.get().0) < MIN_SLOT * n_years
            inner_html=move || svg.get()
            on:click=move |ev| {
                choose(ev.target());
            }
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if (ev.key() == "Enter" || ev.key() == " ") && choose(ev.target()) {
                    ev.prevent_default();
                }
            }
        ></nav>
    }
}
