//! `YearStrip`: milestones per year above the timeline; choosing a year narrows the range to it.

use leptos::prelude::*;

use super::chart_card::chart_width;
use super::dashboard::use_view;
use super::dom;
use super::url::use_url;
use crate::aggregate;
use crate::chart::{self, year_strip};

/// The overview strip.
#[component]
pub fn YearStrip() -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let span = v.ds.year_span().unwrap_or((2013, 2025));
    let all_indices: Vec<usize> = (0..v.ds.milestones.len()).collect();
    let all = aggregate::by_year(&v.ds, &all_indices, span);
    let ds = v.ds.clone();
    let (query, filtered, lang, theme, width) = (v.query, v.filtered, v.lang, v.theme, v.viewport);
    let svg = Memo::new(move |_| {
        let counts = filtered.with(|f| aggregate::by_year(&ds, f, span));
        let range = query.with(|q| (q.filters.from, q.filters.to));
        let w = chart_width(width.get().0);
        let input = year_strip::Input {
            filtered: &counts,
            all: &all,
            range,
            lang: lang.get(),
        };
        year_strip::render(&input, theme.get(), chart::Size::new(w, 96)).unwrap_or_default()
    });
    let choose = move |year: u16| {
        url.update(|q| {
            let f = &mut q.filters;
            if f.from == Some(year) && f.to == Some(year) {
                f.from = None;
                f.to = None;
            } else {
                f.from = Some(year);
                f.to = Some(year);
            }
        });
    };
    let year_of = |target| dom::closest_data(target, "year").and_then(|y| y.parse::<u16>().ok());
    view! {
        <nav class="year-strip" data-testid="year-strip"
            aria-label=move || lang.get().pick("Milestones per year: choose a year to show it alone", "每年大事记：选择年份以只看该年")
            inner_html=move || svg.get()
            on:click=move |ev| { if let Some(y) = year_of(ev.target()) { choose(y) } }
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    if let Some(y) = year_of(ev.target()) { ev.prevent_default(); choose(y) }
                }
            }>
        </nav>
    }
}
