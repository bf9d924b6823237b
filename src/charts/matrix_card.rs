//! `MatrixCard`: the membership matrix's card, with the choice of its rows' order (`matrix=`); a part of its own in the Charts view, and in the comparison.

use dsr_core::chart::{matrix, ChartId};
use dsr_core::i18n::compare;
use dsr_core::membership::MatrixOrder;
use leptos::prelude::*;

use super::chart_card::ChartCard;
use crate::state::{use_url, Derived};

/// The order's name in the reader's language.
fn label(order: MatrixOrder) -> &'static dsr_core::i18n::Phrase {
    match order {
        MatrixOrder::Joined => &compare::ORDER_JOINED,
        MatrixOrder::Agreements => &compare::ORDER_AGREEMENTS,
        MatrixOrder::Name => &compare::ORDER_NAME,
    }
}

/// The choice of the rows' order, then the matrix.
#[component]
pub fn MatrixCard(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let url = use_url();
    let (lang, order) = (state.lang, state.matrix);
    let options = MatrixOrder::ALL
        .iter()
        .map(|&o| {
            view! {
                <option value=o.as_str() selected=move || order.get() == o>
                    {move || label(o).get(lang.get())}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="matrix-card">
            <p class="inline-field">
                <label for="matrix-order">{move || compare::ROWS_BY.get(lang.get())}</label>
                <select
                    id="matrix-order"
                    data-testid="matrix-order"
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<MatrixOrder>().ok();
                        url.update(|q| q.matrix = chosen.filter(|o| *o != MatrixOrder::default()));
                    }
                >
                    {options}
                </select>
            </p>
            <ChartCard id=ChartId::Membership make=matrix::make state=state />
        </div>
    }
}
