//! `Presentation`: full-screen slides in the presentation theme; ←/→ charts, ↑/↓ milestones, Esc leaves.

use dsr_core::chart::{ChartId, Size, Theme};
use dsr_core::i18n::{app, timeline, views};
use dsr_core::query::{step_position, Slide};
use leptos::prelude::*;

use crate::browser::dom;
use crate::charts::deck_button::DeckButton;
use crate::charts::time_scrubber::TimeScrubber;
use crate::state::{use_url, use_world, Derived};

/// The slide show over the page.
#[component]
pub fn Presentation(
    /// The current slide.
    #[prop(into)]
    slide: Signal<Slide>,
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (filtered, lang, viewport) = (v.filtered, v.lang, v.viewport);

    // The milestone on screen: the selected one if it passes the filters, else the first.
    let current_milestone = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let selected = v.event.get();
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
    let step_chart = move |delta: isize| go(slide.get_untracked().step_chart(delta), None);
    let step_milestone = {
        let ds = ds.clone();
        move |delta: isize| {
            let list = filtered.get_untracked();
            let now = match slide.get_untracked() {
                Slide::Milestones => current_milestone.get_untracked(),
                Slide::Chart(_) => None,
            };
            let next = step_position(list.len(), now, delta)
                .and_then(|p| list.get(p))
                .and_then(|&i| ds.milestones.get(i));
            if let Some(m) = next {
                go(Slide::Milestones, Some(m.id.clone()));
            }
        }
    };
    let leave = move || {
        dom::exit_fullscreen();
        let mut q = url.current();
        q.present = None;
        url.set.run((q, false));
    };

    // Talking to the outside world: move focus into the dialog when it opens.
    let dialog = NodeRef::<leptos::html::Div>::new();
    // A frame later: a lazily loaded view is built before it is in the page.
    Effect::new(move |_| {
        if let Some(el) = dialog.get() {
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // The replay's slider takes its own arrows.
        if dom::is_form_control(ev.target()) {
            return;
        }
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
            if !dom::is_fullscreen() {
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

    // The map's slide needs the world geometry, fetched once.
    let world = use_world();
    world.request();
    let chart_svg = {
        let v = v.clone();
        move |id: ChartId| {
            let (w, h) = viewport.get();
            let geometry = world.get().and_then(Result::ok);
            v.with_input(geometry.as_deref(), |input| {
                let Some(chart) = id.of_pages().map(|make| make(input)) else {
                    return String::new();
                };
                if !chart.ready() {
                    return String::new();
                }
                // Never shorter than the chart's words need (on a phone the
                // screen is), so that nothing overlaps: the slide then scales down.
                // Room under the slide for the help line and the replay's slider.
                let wanted = chart.preferred_height(w, Theme::Presentation);
                let h = if chart.fills_height() {
                    h.saturating_sub(40 + 72).max(wanted)
                } else {
                    wanted
                };
                chart
                    .render(Theme::Presentation, Size::new(w, h))
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
            let shown = current_milestone
                .get()
                .and_then(|pos| filtered.with(|f| f.get(pos).copied()).map(|i| (pos, i)));
            let Some((pos, m)) = shown.and_then(|(pos, i)| ds.milestones.get(i).map(|m| (pos, m)))
            else {
                return view! { <p class="slide-empty">{views::NO_MILESTONE.get(l)}</p> }
                    .into_any();
            };
            let names: Vec<String> = m.countries.iter().map(|&c| countries.name(c, l)).collect();
            let sources: Vec<String> = m.sources.iter().map(|s| s.short(l)).collect();
            view! {
                <article class="slide-milestone" data-testid="slide-milestone" data-id=m.id.clone()>
                    <p class="slide-meta">
                        {views::slide_meta(
                            l,
                            &m.date_label(l),
                            m.category.label(l),
                            m.confidence.label(l),
                        )}
                    </p>
                    <h2>{m.title.get(l).to_owned()}</h2>
                    <p class="slide-summary">{m.summary.get(l).to_owned()}</p>
                    {(!names.is_empty())
                        .then(|| view! { <p class="slide-countries">{l.join(&names)}</p> })}
                    {m
                        .note
                        .as_ref()
                        .map(|n| {
                            view! {
                                <p class="note">
                                    "⚠ "{app::label(l, timeline::NOTE.get(l))}
                                    {n.get(l).to_owned()}
                                </p>
                            }
                        })}
                    <p class="slide-sources">
                        {app::label(l, timeline::SOURCES.get(l))}{sources.join(" · ")}
                    </p>
                    <p class="slide-count">{views::slide_count(l, pos + 1, total)}</p>
                </article>
            }
            .into_any()
        }
    };

    let deck_state = v.clone();
    let replay_state = v.clone();
    view! {
        <div
            class="presentation"
            data-testid="presentation"
            role="dialog"
            aria-modal="true"
            tabindex="-1"
            node_ref=dialog
            aria-label=move || views::PRESENTATION.get(lang.get())
        >
            <div class="slide">
                {move || match slide.get() {
                    Slide::Chart(id) => {
                        let svg = chart_svg(id);
                        view! {
                            <div
                                class="slide-chart"
                                data-testid="slide-chart"
                                data-chart=id.as_str()
                                inner_html=svg
                            ></div>
                        }
                            .into_any()
                    }
                    Slide::Milestones => milestone_slide(),
                }}
            </div>
            // The replay: the chart or the map stepped through the years (Play), or a year chosen.
            {move || {
                matches!(slide.get(), Slide::Chart(_))
                    .then(|| view! { <TimeScrubber state=replay_state.clone() /> })
            }}
            <p class="slide-help">{move || views::PRESENTATION_HELP.get(lang.get())}</p>
            <DeckButton state=deck_state />
        </div>
    }
}
