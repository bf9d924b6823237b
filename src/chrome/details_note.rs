//! `DetailsNote`: the error panel, above the timeline, when the source details and the other language's texts could not be fetched; "Try again" fetches them again.

use dsr_core::i18n::Lang;
use leptos::prelude::*;

use crate::chrome::error_panel::ErrorPanel;
use crate::state::use_source_details;

/// Nothing, or the file that failed and why.
#[component]
pub fn DetailsNote(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let details = use_source_details();
    move || match details.get() {
        Some(Err(error)) => Some(view! {
            <ErrorPanel
                error=error
                details=true
                lang=lang
                on_retry=Callback::new(move |()| details.request())
            />
        }),
        _ => None,
    }
}
