//! `Timeline`: the filtered milestones grouped by year, paged, with keyboard movement between them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dashboard::use_view;
use super::dom;
use super::milestone_card::MilestoneCard;
use super::url::use_url;
use crate::filter::{self, Filters};
use crate::i18n::Lang;

/// How many milestones are drawn at first, and added by "Show more".
pub const PAGE: usize = 100;

/// The timeline list.
#[component]
pub fn Timeline() -> impl IntoView {
    let v = use_view();
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
                    let year = ds.milestones[i].date.year();
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
            request_animation_frame(move || {
                if let Some(el) = dom::by_id(&format!("m-{id}")) {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(if centre {
                        web_sys::ScrollLogicalPosition::Center
                    } else {
                        web_sys::ScrollLogicalPosition::Nearest
                    });
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            });
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
    let countries = v.countries.clone();
    let empty = move || {
        filtered.with(Vec::is_empty).then(|| {
            let l = lang.get();
            let what = query.with(|q| filter::describe(&q.filters, &countries, l));
            let text = match l {
                Lang::En => format!("No milestone matches these filters ({what}). The dataset has {total} in all."),
                Lang::Zh => format!("没有符合筛选条件（{what}）的大事记。数据集共有 {total} 条。"),
            };
            view! {
                <div class="panel empty" data-testid="empty">
                    <p>{text}</p>
                    <button type="button" class="button" data-testid="empty-clear"
                        on:click=move |_| url.update(|q| { q.filters = Filters::default(); q.event = None; })>
                        {l.pick("Clear all filters", "清除全部筛选")}
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
            let label = match l {
                Lang::En => format!("Show {next} more ({} not shown)", l.number(n - shown_now)),
                Lang::Zh => format!("再显示 {next} 条（尚有 {} 条）", l.number(n - shown_now)),
            };
            view! {
                <button type="button" class="button secondary more" data-testid="show-more"
                    on:click=move |_| {
                        let f = query.with_untracked(|q| q.filters.clone());
                        set_shown.set((f, shown_now + PAGE));
                    }>{label}</button>
            }
        })
    };

    view! {
        <h2 id="timeline-heading" class="visually-hidden">{move || lang.get().pick("Timeline", "时间线")}</h2>
        {empty}
        <ol class="timeline" id="timeline" data-testid="timeline" on:keydown=on_key
            aria-label=move || lang.get().pick("Timeline of milestones, by year", "大事记时间线（按年份）")>
            <For each=move || groups.with(|g| g.iter().map(|(y, _)| *y).collect::<Vec<u16>>()) key=|year| *year let:year>
                // Cards are keyed by milestone, so a filter change keeps the
                // cards that stay and only builds the new ones.
                <li class="year-group" data-year=year.to_string()>
                    <h3 class="year-label">{year.to_string()}</h3>
                    <ol class="year-items" aria-label=year.to_string()>
                        <For each=move || groups.with(|g| g.iter().find(|(y, _)| *y == year).map(|(_, items)| items.clone()).unwrap_or_default())
                            key=|i| *i let:i>
                            <MilestoneCard index=i/>
                        </For>
                    </ol>
                </li>
            </For>
        </ol>
        {more}
    }
}
