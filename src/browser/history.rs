//! The address bar: the query string now, pushing a new one, the back and forward buttons, and same-page links.
//!
//! The app's state is only ever a query string on one page, so this is all of
//! routing it needs (a router would add about 15 KB of WASM for this).

use wasm_bindgen::JsCast;

/// The current query string, with its leading `?` (or empty).
pub fn search() -> String {
    if !super::dom::IN_BROWSER {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Shows `href` (a query string like `?q=x`, or the page's own path) in the
/// address bar: as a new history entry, or in place of the current one.
pub fn show(href: &str, replace: bool) {
    if !super::dom::IN_BROWSER {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(href))
    } else {
        history.push_state_with_url(&state, "", Some(href))
    };
}

/// The page's own path, for an address without a query.
pub fn path() -> String {
    if !super::dom::IN_BROWSER {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new query string when the reader goes back or
/// forward; the listener goes with the component that asked.
pub fn on_back_or_forward(on_change: impl Fn(String) + 'static) {
    super::dom::window_listener(leptos::ev::popstate, move |_| on_change(search()));
}

/// Makes a click on a same-page link (`<a href="?…">`) change the query
/// without loading the page again; `follow` receives the link's query string.
/// Clicks with a modifier key, or on links that open elsewhere, are left to the browser.
pub fn follow_query_links(follow: impl Fn(String) + 'static) {
    super::dom::window_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='?']").ok().flatten());
        let Some(link) = link else { return };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        if let Some(href) = link.get_attribute("href") {
            ev.prevent_default();
            follow(href);
        }
    });
}
