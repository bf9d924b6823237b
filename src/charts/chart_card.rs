//! `ChartCard`: one chart, laid out at the width it is shown, with a table toggle, tooltips and click-to-filter.

use dsr_core::chart::layout::chart_width;
use dsr_core::chart::{Action, ChartId, Make, Size, Theme};
use dsr_core::i18n::{app, views};
use leptos::prelude::*;

use super::data_table::DataTable;
use super::export_menu::ExportMenu;
use crate::browser::dom;
use crate::state::{use_url, use_world, Derived};
use crate::widgets::button::{Appearance, Button};

/// One chart and its table alternative.
#[component]
pub fn ChartCard(
    /// Which chart.
    id: ChartId,
    /// Its constructor (`map::make`, `country::make`…): the card links only
    /// the code of the chart it shows.
    make: Make,
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let (lang, theme, width) = (v.lang, v.theme, v.viewport);
    let (show_table, set_show_table) = signal(false);
    let (tip, set_tip) = signal::<Option<(String, f64, f64)>>(None);
    // Only the map needs the world geometry; asking for it starts the download.
    let world = (id == ChartId::Map).then(use_world);
    if let Some(w) = world {
        w.request();
    }
    let world_now = move || world.and_then(|w| w.get()).and_then(Result::ok);
    let drawn = {
        let v = v.clone();
        Memo::new(move |_| {
            let w = chart_width(width.get().0);
            let geometry = world_now();
            let t = theme.get();
            v.with_input(geometry.as_deref(), |input| {
                // One model for the picture, the table and the height.
                let chart = make(input);
                let h = chart.preferred_height(w, t);
                if !chart.ready() {
                    return (String::new(), chart.table(), (w, h));
                }
                let svg = chart.render(t, Size::new(w, h)).unwrap_or_else(|e| {
                    leptos::logging::error!("chart {}: {e}", id.as_str());
                    String::new()
                });
                (svg, chart.table(), (w, h))
            })
        })
    };
    let svg = Memo::new(move |_| drawn.with(|(s, _, _)| s.clone()));
    let table = Memo::new(move |_| drawn.with(|(_, t, _)| t.clone()));
    let screen = Memo::new(move |_| drawn.with(|(_, _, size)| *size));
    // Draws the chart again for export, at another theme or size.
    let render = {
        let v = v.clone();
        Callback::new(move |(t, size): (Theme, Size)| {
            let geometry = untrack(world_now);
            v.with_input_untracked(geometry.as_deref(), |input| {
                make(input).document(t, size).unwrap_or_default()
            })
        })
    };

    // A mark chosen from the keyboard gets its focus back after the chart is
    // drawn again, so that keyboard readers do not lose their place.
    let refocus = StoredValue::new(None::<String>);
    let dom_id_for_focus = format!("chart-{}", id.as_str());
    Effect::new(move |_| {
        svg.track();
        if let Some(key) = refocus.try_update_value(Option::take).flatten() {
            let selector = format!("#{dom_id_for_focus} .mark[data-key=\"{key}\"]");
            request_animation_frame(move || {
                dom::focus_selector(&selector);
            });
        }
    });
    let remember = move |target: Option<web_sys::EventTarget>| {
        refocus.set_value(dom::closest_data(target, "key"));
    };
    let ds = StoredValue::new(v.ds.clone());
    let apply = move |target: Option<web_sys::EventTarget>| {
        match Action::read(|name| dom::closest_data(target.clone(), name)) {
            // A milestone marker opens its milestone in the timeline.
            Some(Action::Milestone(i)) => {
                let id = ds.with_value(|ds| {
                    usize::try_from(i)
                        .ok()
                        .and_then(|i| ds.milestones.get(i))
                        .map(|m| m.id.clone())
                });
                if let Some(id) = id {
                    url.update(|q| {
                        q.event = Some(id);
                        q.view = None;
                        q.chart = None;
                    });
                }
            }
            Some(action) => url.update(|q| action.apply(&mut q.filters)),
            None => {}
        }
    };
    let show_tip = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(label) = el.get_attribute("aria-label") else {
            return;
        };
        let r = el.get_bounding_client_rect();
        let parent = el
            .closest(".chart-figure")
            .ok()
            .flatten()
            .map(|p| p.get_bounding_client_rect());
        let (px, py) = parent.map_or((0.0, 0.0), |p| (p.left(), p.top()));
        set_tip.set(Some((label, r.left() - px + r.width() / 2.0, r.top() - py)));
    };

    let dom_id = format!("chart-{}", id.as_str());
    let heading_id = format!("{dom_id}-heading");
    view! {
        <section
            class="chart-card"
            id=dom_id.clone()
            data-testid=dom_id.clone()
            aria-labelledby=heading_id.clone()
        >
            <div class="chart-head">
                // The title is drawn inside the chart; the heading is for navigation.
                <h3 class="visually-hidden" id=heading_id.clone()>
                    {move || id.title(lang.get())}
                </h3>
                <div class="chart-tools">
                    <ExportMenu id=id render=render screen=screen state=v.clone() />
                    {id
                        .has_markers()
                        .then(|| {
                            let marks_off = v.marks_off;
                            view! {
                                <Button
                                    appearance=Appearance::Secondary
                                    testid="marks-toggle"
                                    pressed=Signal::derive(move || !marks_off.get())
                                    on_click=move |_| url.update(|q| q.marks_off = !q.marks_off)
                                >
                                    {move || views::MARKS_TOGGLE.get(lang.get())}
                                </Button>
                            }
                        })}
                    <Button
                        appearance=Appearance::Secondary
                        testid="table-toggle"
                        pressed=show_table
                        on_click=move |_| set_show_table.update(|t| *t = !*t)
                    >
                        {move || {
                            let l = lang.get();
                            if show_table.get() {
                                views::SHOW_CHART.get(l)
                            } else {
                                views::SHOW_TABLE.get(l)
                            }
                        }}
                    </Button>
                </div>
            </div>
            <div
                class="chart-figure"
                hidden=move || show_table.get()
                on:click=move |ev| apply(ev.target())
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        remember(ev.target());
                        apply(ev.target());
                    }
                }
                on:focusin=show_tip
                on:focusout=move |_| set_tip.set(None)
            >
                {move || {
                    world
                        .and_then(|w| match w.get() {
                            None => {
                                Some(
                                    view! {
                                        <p
                                            class="panel loading"
                                            role="status"
                                            data-testid="map-loading"
                                        >
                                            <span class="spinner" aria-hidden="true"></span>
                                            {app::MAP_LOADING.get(lang.get())}
                                        </p>
                                    }
                                        .into_any(),
                                )
                            }
                            Some(Err(e)) => {
                                Some(
                                    view! {
                                        <p
                                            class="panel panel-error"
                                            role="alert"
                                            data-testid="map-error"
                                        >
                                            {e.short(lang.get())}
                                        </p>
                                    }
                                        .into_any(),
                                )
                            }
                            Some(Ok(_)) => None,
                        })
                }}
                <div class="chart-svg-box" inner_html=move || svg.get()></div>
                {move || {
                    tip.get()
                        .map(|(text, x, y)| {
                            view! {
                                <div
                                    class="tooltip"
                                    aria-hidden="true"
                                    style:left=format!("{x:.0}px")
                                    style:top=format!("{y:.0}px")
                                >
                                    {text}
                                </div>
                            }
                        })
                }}
            </div>
            {move || show_table.get().then(|| view! { <DataTable table=table.get() /> })}
        </section>
    }
}
