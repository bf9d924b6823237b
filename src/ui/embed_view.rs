//! `EmbedView`: one chart alone, filling its frame (`?embed=<chart>`), telling its parent page its height.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::dashboard::use_view;
use super::world::use_world;
use crate::chart::{ChartId, Size};

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
) -> impl IntoView {
    let v = use_view();
    let (theme, viewport) = (v.theme, v.viewport);
    let world = (id == ChartId::Map).then(use_world);
    if let Some(w) = world {
        w.request();
    }
    let svg = Memo::new(move |_| {
        let (vw, vh) = viewport.get();
        let geometry = world.and_then(|w| w.get()).and_then(Result::ok);
        if world.is_some() && geometry.is_none() {
            return String::new();
        }
        let t = theme.get();
        // A frame that is hidden or collapsed has no size yet: lay out for a
        // sensible default; the resize when it opens redraws it.
        let w = if vw < 100 { 640 } else { vw };
        v.with_input(geometry.as_deref(), |input| {
            let h = id.preferred_height(input, w, t).max(vh);
            id.render(input, t, Size::new(w, h)).unwrap_or_default()
        })
    });
    // Talking to the outside world: keep the parent page told of our height.
    Effect::new(move |_| {
        svg.track();
        request_animation_frame(move || post_height(id));
    });
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let observer_cb = Closure::<dyn Fn()>::new(move || post_height(id));
        if let Ok(observer) = web_sys::ResizeObserver::new(observer_cb.as_ref().unchecked_ref()) {
            observer.observe(&body);
        }
        // The embed view lives as long as the page.
        observer_cb.forget();
    }
    view! {
        <main class="embed" data-testid="embed" data-chart=id.as_str()>
            <div class="chart-svg-box" inner_html=move || svg.get()></div>
        </main>
    }
}
