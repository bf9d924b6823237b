//! `MilestoneCard`: one milestone, with its date, category, countries, confidence, summary, note and sources.

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::i18n::{app, timeline, Lang};
use dsr_core::model::{list_sources, Backing, Confidence, Dataset, Milestone, PartialDate};
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos::tachys::view::add_attr::AddAnyAttr;

use crate::cite::cite_menu::{CiteMenu, CiteTarget};
use crate::state::{use_source_details, use_url, use_whats_new};
use crate::timeline::correction_link::CorrectionLink;

/// How many country names a collapsed card shows.
const COUNTRIES_SHOWN: usize = 8;

/// The countries of a card: all of them when it is expanded, else the first few and how many more.
fn country_names(
    codes: &[dsr_core::model::CountryCode],
    names: &Countries,
    lang: Lang,
    all: bool,
) -> String {
    let shown = if all {
        codes.len()
    } else {
        codes.len().min(COUNTRIES_SHOWN)
    };
    let mut text: Vec<String> = codes
        .iter()
        .take(shown)
        .map(|&c| names.name(c, lang))
        .collect();
    if shown < codes.len() {
        text.push(timeline::and_more(lang, codes.len() - shown));
    }
    lang.join(&text)
}

/// One milestone. Selecting its title expands it and puts it in the URL.
#[component]
pub fn MilestoneCard(
    /// The milestone.
    milestone: Milestone,
    /// The country list, for the names.
    countries: Arc<Countries>,
    /// Which milestone is selected (`event=`): this one, if it is, is shown expanded.
    selection: Selector<Option<String>>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The dataset, for the milestone's citation.
    ds: Arc<Dataset>,
    /// The `asof=` date: later steps taken after it are not shown.
    #[prop(into)]
    asof: Signal<Option<PartialDate>>,
) -> impl IntoView {
    let url = use_url();
    let m = milestone;
    let id = m.id.clone();
    // "New since your last visit", for a returning reader.
    let is_new = {
        let (wn, id) = (use_whats_new(), m.id.clone());
        move || wn.is_marked(&id)
    };
    let cite_id = m.id.clone();
    let fix_title = m.title.clone();
    // Only this card's entry in the selector wakes it: O(1) per change of `event=`.
    let selected = {
        let key = Some(id.clone());
        Memo::new(move |_| selection.selected(&key))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            url.update(move |q| {
                q.event = if q.event.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id)
                }
            });
        }
    };
    let date = {
        let m = m.clone();
        move || m.date_label(lang.get())
    };
    let names = {
        let codes = m.countries.clone();
        move || country_names(&codes, &countries, lang.get(), selected.get())
    };
    let (title, summary, note) = (m.title.clone(), m.summary.clone(), m.note.clone());
    let cat = m.category;
    let conf = m.confidence;
    let backing = m.backing();
    let sources = m.sources.clone();
    // Each source's title and address, from the whole dataset once it is
    // here (the bundle the timeline starts from leaves them out).
    let details = use_source_details();
    let whole_sources = {
        let id = m.id.clone();
        Memo::new(move |_| {
            details.whole().and_then(|ds| {
                ds.milestone(&id).map(|(_, m)| {
                    m.sources
                        .iter()
                        .map(|s| (s.title.clone(), s.url.clone()))
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    let source_detail =
        move |j: usize| whole_sources.with(|w| w.as_ref().and_then(|v| v.get(j).cloned()));
    // Its later steps (in force, suspended…) taken by the `asof=` date.
    let steps_of = {
        let m = m.clone();
        move |l: Lang| -> Vec<(String, String)> {
            m.steps_by(asof.get())
                .map(|s| {
                    let step = timeline::step(l, s.status.label(l), &s.date.human(l));
                    let sources = list_sources(&s.sources, l);
                    let detail = match &s.note {
                        Some(n) => timeline::step_detail_note(l, &step, n.get(l), &sources),
                        None => timeline::step_detail(l, &step, &sources),
                    };
                    (step, detail)
                })
                .collect()
        }
    };
    let has_steps = !m.steps.is_empty();
    let steps_line = {
        let steps_of = steps_of.clone();
        move || {
            let l = lang.get();
            let list: Vec<String> = steps_of(l).into_iter().map(|(s, _)| s).collect();
            (!list.is_empty()).then(|| {
                view! {
                    <p class="steps" data-testid="steps">
                        {timeline::steps_line(l, &list.join(" → "))}
                    </p>
                }
            })
        }
    };
    let steps_detail = move || {
        let l = lang.get();
        steps_of(l)
            .into_iter()
            .map(|(_, d)| {
                view! {
                    <p class="step-detail" data-testid="step-detail">
                        {d}
                    </p>
                }
            })
            .collect_view()
    };
    let n_sources = sources.len();
    let has_countries = !m.countries.is_empty();

    // `elementtiming` lets the browser benchmark time the first milestone painted.
    let toggle_button = view! {
        <button
            type="button"
            class="m-toggle"
            aria-expanded=move || selected.get().to_string()
            aria-controls=format!("m-{id}-body")
            on:click=toggle
        >
            {move || title.get(lang.get()).to_owned()}
        </button>
    }
    .add_any_attr(custom_attribute("elementtiming", "milestone"));

    view! {
        <li class="milestone-item">
            <article
                id=format!("m-{id}")
                class="milestone"
                class:selected=selected
                data-testid="milestone"
                data-id=id.clone()
                aria-labelledby=format!("m-{id}-title")
            >
                <p class="meta">
                    <time datetime=m.date.to_string()>{date}</time>
                    <span class="cat">
                        <span
                            class=format!("swatch cat-{}", cat.as_str())
                            aria-hidden="true"
                        ></span>
                        {move || cat.label(lang.get())}
                    </span>
                    <span class=format!("badge conf-{}", conf.as_str()) data-testid="confidence">
                        <span aria-hidden="true">
                            {match conf {
                                Confidence::Confirmed => "✓ ",
                                Confidence::SingleSource => "◐ ",
                                Confidence::Unverified => "? ",
                            }}
                        </span>
                        {move || conf.label(lang.get())}
                    </span>

                    {move || {
                        is_new()
                            .then(|| {
                                view! {
                                    <span class="badge new" data-testid="new-badge">
                                        {timeline::NEW_BADGE.get(lang.get())}
                                    </span>
                                }
                            })
                    }}
                </p>
                <h3 class="m-title" id=format!("m-{id}-title")>
                    {toggle_button}
                </h3>
                {has_steps.then_some(steps_line)}
                <div class="m-body" id=format!("m-{id}-body")>
                    {has_countries
                        .then(|| {
                            view! {
                                <p class="countries">
                                    <span class="label">
                                        {move || app::label(
                                            lang.get(),
                                            timeline::COUNTRIES.get(lang.get()),
                                        )}
                                    </span>
                                    {names}
                                </p>
                            }
                        })}
                    <p class="summary">{move || summary.get(lang.get()).to_owned()}</p>
                    {has_steps.then_some(steps_detail)}
                    {note
                        .map(|n| {
                            view! {
                                <div class="note" role="note" data-testid="note">
                                    <strong>
                                        <span aria-hidden="true">"⚠ "</span>
                                        {move || app::label(
                                            lang.get(),
                                            timeline::NOTE.get(lang.get()),
                                        )}
                                    </strong>
                                    {move || n.get(lang.get()).to_owned()}
                                </div>
                            }
                        })}
                    <div class="sources">
                        {(backing != Backing::NotStated)
                            .then(|| {
                                view! {
                                    <span
                                        class=format!("badge backing-{}", backing.as_str())
                                        data-testid="backing"
                                    >
                                        <span aria-hidden="true">
                                            {if backing == Backing::Independent {
                                                "◆ "
                                            } else {
                                                "◇ "
                                            }}
                                        </span>
                                        {move || backing.label(lang.get())}
                                    </span>
                                }
                            })}
                        <span class="label">
                            {move || timeline::sources_n(lang.get(), n_sources)}
                        </span>
                        <ul class:expanded=selected>
                            {sources
                                .into_iter()
                                .enumerate()
                                .map(|(j, s)| {
                                    let detail = {
                                        let s = s.clone();
                                        move || {
                                            selected
                                                .get()
                                                .then(|| {
                                                    let l = lang.get();
                                                    let title = source_detail(j)
                                                        .map(|(t, _)| t)
                                                        .unwrap_or_else(|| s.title.clone());
                                                    if title.is_empty() {
                                                        timeline::source_date(l, &s.date.human(l))
                                                    } else {
                                                        timeline::source_detail(l, &title, &s.date.human(l))
                                                    }
                                                })
                                        }
                                    };
                                    let publisher = s.publisher.clone();
                                    let kind = s.kind;
                                    let kind = move || {
                                        let l = lang.get();
                                        kind.map(|k| timeline::source_kind(l, k.label(l)))
                                    };
                                    // A source's title and date show only on an
                                    // expanded card, so only then are they drawn.
                                    view! {
                                        <li>
                                            {
                                                let url = s.url.clone();
                                                move || {
                                                    let publisher = publisher.clone();
                                                    match source_detail(j)
                                                        .map_or_else(|| url.clone(), |(_, u)| u)
                                                    {
                                                        Some(href) => {
                                                            view! {
                                                                <a href=href target="_blank" rel="noopener noreferrer">
                                                                    {publisher}
                                                                </a>
                                                            }
                                                                .into_any()
                                                        }
                                                        None => view! { <span>{publisher}</span> }.into_any(),
                                                    }
                                                }
                                            } <span class="source-kind" data-testid="source-kind">
                                                {kind}
                                            </span> <span class="source-detail">{detail}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                    // Only an expanded card offers its citation, and a way to
                    // suggest a correction where the dataset names a contact.
                    {move || {
                        selected
                            .get()
                            .then(|| {
                                let fix = ds
                                    .meta
                                    .contact
                                    .is_some()
                                    .then(|| {
                                        view! {
                                            <CorrectionLink
                                                ds=ds.clone()
                                                id=cite_id.clone()
                                                title=fix_title.clone()
                                                lang=lang
                                            />
                                        }
                                    });
                                view! {
                                    <CiteMenu
                                        ds=ds.clone()
                                        target=CiteTarget::Milestone(cite_id.clone())
                                        lang=lang
                                    />
                                    {fix}
                                }
                            })
                    }}
                </div>
            </article>
        </li>
    }
}
