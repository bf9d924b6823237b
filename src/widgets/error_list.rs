//! `ErrorList`: the errors of a dataset, each naming its file, record and field, as a list (the load-error panel and a refused file's panel show the same list); the wording of the messages is a WebAssembly chunk fetched when a list is first shown.

use dsr_core::i18n::{app, Lang};
use dsr_core::validate::DataError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::split::CodeMissing;

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
    /// The errors, all of them.
    errors: Vec<DataError>,
    /// Interface language.
    lang: Lang,
    /// The test id (`data-testid`).
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let (loaded, set_loaded) = signal(None::<Result<Words, CodeMissing>>);
    spawn_local(async move { set_loaded.set(Some(load_words().await)) });
    // The list appears whole once its words have come, so that whoever
    // reads it (a screen reader, a test) never reads half of it.
    move || {
        loaded.get().map(|r| match r {
            Ok(words) => view! {
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
            Err(CodeMissing) => view! {
                <p class="error-list" role="status" data-testid=testid>
                    {app::PART_FAILED.get(lang)}
                </p>
            }
            .into_any(),
        })
    }
}
