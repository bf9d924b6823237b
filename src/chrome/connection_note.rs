//! `ConnectionNote`: says when this visit is offline (and which data it shows), and when a newer build of the tracker is ready.
//!
//! The service worker's page script (public/sw-page.js) marks `<html>` with
//! `data-offline` and `data-update` and sends `dsr-connection` when either
//! changes; "Show it" sends `dsr-apply-update` back, and the script lets the
//! new build take over and reloads the page (the address keeps the view).

use dsr_core::i18n::{app, Lang};
use dsr_core::model::Meta;
use leptos::prelude::*;

use crate::browser::dom::{announce, root_has_attr, window_listener};
use crate::widgets::button::{Appearance, Button};

/// Nothing while online and current; otherwise one line, and a button for a newer build.
#[component]
pub fn ConnectionNote(
    /// The dataset's metadata: its version and date are said when offline.
    meta: Meta,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let read = || (root_has_attr("data-offline"), root_has_attr("data-update"));
    let (state, set_state) = signal(read());
    window_listener(
        leptos::ev::Custom::<web_sys::Event>::new("dsr-connection"),
        move |_| {
            set_state.set(read());
        },
    );
    move || {
        let (offline, update) = state.get();
        let l = lang.get();
        let offline = offline.then(|| {
            view! { <p data-testid="offline-note">{app::offline(l, &meta.version, &meta.updated.human(l))}</p> }
        });
        let update = update.then(|| {
            view! {
                <p data-testid="update-note">
                    {app::UPDATE_READY.get(l)} " "
                    <Button
                        appearance=Appearance::Secondary
                        testid="update-apply"
                        on_click=move |_| announce("dsr-apply-update")
                    >
                        {app::UPDATE_APPLY.get(l)}
                    </Button>
                </p>
            }
        });
        (offline.is_some() || update.is_some()).then(|| {
            view! {
                <div class="connection-note" role="status">
                    {offline}
                    {update}
                </div>
            }
        })
    }
}
