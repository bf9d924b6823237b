//! `Timeline`: the filtered milestones grouped by year, paged, with keyboard movement between them.

use dsr_core::filter::{self, Filters};
use dsr_core::i18n::{filters, timeline};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::milestone_card::MilestoneCard;
use crate::browser::dom;
use crate::state::{use_url, Derived};

/// How many milestones are drawn at first, and added by "Show more".
pub const PAGE: usize = 100;

/// The timeline list.
#[component]
pub fn Timeline(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let (query, filtered, lang) = (v.query, v.filtered, v.lang);
    let ds = v.ds.clone();

    // How many to show, remembered for the filters it was chosen under, so
    // that changing a filter starts again at one page without writing state.
    let (shown, set_shown) = signal((Filters::default(), PAGE));
    let selected = Memo::new(move |_| query.with(|q| q.event.clone()));
    let limit = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let base = shown.with(|(f, n)| {
                if query.with(|q| &q.filters == f) {
                    *n
                } else {
                    PAGE
                }
            });
            // A linked milestone is always drawn, however far down it is.
            let needed = selected.with(|sel| {
                sel.as_ref().and_then(|id| {
                    let (i, _) = ds.milestone(id)?;
                    filtered
                        .with(|f| f.iter().position(|&x| x == i))
                        .map(|p| p + 1)
                })
            });
            base.max(needed.unwrap_or(0))
        })
    };
    let groups = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let n = limit.get();
            let mut out: Vec<(u16, Vec<usize>)> = Vec::new();
            filtered.with(|f| {
                for &i in f.iter().take(n) {
                    let Some(year) = ds.milestones.get(i).map(|m| m.date.year()) else {
                        continue;
                    };
                    match out.last_mut() {
                        Some((y, items)) if *y == year => items.push(i),
                        _ => out.push((year, vec![i])),
                    }
                }
            });
            out
        })
    };

    // Bring a linked milestone into view: centred on first load, minimally after.
    Effect::new(move |first: Option<()>| {
        if let Some(id) = selected.get() {
            let centre = first.is_none();
            request_animation_frame(move || dom::scroll_to(&format!("m-{id}"), centre));
        }
    });

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            "Home" => i64::MIN,
            "End" => i64::MAX,
            _ => return,
        };
        let Some(list) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if dom::move_focus(&list, ".m-toggle", step) {
            ev.prevent_default();
        }
    };

    let total = ds.milestones.len();
    // The cards' data, shared by every card without cloning the dataset.
    let cards = StoredValue::new((ds.clone(), v.countries.clone()));
    let countries = v.countries.clone();
    let empty = move || {
        filtered.with(Vec::is_empty).then(|| {
            let l = lang.get();
            let what = query.with(|q| filter::describe(&q.filters, &countries, l));
            let text = timeline::empty(l, &what, total);
            view! {
                <div class="panel empty" data-testid="empty">
                    <p>{text}</p>
                    <button
                        type="button"
                        class="button"
                        data-testid="empty-clear"
                        on:click=move |_| url.update(|q| q.clear_filters())
                    >
                        {filters::CLEAR_ALL.get(l)}
                    </button>
                </div>
            }
        })
    };
    let more = move || {
        let (n, shown_now) = (filtered.with(Vec::len), limit.get());
        (n > shown_now).then(|| {
            let l = lang.get();
            let next = (n - shown_now).min(PAGE);
            let label = timeline::show_more(l, next, &l.number(n - shown_now));
            view! {
                <button
                    type="button"
                    class="button secondary more"
                    data-testid="show-more"
                    on:click=move |_| {
                        let f = query.with_untracked(|q| q.filters.clone());
                        set_shown.set((f, shown_now + PAGE));
                    }
                >
                    {label}
                </button>
            }
        })
    };

    view! {
        <h2 id="timeline-heading" class="visually-hidden">
            {move || timeline::HEADING.get(lang.get())}
        </h2>
        {empty}
        <ol
            class="timeline"
            id="timeline"
            data-testid="timeline"
            on:keydown=on_key
            aria-label=move || timeline::LIST_LABEL.get(lang.get())
        >
            <For
                each=move || groups.with(|g| g.iter().map(|(y, _)| *y).collect::<Vec<u16>>())
                key=|year| *year
                let:year
            >
                // Cards are keyed by milestone, so a filter change keeps the
                // cards that stay and only builds the new ones.
                <li class="year-group" data-year=year.to_string()>
                    <h3 class="year-label">{year.to_string()}</h3>
                    <ol class="year-items" aria-label=year.to_string()>
                        <For
                            each=move || {
                                groups
                                    .with(|g| {
                                        g.iter()
                                            .find(|(y, _)| *y == year)
                                            .map(|(_, items)| items.clone())
                                            .unwrap_or_default()
                                    })
                            }
                            key=|i| *i
                            let:i
                        >
                            {cards
                                .with_value(|(ds, countries)| {
                                    ds.milestones
                                        .get(i)
                                        .cloned()
                                        .map(|m| {
                                            view! {
                                                <MilestoneCard
                                                    milestone=m
                                                    countries=countries.clone()
                                                    ds=ds.clone()
                                                    selected=selected
                                                    lang=lang
                                                />
                                            }
                                        })
                                })}
                        </For>
                    </ol>
                </li>
            </For>
        </ol>
        {more}
    }
}
