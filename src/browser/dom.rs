//! Small `web_sys` helpers: document attributes, viewport and dark-preference signals, window listeners, focus and scrolling.
//!
//! Outside the browser (the build-time renderer, native tests) the signals
//! hold fixed values and no listener is added, so the same components render
//! to HTML natively.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether this runs in a browser (WebAssembly), rather than natively.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// The viewport the build-time renderer lays the first view out for: a
/// common phone. The year strip drawn for it scales to any width.
pub const RENDER_VIEWPORT: (u32, u32) = (390, 844);

fn document() -> Option<web_sys::Document> {
    if !IN_BROWSER {
        return None;
    }
    web_sys::window()?.document()
}

/// Listens to `event` on the window for as long as the component that asked
/// lives; nothing outside the browser.
pub fn window_listener<E>(event: E, on_event: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    if !IN_BROWSER {
        return;
    }
    let handle = window_event_listener(event, on_event);
    on_cleanup(move || handle.remove());
}

/// Sends a plain event named `name` on the window, for the page's own scripts.
pub fn announce(name: &str) {
    if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&ev);
    }
}

/// Whether `<html>` carries the attribute `name` (never, outside the browser).
pub fn root_has_attr(name: &str) -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(name))
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

/// The viewport's width and height in CSS pixels, kept current by a resize
/// listener that goes with the component that asked.
pub fn viewport() -> Signal<(u32, u32)> {
    if !IN_BROWSER {
        return Signal::stored(RENDER_VIEWPORT);
    }
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
    window_listener(leptos::ev::resize, move |_| set.set(size()));
    get.into()
}

/// Whether the reader asked the system for reduced motion (read when needed).
pub fn prefers_reduced_motion() -> bool {
    IN_BROWSER
        && web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|q| q.matches())
}

/// Whether the system prefers a dark colour scheme, kept current by a
/// media-query listener that goes with the component that asked.
pub fn system_prefers_dark() -> Signal<bool> {
    if !IN_BROWSER {
        return Signal::stored(false);
    }
    let query = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    let (get, set) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = query {
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set.set(e.matches()),
        );
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let listener = SendWrapper::new((q, on_change));
        on_cleanup(move || {
            let (q, on_change) = &*listener;
            let _ =
                q.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
    }
    get.into()
}

/// Calls `on_resize` whenever the element's size changes, through a
/// `ResizeObserver` that is disconnected with the component that asked.
pub fn on_resize(element: &web_sys::Element, on_resize: impl Fn() + 'static) {
    if !IN_BROWSER {
        return;
    }
    let callback = Closure::<dyn Fn()>::new(on_resize);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(element);
    let kept = SendWrapper::new((observer, callback));
    on_cleanup(move || kept.0.disconnect());
}

/// The element with this id.
pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Whether an event's target is a form control (an input, a select, a
/// text area), which takes its own keys.
pub fn is_form_control(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
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

/// Tells the page (`public/entry.js`) that the app has drawn its first
/// state, so that it takes over from the first view rendered at build time.
pub fn announce_ready() {
    let Some(doc) = document() else { return };
    // The page's script takes the announcement (it cancels it) and swaps
    // the app in when it has replayed what the reader did.
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let taken = web_sys::Event::new_with_event_init_dict("dsr:ready", &init)
        .and_then(|ev| doc.dispatch_event(&ev))
        .is_ok_and(|not_cancelled| !not_cancelled);
    // Should the page's script be missing, show the app at once.
    if let Some(app) = by_id("app").filter(|a| !taken && a.hidden()) {
        if let Some(first) = doc.get_element_by_id("first-view") {
            first.remove();
        }
        if let Some(shell) = doc.get_element_by_id("boot-shell") {
            shell.remove();
        }
        app.set_hidden(false);
    }
}

/// Focuses the first element matching `selector`, if there is one.
pub fn focus_selector(selector: &str) -> bool {
    let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else {
        return false;
    };
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.focus().is_ok(),
        Err(el) => el
            .dyn_into::<web_sys::SvgElement>()
            .is_ok_and(|svg| svg.focus().is_ok()),
    }
}

/// Asks for full screen (needs a click); where the browser refuses, nothing happens.
pub fn request_fullscreen() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

/// Leaves full screen, if the page is in it.
pub fn exit_fullscreen() {
    if let Some(doc) = document() {
        if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }
}

/// Whether the page is in full screen.
pub fn is_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The address of this page with the query string `qs` (for links and embeds).
pub fn page_url(qs: &str) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    if qs.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{qs}")
    }
}

/// Scrolls the element with this id into view: centred, or just enough.
pub fn scroll_to(id: &str, centre: bool) {
    if let Some(el) = by_id(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(if centre {
            web_sys::ScrollLogicalPosition::Center
        } else {
            web_sys::ScrollLogicalPosition::Nearest
        });
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Today's date in the reader's time zone (an access date); `None` outside the browser.
pub fn today() -> Option<dsr_core::model::PartialDate> {
    if !IN_BROWSER {
        return None;
    }
    let d = js_sys::Date::new_0();
    let (y, m, day) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    dsr_core::model::PartialDate::from_parts(
        u16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

/// Scrolls the row `row_selector` sideways (only sideways) so that its
/// `item_selector` is in view: the current tab in the phone's scrolling tab row.
pub fn reveal_in_row(row_selector: &str, item_selector: &str) {
    let Some(doc) = document() else { return };
    let Some(row) = doc.query_selector(row_selector).ok().flatten() else {
        return;
    };
    let Some(item) = row.query_selector(item_selector).ok().flatten() else {
        return;
    };
    let (r, i) = (
        row.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let left = f64::from(row.scroll_left());
    if i.left() < r.left() {
        row.set_scroll_left((left - (r.left() - i.left()) - 16.0) as i32);
    } else if i.right() > r.right() {
        row.set_scroll_left((left + (i.right() - r.right()) + 16.0) as i32);
    }
}
