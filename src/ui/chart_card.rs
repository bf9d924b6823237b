//! `ChartCard`: one chart, laid out at the width it is shown, with a table toggle, tooltips and click-to-filter.

use leptos::prelude::*;

use super::dashboard::use_view;
use super::dom;
use super::export_menu::ExportMenu;
use super::url::use_url;
use super::world::use_world;
use crate::chart::{ChartId, Size, Table, Theme};
use crate::countries::Region;
use crate::model::CountryCode;

/// The width a chart is drawn at: the results column's width.
pub fn chart_width(viewport: u32) -> u32 {
    let page = viewport.min(1240);
    if viewport <= 760 {
        page.saturating_sub(24 + 2)
    } else {
        page.saturating_sub(48 + 290 + 24 + 2)
    }
}

/// One chart and its table alternative.
#[component]
pub fn ChartCard(
    /// Which chart.
    id: ChartId,
) -> impl IntoView {
    let v = use_view();
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
                let h = id.preferred_height(input, w, t);
                let svg = id.render(input, t, Size::new(w, h)).unwrap_or_else(|e| {
                    leptos::logging::error!("chart {}: {e}", id.as_str());
                    String::new()
                });
                (svg, id.table(input), (w, h))
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
                id.render(input, t, size).unwrap_or_default()
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
            let container = dom_id_for_focus.clone();
            request_animation_frame(move || {
                let selector = format!("#{container} .mark[data-key=\"{key}\"]");
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(&selector).ok().flatten())
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::SvgElement>(e).ok())
                {
                    let _ = el.focus();
                }
            });
        }
    });
    let remember = move |target: Option<web_sys::EventTarget>| {
        refocus.set_value(dom::closest_data(target, "key"));
    };
    let apply = move |target: Option<web_sys::EventTarget>| {
        let get = |name| dom::closest_data(target.clone(), name);
        if let Some(year) = get("year").and_then(|y| y.parse::<u16>().ok()) {
            url.update(|q| {
                q.filters.from = Some(year);
                q.filters.to = Some(year);
            });
        } else if let (Some(from), Some(to)) = (
            get("from").and_then(|y| y.parse::<u16>().ok()),
            get("to").and_then(|y| y.parse::<u16>().ok()),
        ) {
            url.update(|q| {
                q.filters.from = Some(from);
                q.filters.to = Some(to);
            });
        } else if let Some(region) = get("region").and_then(|r| r.parse::<Region>().ok()) {
            url.update(|q| q.filters.region = Some(region));
        } else if let Some(code) = get("country").and_then(|c| CountryCode::parse(&c)) {
            url.update(|q| q.filters.countries = vec![code]);
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
        <section class="chart-card" id=dom_id.clone() data-testid=dom_id.clone() aria-labelledby=heading_id.clone()>
            <div class="chart-head">
                // The title is drawn inside the chart; the heading is for navigation.
                <h3 class="visually-hidden" id=heading_id.clone()>{move || id.title(lang.get())}</h3>
                <div class="chart-tools">
                    <ExportMenu id=id render=render screen=screen/>
                    <button type="button" class="button secondary" data-testid="table-toggle"
                        aria-pressed=move || show_table.get().to_string()
                        on:click=move |_| set_show_table.update(|t| *t = !*t)>
                        {move || {
                            let l = lang.get();
                            if show_table.get() { l.pick("Show chart", "显示图表") } else { l.pick("Show table", "显示表格") }
                        }}
                    </button>
                </div>
            </div>
            <div class="chart-figure" hidden=move || show_table.get()
                on:click=move |ev| apply(ev.target())
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        remember(ev.target());
                        apply(ev.target());
                    }
                }
                on:focusin=show_tip
                on:focusout=move |_| set_tip.set(None)>
                {move || world.and_then(|w| match w.get() {
                    None => Some(view! {
                        <p class="panel loading" role="status" data-testid="map-loading">
                            <span class="spinner" aria-hidden="true"></span>
                            {lang.get().pick("Loading the map…", "正在加载地图…")}
                        </p>
                    }.into_any()),
                    Some(Err(e)) => Some(view! {
                        <p class="panel panel-error" role="alert" data-testid="map-error">{e}</p>
                    }.into_any()),
                    Some(Ok(_)) => None,
                })}
                <div class="chart-svg-box" inner_html=move || svg.get()></div>
                {move || tip.get().map(|(text, x, y)| view! {
                    <div class="tooltip" aria-hidden="true" style:left=format!("{x:.0}px") style:top=format!("{y:.0}px")>{text}</div>
                })}
            </div>
            {move || show_table.get().then(|| view! { <DataTable table=table.get()/> })}
        </section>
    }
}

/// A chart's numbers as an HTML table.
#[component]
pub fn DataTable(
    /// The numbers.
    table: Table,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid="chart-table">
                <caption>{table.caption.clone()}</caption>
                <thead><tr>{table.head.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {table.rows.iter().map(|row| view! {
                        <tr>{row.iter().enumerate().map(|(i, cell)| if i == 0 {
                            view! { <th scope="row">{cell.clone()}</th> }.into_any()
                        } else {
                            view! { <td>{cell.clone()}</td> }.into_any()
                        }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
