//! `ErrorList`: the errors of a dataset, each naming its file, record and field, as a list (the load-error panel and a refused file's panel show the same list).

use dsr_core::i18n::Lang;
use dsr_core::validate::DataError;
use leptos::prelude::*;

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
    view! {
        <ul class="error-list" data-testid=testid>
            {errors
                .iter()
                .map(|e| {
                    view! {
                        <li>
                            <code>{e.message(lang)}</code>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
