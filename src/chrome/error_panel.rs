//! `ErrorPanel`: says which file failed to load and why, lists every validation error, offers a retry; also for the source details, above a timeline that works without them.

use dsr_core::i18n::{data, Lang};
use leptos::prelude::*;

use crate::browser::fetch::LoadError;
use crate::widgets::button::Button;
use crate::widgets::error_list::ErrorList;

/// Shown instead of the dashboard when loading fails, or above it when only
/// the source details did (`details`).
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Whether it was the source details (and the other language's texts),
    /// fetched once the timeline responds, rather than the dataset.
    #[prop(optional)]
    details: bool,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// Called by the "Try again" button.
    on_retry: Callback<()>,
) -> impl IntoView {
    // Talking to the page: the error is drawn, so take over from the first
    // view (the details fail only after the timeline has taken over).
    if !details {
        Effect::new(|_| crate::browser::dom::announce_ready());
    }
    let file = error.file().to_owned();
    let invalid = matches!(error, LoadError::Invalid { .. });
    let heading = move || {
        if details {
            data::DETAILS_FAILED.get(lang.get())
        } else if invalid {
            data::INVALID_DATASET.get(lang.get())
        } else {
            data::LOAD_FAILED.get(lang.get())
        }
    };
    let detail = move || {
        let l = lang.get();
        let list = match &error {
            LoadError::Invalid { errors, .. } => Some(
                view! { <ErrorList errors=errors.clone() lang=l testid="validation-errors" /> },
            ),
            _ => None,
        };
        view! {
            <p>{error.message(l)}</p>
            {list}
        }
    };
    view! {
        <section
            class=if details { "panel panel-error details-error" } else { "panel panel-error" }
            role="alert"
            data-testid=if details { "details-error" } else { "load-error" }
        >
            <h2>{heading}</h2>
            <p>
                {move || data::FILE_LABEL.get(lang.get())}
                <code data-testid="failed-file">{file.clone()}</code>
            </p>
            {detail}
            <Button on_click=move |_| {
                on_retry.run(())
            }>{move || data::RETRY.get(lang.get())}</Button>
        </section>
    }
}
