//! `Timeline`: the filtered milestones grouped by year, paged, with keyboard movement between them.

use dsr_core::filter::{self, Filters};
use dsr_core::i18n::{filters, timeline};
use dsr_core::query::Order;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::milestone_card::MilestoneCard;
use crate::browser::dom;
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};

/// How many milestones are drawn at first, and added by "Show more".
/// Twenty-five (fifty until issue 28): the first view, drawn into the page at
/// build time, is what a phone downloads, parses and lays out before its
/// first paint, and the app builds the same cards again before it takes
/// over. Twenty-five cards are about 25 phone screens, or 8 on a desktop.
pub const PAGE: usize = 25;

/// How many milestones the timeline draws: the pages "Show more" asked for
/// under the current filters (`shown`; one page when the filters have
/// changed since), and always as far as the selected milestone, at
/// `selected_at` in the filtered list, however far down it is.
pub fn page_limit(shown: Option<usize>, selected_at: Option<usize>) -> usize {
    shown.unwrap_or(PAGE).max(selected_at.map_or(0, |p| p + 1))
}

/// The timeline list.
#[component]
pub fn Timeline(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let (filters, filtered, lang, selected, order) =
        (v.filters, v.filtered, v.lang, v.event, v.order);
    // The `asof=` date alone, so that the cards hear only of it.
    let asof = Memo::new(move |_| filters.with(|f| f.asof));
    let selection = v.selection.clone();
    let ds = v.ds.clone();

    // How many to show, remembered for the filters it was chosen under, so
    // that changing a filter starts again at one page without writing state.
    let (shown, set_shown) = signal((Filters::default(), PAGE));
    let limit = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let position = |id: &str| {
                let (i, _) = ds.milestone(id)?;
                let at = filtered.with(|f| f.iter().position(|&x| x == i))?;
                // Counted from the top of the list, in the order shown.
                Some(match order.get() {
                    Order::Oldest => at,
                    Order::Newest => filtered.with(Vec::len) - 1 - at,
                })
            };
            page_limit(
                shown.with(|(f, n)| filters.with(|now| (now == f).then_some(*n))),
                selected.with(|sel| sel.as_deref().and_then(position)),
            )
        })
    };
    let groups = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let n = limit.get();
            let mut out: Vec<(u16, Vec<usize>)> = Vec::new();
            filtered.with(|f| {
                let shown: Box<dyn Iterator<Item = &usize>> = match order.get() {
                    Order::Oldest => Box::new(f.iter()),
                    Order::Newest => Box::new(f.iter().rev()),
                };
                for &i in shown.take(n) {
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
    let cards = StoredValue::new((ds.clone(), v.countries.clone(), selection));
    let countries = v.countries.clone();
    let empty = move || {
        filtered.with(Vec::is_empty).then(|| {
            let l = lang.get();
            let what = filters.with(|f| filter::describe(f, &countries, l));
            let text = timeline::empty(l, &what, total);
            view! {
                <div class="panel empty" data-testid="empty">
                    <p>{text}</p>
                    <Button

                        testid="empty-clear"
                        on_click=move |_| url.update(|q| q.clear_filters())
                    >
                        {filters::CLEAR_ALL.get(l)}
                    </Button>
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
                <Button
                    appearance=Appearance::Secondary
                    more=true

                    testid="show-more"
                    on_click=move |_| {
                        set_shown.set((filters.get_untracked(), shown_now + PAGE));
                    }
                >
                    {label}
                </Button>
            }
        })
    };

    let choose_order = move |ev: leptos::ev::Event| {
        let o = event_target_value(&ev).parse::<Order>().ok();
        url.update(|q| q.order = o.filter(|o| *o != Order::default()));
    };
    let orders = Order::ALL
        .iter()
        .map(|&o| {
            let label = move || {
                match o {
                    Order::Newest => timeline::NEWEST_FIRST,
                    Order::Oldest => timeline::OLDEST_FIRST,
                }
                .get(lang.get())
            };
            view! { <option value=o.as_str()>{label}</option> }
        })
        .collect_view();

    view! {
        <h2 id="timeline-heading" class="visually-hidden">
            {move || timeline::HEADING.get(lang.get())}
        </h2>
        <label class="order">
            <span>{move || timeline::ORDER.get(lang.get())}</span>
            <select
                data-testid="order"
                prop:value=move || order.get().as_str()
                on:change=choose_order
            >
                {orders}
            </select>
        </label>
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
                                .with_value(|(ds, countries, selection)| {
                                    ds.milestones
                                        .get(i)
                                        .cloned()
                                        .map(|m| {
                                            view! {
                                                <MilestoneCard
                                                    milestone=m
                                                    countries=countries.clone()
                                                    ds=ds.clone()
                                                    selection=selection.clone()
                                                    lang=lang
                                                    asof=asof
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_draws_a_page_more_pages_when_asked_and_always_the_selected_milestone() {
        assert_eq!(page_limit(None, None), PAGE);
        assert_eq!(page_limit(Some(2 * PAGE), None), 2 * PAGE);
        // The selected milestone is drawn however far down it is.
        assert_eq!(page_limit(None, Some(349)), 350);
        assert_eq!(page_limit(Some(2 * PAGE), Some(3)), 2 * PAGE);
        assert_eq!(page_limit(None, Some(0)), PAGE);
    }
}
