//! `CiteMenu`: a disclosure with the citation in four formats; its writer is a WebAssembly chunk loaded when the menu first opens.

use std::sync::Arc;

use dsr_core::chart::ChartId;
use dsr_core::cite::{file_name, Citation, Format, Work};
use dsr_core::i18n::{cite, Lang};
use dsr_core::model::Dataset;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::split::CodeMissing;
use crate::browser::{dom, files};
use crate::state::use_url;
use crate::widgets::button::{Appearance, Button};
use crate::widgets::chunk::{missing_note, Chunk};

/// What a menu cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CiteTarget {
    Dataset,
    Chart(ChartId),
    /// A milestone, by id.
    Milestone(String),
}

/// What the menu's body is built from.
#[derive(Clone)]
struct Args {
    ds: Arc<Dataset>,
    target: CiteTarget,
    lang: Signal<Lang>,
    set_status: WriteSignal<String>,
}

/// Builds the menu's body: the four citations with their buttons.
type Body = fn(Args) -> AnyView;

/// The body, with the citation writer, is a chunk of its own: the first view
/// (whose cards offer this menu) does not carry it.
#[::leptos::wasm_split::wasm_split(cite, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_body() -> Result<Body, CodeMissing> {
    Ok(body)
}

/// The citation menu.
#[component]
pub fn CiteMenu(
    /// The dataset cited (or the one the part cited is in).
    ds: Arc<Dataset>,
    /// What is cited.
    target: CiteTarget,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let chunk = Chunk::<Body>::new();
    let (status, set_status) = signal(String::new());
    let open = move |_| chunk.fetch(load_body);
    let what = match &target {
        CiteTarget::Dataset => cite::THE_DATASET,
        CiteTarget::Chart(_) => cite::THIS_CHART,
        CiteTarget::Milestone(_) => cite::THIS_MILESTONE,
    };
    let args = Args {
        ds,
        target,
        lang,
        set_status,
    };
    view! {
        <details class="cite-menu" data-testid="cite-menu" on:toggle=open>
            <summary aria-label=move || cite::menu_label(
                lang.get(),
                what.get(lang.get()),
            )>{move || cite::MENU.get(lang.get())}</summary>
            <div class="cite-body">
                {move || chunk.get().map(|b| b(args.clone()))}
                {move || chunk.missing().then(|| missing_note("export-status", lang.get(), None))}
                <p class="export-status" role="status">
                    {move || status.get()}
                </p>
            </div>
        </details>
    }
}

/// The four citations, each with copy and download.
fn body(args: Args) -> AnyView {
    let Args {
        ds,
        target,
        lang,
        set_status,
    } = args;
    let url = use_url();
    let target_for_link = target.clone();
    let link = move || {
        let mut q = url.current();
        q.embed = None;
        q.present = None;
        match &target_for_link {
            CiteTarget::Dataset => {}
            CiteTarget::Chart(id) => q.chart = Some(*id),
            CiteTarget::Milestone(id) => q.event = Some(id.clone()),
        }
        dom::page_url(&q.to_query_string())
    };
    let texts = Memo::new(move |_| {
        let l = lang.get();
        let m = match &target {
            CiteTarget::Milestone(id) => Some(ds.milestone(id)?.1),
            _ => None,
        };
        let work = match (&target, m) {
            (CiteTarget::Chart(id), _) => Work::Chart(*id),
            (_, Some(m)) => Work::Milestone(m),
            _ => Work::Dataset,
        };
        let link = link();
        // A milestone is itself whatever the date; the dataset and a chart are cited as of it.
        let asof = match work {
            Work::Milestone(_) => None,
            _ => url.current().filters.asof,
        };
        let c = Citation {
            ds: &ds,
            work,
            link: &link,
            accessed: dom::today().unwrap_or(ds.meta.updated),
            lang: l,
            asof,
        };
        Some(
            Format::ALL
                .iter()
                .map(|&f| (f, file_name(&c, f), dsr_core::cite::write(&c, f)))
                .collect::<Vec<_>>(),
        )
    });
    (move || {
        texts.get().map(|list| {
            list.into_iter()
                .map(|(f, name, text)| {
                    let l = lang.get_untracked();
                    let for_copy = text.clone();
                    let for_file = text.clone();
                    let copy = move |_| {
                        let t = for_copy.clone();
                        spawn_local(async move {
                            let l = lang.get_untracked();
                            match files::copy_text(&t).await {
                                Ok(()) => set_status.set(cite::copied(l, f.label(l))),
                                Err(e) => set_status.set(cite::copy_by_hand(l, &e.message(l))),
                            }
                        });
                    };
                    let name_for_file = name.clone();
                    let download = move |_| {
                        let l = lang.get_untracked();
                        match files::text_blob(&for_file, f.mime())
                            .and_then(|b| files::download(&b, &name_for_file))
                        {
                            Ok(()) => set_status.set(cite::downloaded(l, &name_for_file)),
                            Err(e) => set_status.set(cite::not_saved(l, &e.message(l))),
                        }
                    };
                    view! {
                        <div class="cite-format" data-format=f.as_str()>
                            <div class="cite-head">
                                <strong>{f.label(l)}</strong>
                                <Button
                                    appearance=Appearance::Secondary
                                    testid="cite-copy"
                                    on_click=copy
                                >
                                    {cite::COPY.get(l)}
                                </Button>
                                <Button
                                    appearance=Appearance::Secondary
                                    testid="cite-download"
                                    on_click=download
                                >
                                    {cite::DOWNLOAD.get(l)}
                                </Button>
                            </div>
                            <pre class="cite-text" data-testid="cite-text" tabindex="0">
                                {text}
                            </pre>
                        </div>
                    }
                })
                .collect_view()
        })
    })
    .into_any()
}
