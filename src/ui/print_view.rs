//! `PrintView`: a report for paper (`view=print`): every chart one per page, then the filtered milestones with their sources.

use leptos::prelude::*;

use super::dashboard::use_view;
use crate::chart::{self, ChartId, Size};
use crate::filter;
use crate::i18n::{Key, Lang};

/// Width the charts are laid out at for an A4 or Letter page.
const PAGE_WIDTH: u32 = 1000;

/// The printable report.
#[component]
pub fn PrintView() -> impl IntoView {
    let v = use_view();
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (query, filtered, lang) = (v.query, v.filtered, v.lang);
    let charts = {
        let v = v.clone();
        move || {
            v.with_input(None, |input| {
                ChartId::ALL
                    .iter()
                    .map(|&id| {
                        let h = id.preferred_height(input, PAGE_WIDTH, chart::Theme::Light);
                        let svg = id.render(input, chart::Theme::Light, Size::new(PAGE_WIDTH, h)).unwrap_or_default();
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
                .map(|i| {
                    let m = &ds.milestones[i];
                    let names: Vec<String> = m.countries.iter().map(|&c| countries.name(c, l)).collect();
                    let date = match m.end {
                        Some(end) => format!("{} – {}", m.date.human(l), end.human(l)),
                        None => m.date.human(l),
                    };
                    view! {
                        <li class="print-item">
                            <p class="meta">{date}" · "{m.category.label(l)}" · "{m.confidence.label(l)}</p>
                            <h3>{m.title.get(l).to_owned()}</h3>
                            {(!names.is_empty()).then(|| view! { <p>{Key::Countries.get(l)}": "{names.join(l.pick(", ", "、"))}</p> })}
                            <p>{m.summary.get(l).to_owned()}</p>
                            {m.note.as_ref().map(|n| view! { <p class="note">"⚠ "{Key::Note.get(l)}": "{n.get(l).to_owned()}</p> })}
                            <ul class="print-sources">
                                {m.sources.iter().map(|s| view! {
                                    <li>{format!("{}, “{}”, {}", s.publisher, s.title, s.date.human(l))}
                                        {s.url.clone().map(|u| view! { " <"<span class="url">{u}</span>">" })}
                                    </li>
                                }).collect_view()}
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
            let what = query.with(|q| filter::describe(&q.filters, &countries, l));
            format!("{} — {what}", title.get(l))
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="print-view" data-testid="print-view">
            <div class="print-bar">
                <button type="button" class="button" data-testid="print-now" on:click=print>
                    {move || lang.get().pick("Print this report", "打印此报告")}
                </button>
                <span class="muted">{move || match lang.get() {
                    Lang::En => "Each chart prints on its own page, followed by the milestones and their sources.",
                    Lang::Zh => "每张图表单独一页，随后是大事记及其来源。",
                }}</span>
            </div>
            <h2 class="print-title">{heading}</h2>
            {charts}
            <h2 class="print-title">{move || lang.get().pick("Milestones", "大事记")}</h2>
            <ol class="print-list" data-testid="print-list">{list}</ol>
        </div>
    }
}
