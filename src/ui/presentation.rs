//! `Presentation`: full-screen slides in the presentation theme; ←/→ charts, ↑/↓ milestones, Esc leaves.

use leptos::prelude::*;

use super::dashboard::use_view;
use super::url::use_url;
use crate::chart::{self, ChartId, Size};
use crate::i18n::{Key, Lang};
use crate::query::Slide;

fn exit_fullscreen() {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// The slide show over the page.
#[component]
pub fn Presentation(
    /// The current slide.
    #[prop(into)]
    slide: Signal<Slide>,
) -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (query, filtered, lang, viewport) = (v.query, v.filtered, v.lang, v.viewport);

    // The milestone on screen: the selected one if it passes the filters, else the first.
    let current_milestone = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let selected = query.with(|q| q.event.clone());
            filtered.with(|f| {
                selected
                    .and_then(|id| ds.milestone(&id).map(|(i, _)| i))
                    .and_then(|i| f.iter().position(|&x| x == i))
                    .or_else(|| (!f.is_empty()).then_some(0))
            })
        })
    };

    let go = move |next: Slide, event: Option<String>| {
        let mut q = url.current();
        q.present = Some(next);
        if next == Slide::Milestones {
            q.event = event;
        }
        url.set.run((q, true));
    };
    let step_chart = move |delta: isize| {
        let all = ChartId::ALL;
        let now = match slide.get_untracked() {
            Slide::Chart(c) => all.iter().position(|&x| x == c).unwrap_or(0) as isize,
            Slide::Milestones if delta > 0 => -1,
            Slide::Milestones => all.len() as isize,
        };
        let next = (now + delta).rem_euclid(all.len() as isize) as usize;
        go(Slide::Chart(all[next]), None);
    };
    let step_milestone = {
        let ds = ds.clone();
        move |delta: isize| {
            let list = filtered.get_untracked();
            if list.is_empty() {
                return;
            }
            let now = match slide.get_untracked() {
                Slide::Milestones => current_milestone.get_untracked().map_or(-1, |p| p as isize),
                Slide::Chart(_) => -1,
            };
            let next = (now + delta).clamp(0, list.len() as isize - 1) as usize;
            let id = ds.milestones[list[next]].id.clone();
            go(Slide::Milestones, Some(id));
        }
    };
    let leave = move || {
        exit_fullscreen();
        let mut q = url.current();
        q.present = None;
        url.set.run((q, false));
    };

    // Talking to the outside world: move focus into the dialog when it opens.
    let dialog = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = dialog.get() {
            let _ = el.focus();
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" => step_chart(1),
            "ArrowLeft" | "PageUp" => step_chart(-1),
            "ArrowDown" => step_milestone(1),
            "ArrowUp" => step_milestone(-1),
            "Escape" => leave(),
            _ => return,
        }
        ev.prevent_default();
    });
    // Leaving full screen with the browser's own Esc also leaves the slides.
    let fullscreen = window_event_listener(
        leptos::ev::Custom::<leptos::ev::Event>::new("fullscreenchange"),
        move |_| {
            let in_fullscreen = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.fullscreen_element().is_some());
            if !in_fullscreen {
                let mut q = url.current();
                if q.present.is_some() {
                    q.present = None;
                    url.set.run((q, false));
                }
            }
        },
    );
    on_cleanup(move || {
        keys.remove();
        fullscreen.remove();
    });

    let chart_svg = {
        let v = v.clone();
        move |id: ChartId| {
            let (w, h) = viewport.get();
            v.with_input(None, |input| {
                id.render(
                    input,
                    chart::Theme::Presentation,
                    Size::new(w, h.saturating_sub(40)),
                )
                .unwrap_or_default()
            })
        }
    };
    let milestone_slide = {
        let ds = ds.clone();
        let countries = countries.clone();
        move || {
            let l = lang.get();
            let total = filtered.with(Vec::len);
            let Some(pos) = current_milestone.get() else {
                return view! { <p class="slide-empty">{l.pick("No milestone matches the filters.", "没有符合筛选条件的大事记。")}</p> }.into_any();
            };
            let m = &ds.milestones[filtered.with(|f| f[pos])];
            let names: Vec<String> = m.countries.iter().map(|&c| countries.name(c, l)).collect();
            let date = match m.end {
                Some(end) => format!("{} – {}", m.date.human(l), end.human(l)),
                None => m.date.human(l),
            };
            view! {
                <article class="slide-milestone" data-testid="slide-milestone" data-id=m.id.clone()>
                    <p class="slide-meta">{date}" · "{m.category.label(l)}" · "{m.confidence.label(l)}</p>
                    <h2>{m.title.get(l).to_owned()}</h2>
                    <p class="slide-summary">{m.summary.get(l).to_owned()}</p>
                    {(!names.is_empty()).then(|| view! { <p class="slide-countries">{names.join(l.pick(", ", "、"))}</p> })}
                    {m.note.as_ref().map(|n| view! { <p class="note">"⚠ "{Key::Note.get(l)}": "{n.get(l).to_owned()}</p> })}
                    <p class="slide-sources">{Key::Sources.get(l)}": "
                        {m.sources.iter().map(|s| format!("{} ({})", s.publisher, s.date.human(l))).collect::<Vec<_>>().join(" · ")}
                    </p>
                    <p class="slide-count">{format!("{} / {}", pos + 1, total)}</p>
                </article>
            }
            .into_any()
        }
    };

    view! {
        <div class="presentation" data-testid="presentation" role="dialog" aria-modal="true" tabindex="-1" node_ref=dialog
            aria-label=move || lang.get().pick("Presentation", "演示")>
            <div class="slide">
                {move || match slide.get() {
                    Slide::Chart(id) => {
                        let svg = chart_svg(id);
                        view! { <div class="slide-chart" data-testid="slide-chart" data-chart=id.as_str() inner_html=svg></div> }.into_any()
                    }
                    Slide::Milestones => milestone_slide(),
                }}
            </div>
            <p class="slide-help">{move || match lang.get() {
                Lang::En => "← → charts · ↑ ↓ milestones · Esc to leave",
                Lang::Zh => "← → 图表 · ↑ ↓ 大事记 · Esc 退出",
            }}</p>
        </div>
    }
}
