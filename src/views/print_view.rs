//! `PrintView`: a report for paper (`view=print`): every chart one per page, then the filtered milestones with their sources.

use dsr_core::chart::{ChartId, Size, Theme};
use dsr_core::filter;
use dsr_core::i18n::{app, timeline, views};
use leptos::prelude::*;

use crate::browser::dom;
use crate::state::{use_world, Derived};
use crate::widgets::button::Button;

/// Width the charts are laid out at for an A4 or Letter page.
const PAGE_WIDTH: u32 = 1000;

/// The printable report.
#[component]
pub fn PrintView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (filters, filtered, lang) = (v.filters, v.filtered, v.lang);
    // The report ends its charts with the map, once its geometry is here.
    let world = use_world();
    world.request();
    let charts = {
        let v = v.clone();
        move || {
            let geometry = world.get().and_then(Result::ok);
            v.with_input(geometry.as_deref(), |input| {
                ChartId::WITH_ADDRESS
                    .iter()
                    .filter_map(|&id| id.of_pages().map(|make| make(input)))
                    .filter(|chart| chart.ready())
                    .map(|chart| {
                        let h = chart.preferred_height(PAGE_WIDTH, Theme::Light);
                        let svg = chart.render(Theme::Light, Size::new(PAGE_WIDTH, h)).unwrap_or_default();
                        view! { <section class="print-chart" data-testid="print-chart" inner_html=svg></section> }
                    })
                    .collect_view()
            })
        }
    };
    let list = {
        let (ds, countries) = (ds.clone(), countries.clone());
        move || {
            let l = lang.get();
            filtered
                .get()
                .into_iter()
                .filter_map(|i| ds.milestones.get(i))
                .map(|m| {
                    let names: Vec<String> =
                        m.countries.iter().map(|&c| countries.name(c, l)).collect();
                    view! {
                        <li class="print-item">
                            <p class="meta">
                                {views::slide_meta(
                                    l,
                                    &m.date_label(l),
                                    m.category.label(l),
                                    m.confidence.label(l),
                                )}
                            </p>
                            <h3>{m.title.get(l).to_owned()}</h3>
                            {(!names.is_empty())
                                .then(|| {
                                    view! {
                                        <p>
                                            {app::label(l, timeline::COUNTRIES.get(l))}{l.join(&names)}
                                        </p>
                                    }
                                })}
                            <p>{m.summary.get(l).to_owned()}</p>
                            {m
                                .note
                                .as_ref()
                                .map(|n| {
                                    view! {
                                        <p class="note">
                                            "⚠ "{app::label(l, timeline::NOTE.get(l))}
                                            {n.get(l).to_owned()}
                                        </p>
                                    }
                                })}
                            <ul class="print-sources">
                                {m
                                    .sources
                                    .iter()
                                    .map(|s| {
                                        view! {
                                            <li>
                                                {views::print_source(
                                                    l,
                                                    &s.publisher,
                                                    &s.title,
                                                    &s.date.human(l),
                                                )}
                                                {s
                                                    .url
                                                    .clone()
                                                    .map(|u| {
                                                        view! {
                                                            " <"
                                                            <span class="url">{u}</span>
                                                            ">"
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let heading = {
        let countries = countries.clone();
        let title = ds.meta.title.clone();
        move || {
            let l = lang.get();
            let what = filters.with(|f| filter::describe(f, &countries, l));
            views::print_title(l, title.get(l), &what)
        }
    };
    let print = move |_| dom::print();
    view! {
        <div class="print-view" data-testid="print-view">
            <div class="print-bar">
                <Button testid="print-now" on_click=print>
                    {move || views::PRINT_NOW.get(lang.get())}
                </Button>
                <span class="muted">{move || views::PRINT_HINT.get(lang.get())}</span>
            </div>
            <h2 class="print-title">{heading}</h2>
            {charts}
            <h2 class="print-title">{move || views::MILESTONES.get(lang.get())}</h2>
            <ol class="print-list" data-testid="print-list">
                {list}
            </ol>
        </div>
    }
}
