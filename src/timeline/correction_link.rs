//! `CorrectionLink`: an expanded milestone's "Suggest a correction" link, where the dataset names a contact; its address is built by a small WebAssembly chunk fetched when a card first expands.

use std::sync::Arc;

use dsr_core::i18n::{timeline, Lang};
use dsr_core::model::{Dataset, Meta, Text};
use leptos::prelude::*;

use crate::browser::split::CodeMissing;
use crate::widgets::chunk::Chunk;

/// The link's address: the contact with the milestone's id, title and page filled in.
type Href = fn(&Meta, &str, &Text, Lang) -> Option<String>;

#[::leptos::wasm_split::wasm_split(correction, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load() -> Result<Href, CodeMissing> {
    Ok(href)
}

fn href(meta: &Meta, id: &str, title: &Text, lang: Lang) -> Option<String> {
    let page = crate::browser::dom::page_url(&format!("?event={id}"));
    meta.correction_link(id, title.get(lang), &page, lang)
}

/// The link, once its chunk is here; nothing where the dataset names no contact.
#[component]
pub fn CorrectionLink(
    ds: Arc<Dataset>,
    /// The milestone's id and title.
    id: String,
    title: Text,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let chunk = Chunk::<Href>::new();
    chunk.fetch(load);
    move || {
        let l = lang.get();
        chunk
            .get()
            .and_then(|f| f(&ds.meta, &id, &title, l))
            .map(|href| {
                view! {
                    <a
                        class="correction"
                        href=href
                        target="_blank"
                        rel="noopener noreferrer"
                        data-testid="suggest-correction"
                    >
                        {timeline::SUGGEST_CORRECTION.get(l)}
                    </a>
                }
            })
    }
}
