//! `NoticeBar`: the small visible notice listing URL parameters that were ignored; its words and its list are a WebAssembly chunk, fetched with the data when the address may raise a notice.

use crate::browser::split::CodeMissing;
use crate::widgets::button::{Appearance, Button};
use crate::widgets::chunk::{missing_note, Chunk};
use dsr_core::i18n::{notices, Lang};
use dsr_core::query::Notice;
use leptos::prelude::*;

/// How many notices show before "show all".
const SHOWN: usize = 10;

/// Draws the bar for a list of notices (not empty), in a language, showing
/// all of them once `all` is set.
type Draw = fn(&[Notice], Lang, RwSignal<bool>) -> AnyView;

/// The bar's words (every kind of notice, in both languages) are needed only
/// when an address has something wrong with it: a chunk of their own.
#[::leptos::wasm_split::wasm_split(notices, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_draw() -> Result<Draw, CodeMissing> {
    Ok(draw)
}

/// Starts fetching the bar's chunk, for an address that may raise a notice
/// ([`Query::may_raise_notices`]): it comes with the data, so the bar is
/// drawn with the page and never pushes it down afterwards.
///
/// [`Query::may_raise_notices`]: dsr_core::query::Query::may_raise_notices
pub fn prefetch() {
    leptos::task::spawn_local(async {
        let _ = load_draw().await;
    });
}

fn draw(list: &[Notice], l: Lang, all: RwSignal<bool>) -> AnyView {
    // A long list (a link with hundreds of unknown codes) shows its first
    // few and a count; the rest is drawn only when asked for.
    let shown = if all.get() {
        list.len()
    } else {
        SHOWN.min(list.len())
    };
    let hidden = list.len() - shown;
    let total = list.len();
    let items = list
        .iter()
        .take(shown)
        .map(|n| view! { <li>{n.message(l)}</li> })
        .collect_view();
    view! {
        <div class="notice-bar" role="status" data-testid="notices">
            <strong>{notices::HEADING.get(l)}</strong>
            <ul>{items}</ul>
            {(hidden > 0)
                .then(|| {
                    view! {
                        <p class="notice-more">
                            {notices::and_more(l, hidden)}" "
                            <Button
                                appearance=Appearance::Secondary
                                testid="notices-all"
                                on_click=move |_| all.set(true)
                            >
                                {notices::show_all(l, total)}
                            </Button>
                        </p>
                    }
                })}
        </div>
    }
    .into_any()
}

/// Lists ignored URL parameters; renders nothing when there are none.
#[component]
pub fn NoticeBar(
    /// The notices to show.
    #[prop(into)]
    notices: Signal<Vec<Notice>>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let all = RwSignal::new(false);
    let chunk = Chunk::<Draw>::new();
    // The chunk is fetched when there is first something to show (and
    // again on the next notice, if it could not be).
    Effect::new(move |_| {
        if notices.with(|n| !n.is_empty()) {
            chunk.fetch(load_draw);
        }
    });
    move || {
        let l = lang.get();
        notices.with(|list| {
            if list.is_empty() {
                return None;
            }
            match chunk.get() {
                Some(draw) => Some(draw(list, l, all)),
                None if chunk.missing() => Some(missing_note("notice-bar", l, Some("notices"))),
                None => None,
            }
        })
    }
}
