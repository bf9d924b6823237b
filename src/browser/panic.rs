//! The panic handler: logs to the console and replaces the page with a readable error panel.
//!
//! After a panic the WebAssembly instance cannot be trusted, so the panel is
//! built with plain DOM calls and its "reload" control is an ordinary link
//! to the current address, which works without any script.
//!
//! A release build aborts at once on a panic (`-Cpanic=immediate-abort`,
//! scripts/release-env.sh: 7.2 KB less to fetch), so no hook runs there: the
//! WebAssembly traps, and public/boot.js, which sees the trap as an uncaught
//! `WebAssembly.RuntimeError`, asks for the same panel ([`broken`]). A
//! debug build runs the hook, with the panic's message.

use wasm_bindgen::prelude::*;

use dsr_core::i18n::{app, Lang};

/// Sets the panic hook. Safe to call more than once.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Shows the panel for a trap of the WebAssembly that no panic hook saw (a
/// release build aborts at once on a panic), unless a panel is already shown.
/// Called by public/boot.js.
#[wasm_bindgen(js_name = dsrBroken)]
pub fn broken(detail: String) {
    show(&detail);
}

fn show(detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else { return };
    if doc.get_element_by_id("panic-panel").is_some() {
        return;
    }
    let Some(body) = doc.body() else { return };
    let href = window.location().href().unwrap_or_default();
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| l.get(..2).and_then(|tag| tag.parse::<Lang>().ok()))
        .unwrap_or_default();
    let make = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = doc.create_element("div").ok() else {
        return;
    };
    panel.set_id("panic-panel");
    panel.set_class_name("panel panel-error");
    let _ = panel.set_attribute("role", "alert");
    let parts = [
        make("h1", app::SOMETHING_BROKE.get(lang)),
        make("p", app::SOMETHING_BROKE_BODY.get(lang)),
        make("pre", detail),
        make("a", app::RELOAD.get(lang)),
    ];
    for part in parts.into_iter().flatten() {
        if part.tag_name().eq_ignore_ascii_case("a") {
            let _ = part.set_attribute("href", &href);
            part.set_class_name("button");
        }
        let _ = panel.append_child(&part);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}

/// Panics on purpose, so that the browser tests can check the panic panel.
/// Not used by the app itself.
#[wasm_bindgen(js_name = dsrPanicForTests)]
#[allow(clippy::panic)]
pub fn panic_for_tests() {
    panic!("deliberate panic requested by a test");
}
