//! `TableView`: the filtered milestones as a sortable table (`sort=`), the agreement series, and downloads.

use dsr_core::download::{self, Format, Rows};

use dsr_core::i18n::{export, labels, views, Phrase};
use dsr_core::model::Backing;
use dsr_core::table::{self, Column};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files;
use crate::browser::sheets::{self, Wanted};
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};

/// How many rows are drawn at first, and added by "Show more".
const ROWS: usize = 200;
/// How many country names a row shows before "+N".
const NAMES: usize = 5;

/// The table view.
#[component]
pub fn TableView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
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
        move |rows: Rows, format: Format| {
            let l = lang.get_untracked();
            let file = filtered.with_untracked(|f| {
                v.filters.with_untracked(|filters| {
                    download::milestone_file(&ds, &countries, f, filters, rows, format)
                })
            });
            let result = files::text_blob(&file.text, file.mime)
                .and_then(|b| files::download(&b, &file.name));
            set_status.set(match result {
                Ok(()) => export::file_saved(l, &file.name, file.n_milestones),
                Err(e) => export::file_not_saved(l, &file.name, &e.message(l)),
            });
        }
    };

    // The workbook: its writer is a chunk of its own, loaded on the first click.
    let save_xlsx = {
        let (ds, countries) = (ds.clone(), countries.clone());
        move |rows: Rows| {
            let l = lang.get_untracked();
            let f = filtered.get_untracked();
            let filters = v.filters.get_untracked();
            set_status.set(export::WORKBOOK_MAKING.get(l).to_owned());
            let (ds, countries) = (ds.clone(), countries.clone());
            spawn_local(async move {
                let wanted = Wanted::Rows {
                    filtered: &f,
                    filters: &filters,
                    rows,
                };
                set_status.set(sheets::save(&ds, &countries, wanted, l).await);
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
                <button
                    type="button"
                    class="sort"
                    data-testid=format!("sort-{}", col.as_str())
                    on:click=move |_| {
                        url.update(|q| q.sort = Some(q.sort.unwrap_or_default().toggled(col)))
                    }
                >
                    {move || col.label(lang.get())}
                    <span aria-hidden="true">
                        {move || {
                            if !active() {
                                " ↕"
                            } else if sort.get().descending {
                                " ↓"
                            } else {
                                " ↑"
                            }
                        }}
                    </span>
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
                .filter_map(|i| ds.milestones.get(i))
                .map(|m| {
                    let mut link = base.clone();
                    link.event = Some(m.id.clone());
                    let names: Vec<String> = m
                        .countries
                        .iter()
                        .take(NAMES)
                        .map(|&c| countries.name(c, l))
                        .collect();
                    let more = m.countries.len().saturating_sub(NAMES);
                    let names = if more > 0 {
                        format!("{} +{more}", l.join(&names))
                    } else {
                        l.join(&names)
                    };
                    view! {
                        <tr data-testid="table-row" data-id=m.id.clone()>
                            <td class="nowrap">
                                <time datetime=m.date.to_string()>{m.date.human(l)}</time>
                            </td>
                            <th scope="row">
                                <a href=format!(
                                    "?{}",
                                    link.to_query_string(),
                                )>{m.title.get(l).to_owned()}</a>
                            </th>
                            <td>
                                <span
                                    class=format!("swatch cat-{}", m.category.as_str())
                                    aria-hidden="true"
                                ></span>
                                " "
                                {m.category.label(l)}
                            </td>
                            <td>{names}</td>
                            <td>{m.confidence.label(l)}</td>
                            <td class="num">{m.sources.len()}</td>
                            <td>
                                {if m.has_official_source() { labels::YES } else { labels::NO }
                                    .get(l)}
                            </td>
                            <td data-testid="table-independent">
                                {match m.backing() {
                                    Backing::Independent => labels::YES.get(l),
                                    Backing::ChineseStateOnly => labels::NO.get(l),
                                    Backing::NotStated => "–",
                                }}
                            </td>
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
                <Button
                    appearance=Appearance::Secondary
                    more=true

                    on_click=move |_| set_limit.update(|x| *x += ROWS)
                >
                    {views::show_more_rows(l, n - limit.get_untracked())}
                </Button>
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
                        let kind = a.kind.label(l);
                        let sources = dsr_core::model::list_sources(&o.sources, l);
                        view! {
                            <tr data-testid="agreement-row">
                                <th scope="row">{a.name.get(l).to_owned()}</th>
                                <td>{kind}</td>
                                <td class="nowrap">{o.as_of_label(l)}</td>
                                <td class="num">{o.count_label(l)}</td>
                                <td>{if o.disputed { views::DISPUTED.get(l) } else { "" }}</td>
                                <td>{sources}</td>
                                <td>
                                    {o
                                        .note
                                        .as_ref()
                                        .map(|n| n.get(l).to_owned())
                                        .unwrap_or_default()}
                                </td>
                            </tr>
                        }
                    })
                })
                .collect_view()
        }
    };

    let t = move |p: Phrase| move || p.get(lang.get());
    view! {
        <div class="table-view" data-testid="table-view">
            <div class="downloads" role="group" aria-label=t(views::DOWNLOADS)>
                {[
                    (views::DOWNLOAD_FILTERED, Rows::Filtered, "download"),
                    (views::DOWNLOAD_ALL, Rows::All, "download-all"),
                ]
                    .into_iter()
                    .map(|(label, rows, testid)| {
                        let buttons = [Format::Csv, Format::Json]
                            .into_iter()
                            .map(|format| {
                                let save = save.clone();
                                view! {
                                    <Button
                                        appearance=Appearance::Secondary
                                        testid=format!("{testid}-{}", format.extension())
                                        on_click=move |_| save(rows, format)
                                    >
                                        {format.extension().to_uppercase()}
                                    </Button>
                                }
                            })
                            .collect_view();
                        let save_xlsx = save_xlsx.clone();
                        view! {
                            <span class="label">{t(label)}</span>
                            {buttons}
                            <Button
                                appearance=Appearance::Secondary
                                testid=format!("{testid}-xlsx")
                                on_click=move |_| save_xlsx(rows)
                            >
                                "XLSX"
                            </Button>
                        }
                    })
                    .collect_view()}
                <p
                    class="export-status"
                    role="status"
                    aria-live="polite"
                    data-testid="download-status"
                >
                    {move || status.get()}
                </p>
            </div>
            <div class="table-scroll">
                <table class="data-table" data-testid="milestone-table">
                    <caption>
                        {move || {
                            let l = lang.get();
                            views::table_caption(
                                l,
                                rows.with(Vec::len),
                                &sort.get().column.label(l).to_lowercase(),
                            )
                        }}
                    </caption>
                    <thead>
                        <tr>{Column::ALL.iter().map(|&c| header(c)).collect_view()}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {more}
            <div class="table-scroll">
                <table class="data-table" data-testid="agreement-table">
                    <caption>{t(views::AGREEMENTS_CAPTION)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(views::HEAD_AGREEMENT)}</th>
                            <th scope="col">{t(views::HEAD_KIND)}</th>
                            <th scope="col">{t(views::HEAD_AS_OF)}</th>
                            <th scope="col">{t(views::HEAD_COUNTRIES)}</th>
                            <th scope="col">{t(views::HEAD_STATUS)}</th>
                            <th scope="col">{t(views::HEAD_SOURCES)}</th>
                            <th scope="col">{t(views::HEAD_NOTE)}</th>
                        </tr>
                    </thead>
                    <tbody>{agreements}</tbody>
                </table>
            </div>
        </div>
    }
}
