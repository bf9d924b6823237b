//! `TableView`: the filtered milestones as a sortable table (`sort=`), the agreement series, and downloads.

use leptos::prelude::*;

use super::dashboard::use_view;
use super::export;
use super::url::use_url;
use crate::chart::agreements::as_of_label;
use crate::download;
use crate::filter;
use crate::i18n::Lang;
use crate::model::{AgreementKind, Text};
use crate::table::{self, Column};

/// How many rows are drawn at first, and added by "Show more".
const ROWS: usize = 200;
/// How many country names a row shows before "+N".
const NAMES: usize = 5;

/// The table view.
#[component]
pub fn TableView() -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (query, filtered, lang) = (v.query, v.filtered, v.lang);
    let sort = Memo::new(move |_| query.with(|q| q.sort.unwrap_or_default()));
    let rows = {
        let (ds, countries) = (ds.clone(), countries.clone());
        Memo::new(move |_| {
            filtered.with(|f| table::sorted(&ds, f, sort.get(), &countries, lang.get()))
        })
    };
    let (limit, set_limit) = signal(ROWS);
    let (status, set_status) = signal(String::new());

    let save = {
        let (ds, countries) = (ds.clone(), countries.clone());
        move |json: bool, all: bool| {
            let l = lang.get_untracked();
            let (indices, filters) = if all {
                (
                    (0..ds.milestones.len()).collect::<Vec<_>>(),
                    filter::Filters::default(),
                )
            } else {
                (
                    filtered.get_untracked(),
                    query.with_untracked(|q| q.filters.clone()),
                )
            };
            let subset = Text {
                en: filter::describe(&filters, &countries, Lang::En),
                zh: filter::describe(&filters, &countries, Lang::Zh),
            };
            let stem = download::file_stem(&ds, &filters);
            let (name, blob) = if json {
                let text =
                    download::to_json(&ds, &indices, (!filters.is_empty()).then_some(&subset));
                (
                    format!("{stem}.json"),
                    export::text_blob(&text, "application/json;charset=utf-8"),
                )
            } else {
                let text = download::to_csv(&ds, &indices, &countries, &subset.en);
                (
                    format!("{stem}.csv"),
                    export::text_blob(&text, "text/csv;charset=utf-8"),
                )
            };
            let result = blob.and_then(|b| export::download(&b, &name));
            set_status.set(match (result, l) {
                (Ok(()), Lang::En) => format!("Downloaded {name} ({} milestones).", indices.len()),
                (Ok(()), Lang::Zh) => format!("已下载 {name}（{} 条大事记）。", indices.len()),
                (Err(e), Lang::En) => format!("Could not save {name}: {e}"),
                (Err(e), Lang::Zh) => format!("无法保存 {name}：{e}"),
            });
        }
    };

    let header = move |col: Column| {
        let active = move || sort.get().column == col;
        let aria = move || {
            if !active() {
                "none"
            } else if sort.get().descending {
                "descending"
            } else {
                "ascending"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" data-testid=format!("sort-{}", col.as_str())
                    on:click=move |_| url.update(|q| q.sort = Some(q.sort.unwrap_or_default().toggled(col)))>
                    {move || col.label(lang.get())}
                    <span aria-hidden="true">{move || if !active() { " ↕" } else if sort.get().descending { " ↓" } else { " ↑" }}</span>
                </button>
            </th>
        }
    };

    let body = {
        let (ds, countries) = (ds.clone(), countries.clone());
        move || {
            let l = lang.get();
            let base = query.with(|q| {
                let mut q = q.clone();
                q.view = None;
                q.sort = None;
                q
            });
            rows.get()
                .into_iter()
                .take(limit.get())
                .map(|i| {
                    let m = &ds.milestones[i];
                    let mut link = base.clone();
                    link.event = Some(m.id.clone());
                    let names: Vec<String> = m.countries.iter().take(NAMES).map(|&c| countries.name(c, l)).collect();
                    let more = m.countries.len().saturating_sub(NAMES);
                    let names = if more > 0 { format!("{} +{more}", names.join(", ")) } else { names.join(", ") };
                    view! {
                        <tr data-testid="table-row" data-id=m.id.clone()>
                            <td class="nowrap"><time datetime=m.date.to_string()>{m.date.human(l)}</time></td>
                            <th scope="row"><a href=format!("?{}", link.to_query_string())>{m.title.get(l).to_owned()}</a></th>
                            <td><span class=format!("swatch cat-{}", m.category.as_str()) aria-hidden="true"></span>" "{m.category.label(l)}</td>
                            <td>{names}</td>
                            <td>{m.confidence.label(l)}</td>
                            <td class="num">{m.sources.len()}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let more = move || {
        let n = rows.with(Vec::len);
        (n > limit.get()).then(|| {
            let l = lang.get();
            view! {
                <button type="button" class="button secondary more" on:click=move |_| set_limit.update(|x| *x += ROWS)>
                    {match l {
                        Lang::En => format!("Show more ({} not shown)", n - limit.get_untracked()),
                        Lang::Zh => format!("显示更多（尚有 {} 条）", n - limit.get_untracked()),
                    }}
                </button>
            }
        })
    };

    let agreements = {
        let ds = ds.clone();
        move || {
            let l = lang.get();
            ds.agreements
                .iter()
                .flat_map(|a| {
                    a.observations.iter().map(move |o| {
                        let kind = match a.kind {
                            AgreementKind::BilateralMouSeries => l.pick("bilateral MoU series", "双边备忘录系列"),
                            AgreementKind::MultilateralInitiative => l.pick("multilateral initiative", "多边倡议"),
                            AgreementKind::TradeAgreement => l.pick("trade agreement", "贸易协定"),
                        };
                        let sources: Vec<String> = o.sources.iter().map(|s| format!("{}, {}", s.publisher, s.date.human(l))).collect();
                        view! {
                            <tr data-testid="agreement-row">
                                <th scope="row">{a.name.get(l).to_owned()}</th>
                                <td>{kind}</td>
                                <td class="nowrap">{as_of_label(o, l)}</td>
                                <td class="num">{o.count_label(l)}</td>
                                <td>{if o.disputed { l.pick("disputed", "存疑") } else { "" }}</td>
                                <td>{sources.join("; ")}</td>
                                <td>{o.note.as_ref().map(|n| n.get(l).to_owned()).unwrap_or_default()}</td>
                            </tr>
                        }
                    })
                })
                .collect_view()
        }
    };

    let t = move |en: &'static str, zh: &'static str| move || lang.get().pick(en, zh);
    let (s1, s2, s3, s4) = (save.clone(), save.clone(), save.clone(), save);
    view! {
        <div class="table-view" data-testid="table-view">
            <div class="downloads" role="group" aria-label=t("Downloads", "下载")>
                <span class="label">{t("Download the filtered milestones:", "下载筛选后的大事记：")}</span>
                <button type="button" class="button secondary" data-testid="download-csv" on:click=move |_| s1(false, false)>"CSV"</button>
                <button type="button" class="button secondary" data-testid="download-json" on:click=move |_| s2(true, false)>"JSON"</button>
                <span class="label">{t("The whole dataset:", "完整数据集：")}</span>
                <button type="button" class="button secondary" data-testid="download-all-csv" on:click=move |_| s3(false, true)>"CSV"</button>
                <button type="button" class="button secondary" data-testid="download-all-json" on:click=move |_| s4(true, true)>"JSON"</button>
                <p class="export-status" role="status" aria-live="polite" data-testid="download-status">{move || status.get()}</p>
            </div>
            <div class="table-scroll">
                <table class="data-table" data-testid="milestone-table">
                    <caption>{move || {
                        let l = lang.get();
                        match l {
                            Lang::En => format!("Milestones ({}), sorted by {}", rows.with(Vec::len), sort.get().column.label(l).to_lowercase()),
                            Lang::Zh => format!("大事记（{}条），按{}排序", rows.with(Vec::len), sort.get().column.label(l)),
                        }
                    }}</caption>
                    <thead><tr>{Column::ALL.iter().map(|&c| header(c)).collect_view()}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {more}
            <div class="table-scroll">
                <table class="data-table" data-testid="agreement-table">
                    <caption>{t("Agreement series and their observations", "合作协议系列及各次观测")}</caption>
                    <thead><tr>
                        <th scope="col">{t("Agreement", "协议")}</th>
                        <th scope="col">{t("Kind", "类型")}</th>
                        <th scope="col">{t("As of", "截至")}</th>
                        <th scope="col">{t("Countries", "国家数量")}</th>
                        <th scope="col">{t("Status", "状态")}</th>
                        <th scope="col">{t("Sources", "来源")}</th>
                        <th scope="col">{t("Note", "注")}</th>
                    </tr></thead>
                    <tbody>{agreements}</tbody>
                </table>
            </div>
        </div>
    }
}
