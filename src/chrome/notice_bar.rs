//! `NoticeBar`: the small visible notice listing URL parameters that were ignored.

use crate::widgets::button::{Appearance, Button};
use dsr_core::i18n::{notices, Lang};
use dsr_core::query::Notice;
use leptos::prelude::*;

/// How many notices show before "show all".
const SHOWN: usize = 10;

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
    // A long list (a link with hundreds of unknown codes) shows its first
    // few and a count; the rest is drawn only when asked for.
    let (all, set_all) = signal(false);
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let l = lang.get();
            let shown = if all.get() {
                list.len()
            } else {
                SHOWN.min(list.len())
            };
            let hidden = list.len() - shown;
            let items = list
                .iter()
                .take(shown)
                .map(|n| view! { <li>{n.message(l)}</li> })
                .collect_view();
            view! {
                <div class="notice-bar" role="status" data-testid="notices">
                    <strong>{notices::HEADING.get(l)}</strong>
                    <ul>{items}</ul>
                    {(hidden > 0)
                        .then(|| {
                            view! {
                                <p class="notice-more">
                                    {notices::and_more(l, hidden)}" "
                                    <Button
                                        appearance=Appearance::Secondary
                                        testid="notices-all"
                                        on_click=move |_| set_all.set(true)
                                    >
                                        {notices::show_all(l, list.len())}
                                    </Button>
                                </p>
                            }
                        })}
                </div>
            }
        })
    }
}
