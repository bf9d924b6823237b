//! `DatasetPicker`: open a dataset from the reader's own computer (file picker or drag and drop), or go back to the bundled one.
//!
//! The file is read in the browser and never uploaded. An invalid file shows
//! its errors, and the dataset on screen stays.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::loader::Loaded;
use super::url::use_url;
use crate::countries::Countries;
use crate::i18n::Lang;
use crate::validate::{parse_dataset, DataError, Problem, Record, MAX_FILE_BYTES};

/// A dataset the reader opened from their computer, and the errors of the last attempt.
#[derive(Clone, Copy)]
pub struct UserData {
    pub dataset: RwSignal<Option<Loaded>>,
    /// The file name and its errors, when the last file was refused.
    pub errors: RwSignal<Option<(String, Vec<DataError>)>>,
}

impl UserData {
    pub fn new() -> Self {
        Self {
            dataset: RwSignal::new(None),
            errors: RwSignal::new(None),
        }
    }
}

/// Reads `file`, validates it against `countries`, and either shows it or lists its errors.
pub fn open_file(file: web_sys::File, countries: Arc<Countries>, user: UserData) {
    let name = file.name();
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        let e = DataError::new(
            &name,
            Record::File,
            "",
            Problem::FileTooLarge {
                bytes: size as usize,
            },
        );
        user.errors.set(Some((name, vec![e])));
        return;
    }
    spawn_local(async move {
        let text = match JsFuture::from(file.text()).await {
            Ok(t) => t.as_string().unwrap_or_default(),
            Err(e) => {
                let msg = e
                    .as_string()
                    .unwrap_or_else(|| "the file could not be read".to_owned());
                let err = DataError::new(&name, Record::File, "", Problem::Json(msg));
                user.errors.set(Some((name, vec![err])));
                return;
            }
        };
        match parse_dataset(&name, &text, &countries) {
            Ok(ds) => {
                user.errors.set(None);
                user.dataset.set(Some(Loaded {
                    ds: Arc::new(ds),
                    countries,
                    file: name,
                }));
            }
            Err(errors) => user.errors.set(Some((name, errors))),
        }
    });
}

/// The "Open dataset…" control, the drop target, and "Back to the bundled dataset".
#[component]
pub fn DatasetPicker(
    /// The country list used to check codes.
    countries: Arc<Countries>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let user = expect_context::<UserData>();
    let url = use_url();
    let input = NodeRef::<leptos::html::Input>::new();
    let (dragging, set_dragging) = signal(false);

    let on_change = {
        let countries = countries.clone();
        move |_| {
            let Some(el) = input.get() else { return };
            if let Some(file) = el.files().and_then(|f| f.get(0)) {
                open_file(file, countries.clone(), user);
            }
            el.set_value("");
        }
    };
    // The whole window is a drop target for .json files.
    // Only drags that carry files: text dragged into the search box works as usual.
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            set_dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |_| set_dragging.set(false));
    let drop = {
        let countries = countries.clone();
        window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
            if !has_files(&ev) {
                return;
            }
            ev.prevent_default();
            set_dragging.set(false);
            if let Some(file) = ev
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file(file, countries.clone(), user);
            }
        })
    };
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });

    let back = move |_| {
        user.dataset.set(None);
        user.errors.set(None);
        url.update(|q| {
            q.data = None;
            q.event = None;
        });
    };
    let open = move |_| {
        if let Some(el) = input.get() {
            el.click();
        }
    };
    view! {
        <div class="dataset-picker">
            <input type="file" accept=".json,application/json" class="visually-hidden" tabindex="-1"
                data-testid="file-input" node_ref=input on:change=on_change aria-hidden="true"/>
            <button type="button" class="button secondary" data-testid="open-dataset" on:click=open
                title=move || lang.get().pick("Open a dataset file from your computer; it is read here and not uploaded", "打开您电脑上的数据集文件；文件只在本机读取，不会上传")>
                {move || lang.get().pick("Open dataset…", "打开数据集…")}
            </button>
            {move || user.dataset.with(|d| d.as_ref().map(|l| l.file.clone())).map(|file| view! {
                <span class="own-file" data-testid="own-file">{file}</span>
                <button type="button" class="button secondary" data-testid="back-to-bundled" on:click=back>
                    {move || lang.get().pick("Back to the bundled dataset", "返回内置数据集")}
                </button>
            })}
            {move || dragging.get().then(|| view! {
                <div class="drop-hint" aria-hidden="true">{move || lang.get().pick("Drop a .json dataset to open it", "拖放 .json 数据集以打开")}</div>
            })}
        </div>
    }
}

/// The errors of a refused file, above a dataset that stays on screen.
#[component]
pub fn UserDataErrors(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let user = expect_context::<UserData>();
    move || {
        user.errors.get().map(|(file, errors)| {
            let l = lang.get();
            let heading = match l {
                Lang::En => format!("{file} was not opened: {} error{}. The dataset on screen is unchanged.", errors.len(), if errors.len() == 1 { "" } else { "s" }),
                Lang::Zh => format!("未能打开 {file}：共 {} 处错误。屏幕上的数据集保持不变。", errors.len()),
            };
            view! {
                <section class="panel panel-error user-errors" role="alert" data-testid="user-errors">
                    <h2>{heading}</h2>
                    <ul class="error-list">{errors.iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}</ul>
                    <button type="button" class="button" on:click=move |_| user.errors.set(None)>{l.pick("Dismiss", "关闭")}</button>
                </section>
            }
        })
    }
}
