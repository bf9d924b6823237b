//! `NoticeBar`: the small visible notice listing URL parameters that were ignored.

use dsr_core::i18n::{notices, Lang};
use dsr_core::query::Notice;
use leptos::prelude::*;

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
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let l = lang.get();
            let items = list
                .iter()
                .map(|n| view! { <li>{n.message(l)}</li> })
                .collect_view();
            view! {
                <div class="notice-bar" role="status" data-testid="notices">
                    <strong>{notices::HEADING.get(l)}</strong>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
