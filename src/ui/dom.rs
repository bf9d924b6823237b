//! Small `web_sys` helpers: document attributes, viewport signals, focus and scrolling.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets (or with `None` removes) an attribute on `<html>`.
pub fn set_root_attr(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The viewport's width and height in CSS pixels, kept current by a resize listener.
pub fn viewport() -> ReadSignal<(u32, u32)> {
    let size = || {
        let w = web_sys::window();
        let get = |v: Option<wasm_bindgen::JsValue>, d: u32| {
            v.and_then(|v| v.as_f64()).map_or(d, |x| x.max(0.0) as u32)
        };
        (
            get(w.as_ref().and_then(|w| w.inner_width().ok()), 1024),
            get(w.as_ref().and_then(|w| w.inner_height().ok()), 768),
        )
    };
    let (get, set) = signal(size());
    let handle = window_event_listener(leptos::ev::resize, move |_| set.set(size()));
    on_cleanup(move || handle.remove());
    get
}

/// Whether the system prefers a dark colour scheme, kept current.
pub fn prefers_dark() -> ReadSignal<bool> {
    let query = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    let (get, set) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = query {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set.set(e.matches()),
        );
        let _ = q.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        // Lives as long as the page.
        cb.forget();
    }
    get
}

/// The element with this id.
pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Walks up from an event target to the nearest element with `data-<name>`,
/// and returns the attribute's value.
pub fn closest_data(target: Option<web_sys::EventTarget>, name: &str) -> Option<String> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    let found = el.closest(&format!("[data-{name}]")).ok()??;
    found.get_attribute(&format!("data-{name}"))
}

/// Moves focus among the elements matching `selector` inside `container`:
/// `step` of +1/-1 moves from the focused one; `i64::MIN`/`MAX` go to the ends.
pub fn move_focus(container: &web_sys::Element, selector: &str, step: i64) -> bool {
    let Ok(list) = container.query_selector_all(selector) else {
        return false;
    };
    let n = list.length() as i64;
    if n == 0 {
        return false;
    }
    let active = document().and_then(|d| d.active_element());
    let current = (0..n).find(|&i| {
        list.item(i as u32)
            .zip(active.as_ref())
            .is_some_and(|(node, a)| node.is_same_node(Some(a.as_ref())))
    });
    let next = match (step, current) {
        (i64::MIN, _) => 0,
        (i64::MAX, _) => n - 1,
        (s, Some(c)) => (c + s).clamp(0, n - 1),
        (_, None) => 0,
    };
    list.item(next as u32)
        .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.focus().is_ok())
        .unwrap_or(false)
}

/// Whether the system prefers a dark colour scheme right now.
pub fn prefers_dark_now() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|q| q.matches())
}
