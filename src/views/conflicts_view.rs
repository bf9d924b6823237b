//! `ConflictsView`: every record with a note (conflicts between sources and caveats), linked to the record.

use dsr_core::i18n::views;
use dsr_core::query::{Query, View};
use leptos::prelude::*;

use crate::state::Derived;

/// The list of notes.
#[component]
pub fn ConflictsView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let ds = state.ds.clone();
    let (query, lang) = (state.query, state.lang);
    // Links keep the language, theme and dataset, and nothing else.
    let base = move || {
        query.with(|q| Query {
            lang: q.lang,
            theme: q.theme,
            data: q.data.clone(),
            ..Query::default()
        })
    };
    let milestones =
        {
            let ds = ds.clone();
            move || {
                let l = lang.get();
                let base = base();
                ds.milestones
                .iter()
                .filter_map(|m| m.note.as_ref().map(|n| (m, n)))
                .map(|(m, n)| {
                    let link = Query { event: Some(m.id.clone()), ..base.clone() };
                    view! {
                        <li data-testid="conflict" data-id=m.id.clone()>
                            <p class="meta">
                                {views::conflict_meta(l, &m.date.human(l), m.confidence.label(l))}
                            </p>
                            <a href=format!(
                                "?{}",
                                link.to_query_string(),
                            )>{m.title.get(l).to_owned()}</a>
                            <p class="note">{n.get(l).to_owned()}</p>
                        </li>
                    }
                })
                .collect_view()
            }
        };
    let observations = {
        let ds = ds.clone();
        move || {
            let l = lang.get();
            let link = Query {
                view: Some(View::Table),
                ..base()
            };
            ds.agreements
                .iter()
                .flat_map(|a| a.observations.iter().map(move |o| (a, o)))
                .filter(|(_, o)| o.note.is_some() || o.disputed)
                .map(|(a, o)| {
                    let disputed = if o.disputed {
                        views::DISPUTED_MARK.get(l)
                    } else {
                        ""
                    };
                    let what = views::observation(
                        l,
                        a.name.get(l),
                        &o.count_label(l),
                        &o.as_of_label(l),
                        disputed,
                    );
                    view! {
                        <li data-testid="conflict-observation">
                            <a href=format!("?{}", link.to_query_string())>{what}</a>
                            <p class="note">
                                {o.note.as_ref().map(|n| n.get(l).to_owned()).unwrap_or_default()}
                            </p>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let n = ds.milestones.iter().filter(|m| m.note.is_some()).count();
    view! {
        <div class="conflicts-view prose" data-testid="conflicts-view">
            <p>{move || views::conflicts_intro(lang.get(), n)}</p>
            <h3>{move || views::MILESTONES.get(lang.get())}</h3>
            <ul class="conflict-list">{milestones}</ul>
            <h3>{move || views::AGREEMENT_COUNTS.get(lang.get())}</h3>
            <ul class="conflict-list">{observations}</ul>
        </div>
    }
}
