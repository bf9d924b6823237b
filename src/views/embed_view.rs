//! `EmbedView`: one chart alone, filling its frame (`?embed=<chart>`), telling its parent page its height.

use dsr_core::chart::{ChartId, Size};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::browser::dom;
use crate::state::{use_world, Derived};

/// Posts this page's height to the embedding page (see `public/embed.js`).
fn post_height(id: ChartId) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let height = window
        .document()
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.scroll_height());
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"dsr-embed-height".into());
    let _ = js_sys::Reflect::set(&msg, &"chart".into(), &id.as_str().into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    // The height is not secret, so any embedding origin may hear it.
    let _ = parent.post_message(&msg, "*");
}

/// The chart alone, with its title, source and date drawn inside it.
#[component]
pub fn EmbedView(
    /// Which chart.
    id: ChartId,
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let (theme, viewport, lang) = (state.theme, state.viewport, state.lang);
    let world = (id == ChartId::Map).then(use_world);
    if let Some(w) = world {
        w.request();
    }
    let svg = Memo::new(move |_| {
        let (vw, vh) = viewport.get();
        let geometry = world.and_then(|w| w.get()).and_then(Result::ok);
        let t = theme.get();
        // A frame that is hidden or collapsed has no size yet: lay out for a
        // sensible default; the resize when it opens redraws it.
        let w = if vw < 100 { 640 } else { vw };
        state.with_input(geometry.as_deref(), |input| {
            let Some(chart) = id.of_pages().map(|make| make(input)) else {
                return String::new();
            };
            if !chart.ready() {
                return String::new();
            }
            let wanted = chart.preferred_height(w, t);
            let h = if chart.fills_height() {
                wanted.max(vh)
            } else {
                wanted
            };
            chart.render(t, Size::new(w, h)).unwrap_or_default()
        })
    });
    // Talking to the outside world: tell the parent page our height whenever
    // the chart is drawn again or the page's size changes.
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        dom::on_resize(&body, move || post_height(id));
    }
    Effect::new(move |_| {
        svg.track();
        request_animation_frame(move || post_height(id));
    });
    // A landmark with the skip link's target and a level-one heading: the
    // chart's title, for screen readers (the picture draws it too).
    view! {
        <main id="main" tabindex="-1" class="embed" data-testid="embed" data-chart=id.as_str()>
            <h1 class="visually-hidden">{move || id.title(lang.get())}</h1>
            <div class="chart-svg-box" inner_html=move || svg.get()></div>
        </main>
    }
}
