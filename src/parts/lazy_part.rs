//! `LazyPart`: a view whose code is loaded when first shown: drawn at once if its chunk is already here, else a loading line until it arrives, and a message with a retry if it did not.

use dsr_core::i18n::{app, data};
use leptos::prelude::*;

use super::loaders::Part;
use crate::state::{use_source_details, Derived};
use crate::widgets::button::Button;

/// A lazily loaded view.
#[component]
pub fn LazyPart(
    /// Which part.
    part: Part,
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let lang = state.lang;
    // Every part shows sources whole: it waits for the dataset's source
    // titles and addresses as for its code.
    let details = use_source_details();
    // Bumped when a load ends, and by the retry button.
    let attempt = RwSignal::new(0_u32);
    let failed = RwSignal::new(false);
    let start = move || {
        failed.set(false);
        leptos::task::spawn_local(async move {
            let ok = part.load().await.is_ok();
            // The part may have been left meanwhile.
            if failed.try_set(!ok).is_some() {
                return;
            }
            attempt.update(|n| *n += 1);
        });
    };
    if part.loaded().is_none() {
        start();
    }
    let retry = move || {
        details.request();
        start();
    };
    move || {
        attempt.track();
        let whole = details.get();
        if let (Some(build), Some(Ok(ds))) = (part.loaded(), &whole) {
            let mut state = state.clone();
            state.ds = ds.clone();
            return build(part, state);
        }
        if failed.get() || matches!(whole, Some(Err(_))) {
            return view! {
                <section
                    class="panel panel-error"
                    role="alert"
                    data-testid="part-error"
                    data-part=part.name()
                >
                    <p>{move || app::PART_FAILED.get(lang.get())}</p>
                    <Button on_click=move |_| retry()>{move || data::RETRY.get(lang.get())}</Button>
                </section>
            }
            .into_any();
        }
        view! {
            <div class="panel loading" role="status" aria-live="polite" data-testid="part-loading">
                <span class="spinner" aria-hidden="true"></span>
                {move || app::PART_LOADING.get(lang.get())}
            </div>
        }
        .into_any()
    }
}
