//! `ErrorList`: the errors of a dataset, each naming its file, record and field, as a list (the load-error panel and a refused file's panel show the same list); the wording of the messages is a WebAssembly chunk fetched when a list is first shown.

use std::sync::Arc;

use dsr_core::i18n::Lang;
use dsr_core::validate::DataError;
use leptos::prelude::*;

use crate::browser::split::CodeMissing;
use crate::widgets::chunk::{missing_note, Chunk};

/// Words each error in a language.
type Words = fn(&[DataError], Lang) -> Vec<String>;

fn words(errors: &[DataError], lang: Lang) -> Vec<String> {
    errors.iter().map(|e| e.message(lang)).collect()
}

/// The messages of every kind of data error, in both languages, are only
/// needed when something is wrong: a chunk of their own, so that a reader
/// whose data is fine never downloads them.
#[::leptos::wasm_split::wasm_split(errors, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_words() -> Result<Words, CodeMissing> {
    Ok(words)
}

/// Every error, in the reader's language.
#[component]
pub fn ErrorList(
    /// The errors, all of them (shared with the panel that shows them).
    errors: Arc<[DataError]>,
    /// Interface language.
    lang: Lang,
    /// The test id (`data-testid`).
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let chunk = Chunk::<Words>::new();
    chunk.fetch(load_words);
    // The list appears whole once its words have come, so that whoever
    // reads it (a screen reader, a test) never reads half of it.
    move || match chunk.get() {
        Some(words) => Some(
            view! {
                <ul class="error-list" data-testid=testid>
                    {words(&errors, lang)
                        .into_iter()
                        .map(|m| {
                            view! {
                                <li>
                                    <code>{m}</code>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        ),
        None if chunk.missing() => Some(missing_note("error-list", lang, testid)),
        None => None,
    }
}
