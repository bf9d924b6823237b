//! `WhatsNewBar`: above the timeline, for a returning reader or a `new=` link (its own lazy chunk): has the list of changes fetched, says how many milestones were added since the version last seen (their cards are marked), offers to show only them (`new=`), and to forget the visit.

use dsr_core::i18n::{data, timeline};
use leptos::prelude::*;

use crate::state::{use_url, use_whats_new, Derived};
use crate::widgets::button::{Appearance, Button};

/// The bar, or nothing on a first visit (or once forgotten).
#[component]
pub fn WhatsNewBar(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let url = use_url();
    let wn = use_whats_new();
    let lang = state.lang;
    let ds = state.ds.clone();
    let current = ds.meta.version.clone();
    let filtering = Memo::new(move |_| state.filters.with(|f| f.new_since.clone()));
    // The list of changes, for the marks and for `new=`.
    wn.load(&ds);
    move || {
        let previous = wn.previous.get()?;
        let marked = wn.marked.get()?;
        let l = lang.get();
        // Milestones only: a release may add an agreement series too.
        let n = ds
            .milestones
            .iter()
            .filter(|m| marked.binary_search(&m.id).is_ok())
            .count();
        let words = if n == 0 {
            timeline::nothing_new(l, &previous)
        } else {
            timeline::new_since_visit(l, n, data::plural_s(n), &previous, &current)
        };
        let showing = {
            let previous = previous.clone();
            Memo::new(move |_| filtering.get().as_deref() == Some(previous.as_str()))
        };
        let since = previous.clone();
        let toggle = move |_| {
            let on = showing.get_untracked();
            let since = since.clone();
            url.update(move |q| q.filters.new_since = (!on).then_some(since));
        };
        Some(view! {
            <div class="whats-new" role="status" data-testid="whats-new">
                <p>{words} " " <span class="muted">{timeline::VISIT_STORED.get(l)}</span></p>
                <div class="whats-new-tools">
                    {(n > 0)
                        .then(|| {
                            view! {
                                <Button

                                    testid="show-new"
                                    pressed=showing
                                    on_click=toggle
                                >
                                    {move || {
                                        if showing.get() {
                                            timeline::SHOW_ALL_AGAIN.get(lang.get())
                                        } else {
                                            timeline::SHOW_NEW.get(lang.get())
                                        }
                                    }}
                                </Button>
                            }
                        })}
                    <Button
                        appearance=Appearance::Secondary
                        testid="forget-visit"
                        on_click=move |_| {
                            wn.forget();
                            url.update(|q| q.filters.new_since = None);
                        }
                    >
                        {timeline::FORGET_VISIT.get(l)}
                    </Button>
                </div>
            </div>
        })
    }
}
