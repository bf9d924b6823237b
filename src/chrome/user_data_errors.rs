//! `UserDataErrors`: the errors of a dataset file the reader opened and that was refused, above a dataset that stays on screen.

use dsr_core::i18n::{app, data, Lang};
use leptos::prelude::*;

use crate::state::use_user_data;
use crate::widgets::button::Button;
use crate::widgets::error_list::ErrorList;

/// The refused file's errors, each naming its record and field.
#[component]
pub fn UserDataErrors(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let user = use_user_data();
    move || {
        user.errors.get().map(|(file, errors)| {
            let l = lang.get();
            let n = errors.len();
            view! {
                <section
                    class="panel panel-error user-errors"
                    role="alert"
                    data-testid="user-errors"
                >
                    <h2>{data::refused(l, &file, n, data::plural_s(n))}</h2>
                    <ErrorList errors=errors lang=l />
                    <Button on_click=move |_| user.errors.set(None)>{app::DISMISS.get(l)}</Button>
                </section>
            }
        })
    }
}
