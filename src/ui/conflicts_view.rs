//! `ConflictsView`: every record with a note (conflicts between sources and caveats), linked to the record.

use leptos::prelude::*;

use super::dashboard::use_view;
use crate::chart::agreements::as_of_label;
use crate::i18n::Lang;
use crate::query::{Query, View};

/// The list of notes.
#[component]
pub fn ConflictsView() -> impl IntoView {
    let v = use_view();
    let ds = v.ds.clone();
    let (query, lang) = (v.query, v.lang);
    let milestones = {
        let ds = ds.clone();
        move || {
            let l = lang.get();
            let base = query.with(|q| Query {
                lang: q.lang,
                theme: q.theme,
                data: q.data.clone(),
                ..Query::default()
            });
            ds.milestones
                .iter()
                .filter_map(|m| m.note.as_ref().map(|n| (m, n)))
                .map(|(m, n)| {
                    let link = Query { event: Some(m.id.clone()), ..base.clone() };
                    view! {
                        <li data-testid="conflict" data-id=m.id.clone()>
                            <p class="meta">{m.date.human(l)}" · "{m.confidence.label(l)}</p>
                            <a href=format!("?{}", link.to_query_string())>{m.title.get(l).to_owned()}</a>
                            <p class="note">{n.get(l).to_owned()}</p>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let observations = move || {
        let l = lang.get();
        let base = query.with(|q| Query {
            lang: q.lang,
            theme: q.theme,
            data: q.data.clone(),
            view: Some(View::Table),
            ..Query::default()
        });
        ds.agreements
            .iter()
            .flat_map(|a| a.observations.iter().map(move |o| (a, o)))
            .filter(|(_, o)| o.note.is_some() || o.disputed)
            .map(|(a, o)| {
                let what = match l {
                    Lang::En => format!("{}: {} as of {}{}", a.name.en, o.count_label(l), as_of_label(o, l), if o.disputed { " (disputed)" } else { "" }),
                    Lang::Zh => format!("{}：截至{}为{}{}", a.name.zh, as_of_label(o, l), o.count_label(l), if o.disputed { "（存疑）" } else { "" }),
                };
                view! {
                    <li data-testid="conflict-observation">
                        <a href=format!("?{}", base.to_query_string())>{what}</a>
                        <p class="note">{o.note.as_ref().map(|n| n.get(l).to_owned()).unwrap_or_default()}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let n = v.ds.milestones.iter().filter(|m| m.note.is_some()).count();
    view! {
        <div class="conflicts-view prose" data-testid="conflicts-view">
            <p>{move || match lang.get() {
                Lang::En => format!("{n} milestones carry a note: where sources disagree, both figures are kept and the note says which is which; other notes give caveats such as an inferred date or a source seen only in a republished copy. The list covers the whole dataset, whatever the filters."),
                Lang::Zh => format!("共有 {n} 条大事记附有注释：来源不一致时，两个数字都予保留，并由注释加以说明；其他注释说明推断的日期、仅见于转载副本的来源等情况。本列表涵盖整个数据集，不受筛选条件影响。"),
            }}</p>
            <h3>{move || lang.get().pick("Milestones", "大事记")}</h3>
            <ul class="conflict-list">{milestones}</ul>
            <h3>{move || lang.get().pick("Agreement counts", "协议国家数量")}</h3>
            <ul class="conflict-list">{observations}</ul>
        </div>
    }
}
