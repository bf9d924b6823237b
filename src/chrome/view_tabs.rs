//! `ViewTabs`: switches the results between the timeline, charts, map, table, conflicts, about and print (`view=`).

use dsr_core::i18n::{views, Lang};
use dsr_core::query::View;
use leptos::prelude::*;

use crate::browser::dom;
use crate::parts::Part;
use crate::state::use_url;

/// A view's tab label.
fn label(view: View, lang: Lang, n_shown: usize) -> String {
    match view {
        View::Timeline => return views::tab_timeline(lang, n_shown),
        View::Charts => views::TAB_CHARTS,
        View::Map => views::TAB_MAP,
        View::Table => views::TAB_TABLE,
        View::Conflicts => views::TAB_CONFLICTS,
        View::About => views::TAB_ABOUT,
        View::Print => views::TAB_PRINT,
    }
    .get(lang)
    .to_owned()
}

/// The tab bar above the results.
#[component]
pub fn ViewTabs(
    /// The view shown.
    current: Memo<View>,
    /// The milestones that pass the filters (the timeline tab counts them).
    filtered: Memo<Vec<usize>>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let url = use_url();
    // Talking to the outside world: on a phone the tabs scroll sideways; keep the current one in view.
    Effect::new(move |_| {
        current.track();
        request_animation_frame(|| dom::reveal_in_row(".view-tabs", "[aria-current=page]"));
    });
    view! {
        <nav class="view-tabs" aria-label=move || views::VIEWS.get(lang.get())>
            {View::ALL
                .iter()
                .map(|&view| {
                    let preload = move || {
                        if let Some(part) = Part::of_view(view) {
                            part.preload();
                        }
                    };
                    view! {
                        <button
                            type="button"
                            class="tab"
                            data-testid=format!("tab-{}", view.as_str())
                            aria-current=move || (current.get() == view).then_some("page")
                            on:pointerenter=move |_| preload()
                            on:focus=move |_| preload()
                            on:click=move |_| {
                                url.update(|q| {
                                    q.view = (view != View::Timeline).then_some(view);
                                    q.chart = None;
                                })
                            }
                        >
                            {move || label(view, lang.get(), filtered.with(Vec::len))}
                        </button>
                    }
                })
                .collect_view()}
        </nav>
    }
}
