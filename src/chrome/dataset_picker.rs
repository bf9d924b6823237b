//! `DatasetPicker`: open a dataset from the reader's own computer (file picker or drag and drop), or go back to the bundled one.
//!
//! A dataset file (.json), a workbook (.xlsx, .ods) or a CSV of milestones.
//! The file is read in the browser and never uploaded. An invalid file shows
//! its errors, and the dataset on screen stays.

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::i18n::{app, Lang};
use dsr_core::limits::MAX_FILE_BYTES;
use dsr_core::validate::{DataError, Problem, Record};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::files::ExportError;
use crate::browser::{dom, fetch, files};
use crate::state::{use_url, use_user_data, Data, UserData};
use crate::widgets::button::{Appearance, Button};

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
        user.errors.set(Some((name, Arc::new([e]))));
        return;
    }
    spawn_local(async move {
        let result = match files::blob_bytes(&file).await {
            // The browser's own words, if it gave any (in its language), inside
            // the page's sentence; otherwise the page's sentence alone.
            Err(e) => Err(vec![DataError::new(
                &name,
                Record::File,
                "",
                Problem::Unreadable(match e {
                    ExportError::Refused { detail, .. } => detail,
                    _ => String::new(),
                }),
            )]),
            Ok(bytes) => fetch::read(&name, &bytes, &countries).await,
        };
        show(result, name, countries, user);
    });
}

/// Shows a dataset that was read, or lists its errors (the one on screen stays).
fn show(
    result: Result<dsr_core::model::Dataset, Vec<DataError>>,
    name: String,
    countries: Arc<Countries>,
    user: UserData,
) {
    match result {
        Ok(ds) => {
            user.errors.set(None);
            user.dataset.set(Some(Data {
                ds: Arc::new(ds),
                countries,
                file: name,
                details_of: None,
            }));
        }
        Err(errors) => user.errors.set(Some((name, errors.into()))),
    }
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
    let user = use_user_data();
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
    // The whole window is a drop target for dataset files.
    // Only drags that carry files: text dragged into the search box works as usual.
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    dom::window_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            set_dragging.set(true);
        }
    });
    dom::window_listener(leptos::ev::dragleave, move |_| set_dragging.set(false));
    {
        let countries = countries.clone();
        dom::window_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
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

    let back = move |_| {
        user.clear();
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
            <input
                type="file"
                accept=".json,.xlsx,.ods,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
                class="visually-hidden"
                tabindex="-1"
                data-testid="file-input"
                node_ref=input
                on:change=on_change
                aria-hidden="true"
            />
            <Button
                appearance=Appearance::Secondary
                testid="open-dataset"
                on_click=open
                title=Signal::derive(move || app::OPEN_DATASET_HINT.get(lang.get()).to_owned())
            >
                {move || app::OPEN_DATASET.get(lang.get())}
            </Button>
            {move || {
                user.dataset
                    .with(|d| d.as_ref().map(|l| l.file.clone()))
                    .map(|file| {
                        view! {
                            <span class="own-file" data-testid="own-file">
                                {file}
                            </span>
                            <Button
                                appearance=Appearance::Secondary
                                testid="back-to-bundled"
                                on_click=back
                            >
                                {move || app::BACK_TO_BUNDLED.get(lang.get())}
                            </Button>
                        }
                    })
            }}
            {move || {
                dragging
                    .get()
                    .then(|| {
                        view! {
                            <div class="drop-hint" aria-hidden="true">
                                {move || app::DROP_HINT.get(lang.get())}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
