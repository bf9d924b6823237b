//! `DataTable`: a chart's numbers as an HTML table, the chart's text alternative.

use dsr_core::chart::Table;
use leptos::prelude::*;

/// The table of a chart.
#[component]
pub fn DataTable(
    /// The numbers.
    table: Table,
) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid="chart-table">
                <caption>{table.caption.clone()}</caption>
                <thead>
                    <tr>
                        {table
                            .head
                            .iter()
                            .map(|h| view! { <th scope="col">{h.clone()}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .rows
                        .iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    {row
                                        .iter()
                                        .enumerate()
                                        .map(|(i, cell)| {
                                            if i == 0 {
                                                view! { <th scope="row">{cell.clone()}</th> }.into_any()
                                            } else {
                                                view! { <td>{cell.clone()}</td> }.into_any()
                                            }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
