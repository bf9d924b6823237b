//! `ChartsView`: the four charts (on a phone, the one that fits its first screen leads); `?chart=<id>` scrolls to one.

use dsr_core::chart::ChartId;
use leptos::prelude::*;

use super::chart_card::ChartCard;
use super::deck_button::DeckButton;
use super::time_scrubber::TimeScrubber;
use crate::browser::dom;
use crate::state::Derived;

/// All charts, one card each.
#[component]
pub fn ChartsView(
    /// The data and the URL state.
    state: Derived,
    /// The membership matrix, a part of its own (its place is in the charts' order).
    #[prop(into)]
    matrix: ViewFn,
) -> impl IntoView {
    let v = state;
    // A memo, so that the cards are rebuilt only when the order changes, not on every resize.
    let order = Memo::new(move |_| ChartId::view_order(v.viewport.get().0));
    let linked = Memo::new(move |_| v.query.with(|q| q.chart));
    // Talking to the outside world: bring a linked chart into view.
    Effect::new(move |_| {
        if let Some(id) = linked.get() {
            request_animation_frame(move || {
                if let Some(el) = dom::by_id(&format!("chart-{}", id.as_str())) {
                    el.scroll_into_view();
                }
            });
        }
    });
    view! {
        <div class="charts-view">
            <DeckButton state=v.clone() />
            <TimeScrubber state=v.clone() />
            <div class="charts" data-testid="charts">
                {move || {
                    order
                        .get()
                        .iter()
                        .map(|&id| match id.of_charts_view() {
                            Some(make) => {
                                view! { <ChartCard id=id make=make state=v.clone() /> }.into_any()
                            }
                            None => matrix.run(),
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
}
