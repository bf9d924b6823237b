//! `AsOfBar`: while `asof=` is set, says plainly that the page shows a past state, how many later milestones it leaves out, and offers the way back to now.

use dsr_core::filter;
use dsr_core::i18n::{data, timeline};
use leptos::prelude::*;

use crate::state::{use_url, Derived, WhatsNew};
use crate::widgets::button::{Appearance, Button};

/// The past-state bar; renders nothing without `asof=`.
#[component]
pub fn AsOfBar(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let url = use_url();
    let (filters, lang) = (state.filters, state.lang);
    let whats_new = use_context::<WhatsNew>();
    let (ds, countries) = (state.ds.clone(), state.countries.clone());
    move || {
        let asof = filters.with(|f| f.asof)?;
        let l = lang.get();
        let later = filters.with(|f| {
            let changes = whats_new.and_then(|w| w.changes.get()).flatten();
            filter::later(&ds, f, &countries, changes.as_deref())
        });
        let date = asof.last_day().human(l);
        Some(view! {
            <div class="as-of-bar" role="status" data-testid="as-of-bar">
                <p>
                    <strong>{timeline::as_of_state(l, &date)}</strong>
                    " "
                    {(later > 0)
                        .then(|| timeline::later_hidden(
                            l,
                            &l.number(later),
                            data::plural_s(later),
                        ))}
                </p>
                <Button
                    appearance=Appearance::Secondary
                    testid="back-to-now"
                    on_click=move |_| url.update(|q| q.filters.asof = None)
                >
                    {timeline::BACK_TO_NOW.get(l)}
                </Button>
            </div>
        })
    }
}
