//! Fetching files of the site (the country list, a dataset, the map geometry) with gloo-net, and validating them.

use std::sync::Arc;

use dsr_core::bundle::{
    fingerprint, texts_file, Bundle, BundleError, LangTexts, SourceDetails, BUNDLE_FILE,
    DETAILS_FILE,
};
use dsr_core::countries::Countries;
use dsr_core::error::{Damage, Problem, Record};
use dsr_core::i18n::{app, data, Lang};
use dsr_core::limits::MAX_FILE_BYTES;
use dsr_core::map::{World, WORLD_FILE};
use dsr_core::model::{Changes, Dataset};
use dsr_core::validate::{parse_changes, parse_dataset, parse_dataset_quickly, DataError};
use dsr_core::workbook::FileKind;
use gloo_net::http::Request;

use super::split::CodeMissing;

/// The bundled dataset as published, relative to the page, so the app works
/// under any sub-path. The page reads the same data from the bundle
/// ([`BUNDLE_FILE`]); this is the name a reader is shown.
pub const BUNDLED: &str = "data/dsr.json";
/// What each release of the bundled dataset changed.
pub const CHANGES: &str = "data/changes.json";

/// A dataset ready to show, with the country list it was checked against.
#[derive(Clone, Debug)]
pub struct Data {
    pub ds: Arc<Dataset>,
    pub countries: Arc<Countries>,
    /// The file it came from, as shown to the reader.
    pub file: String,
    /// For the bundled dataset read from the bundle: what is still to come
    /// ([`load_source_details`]). `None` when the dataset is whole.
    pub details_of: Option<Pending>,
}

/// What the bundled dataset read from the bundle still lacks: its source
/// titles and addresses, and the milestones' texts in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The bundle's fingerprint, which the files still to come must name.
    pub bundle: u64,
    /// The language whose texts are still to come.
    pub missing: Lang,
}

impl Data {
    /// Whether the milestones' texts in `lang` are still to come.
    pub fn lacks(&self, lang: Lang) -> bool {
        self.details_of.is_some_and(|p| p.missing == lang)
    }
}

/// Why loading failed. `Clone`, unlike `gloo_net::Error`.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request itself failed (offline, blocked, …).
    Fetch { file: String, message: String },
    /// The server answered with an error status.
    Status { file: String, status: u16 },
    /// The file is larger than the limit.
    TooLarge { file: String, bytes: usize },
    /// The file arrived, but the chunk with the code that reads it could not be fetched.
    ReaderMissing { file: String },
    /// The file arrived but is not valid.
    Invalid {
        file: String,
        /// Shared, not copied, wherever the error is shown again.
        errors: Arc<[DataError]>,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Fetch { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::TooLarge { file, .. }
            | LoadError::ReaderMissing { file }
            | LoadError::Invalid { file, .. } => file,
        }
    }

    /// What went wrong, in a sentence (the errors of an invalid file are listed apart).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Fetch { message, .. } => data::request_failed(lang, message),
            LoadError::Status { status, .. } => data::status(lang, *status),
            LoadError::TooLarge { bytes, .. } => data::too_large(lang, &lang.number(*bytes)),
            LoadError::ReaderMissing { .. } => data::READER_MISSING.get(lang).to_owned(),
            LoadError::Invalid { errors, .. } => {
                data::n_errors(lang, errors.len(), data::plural_s(errors.len()))
            }
        }
    }

    /// The same, short, with the file named first: for the map's panel.
    pub fn short(&self, lang: Lang) -> String {
        match self {
            LoadError::Status { file, status } => app::map_status(lang, file, *status),
            LoadError::Fetch { file, message } => app::map_failed(lang, file, message),
            LoadError::ReaderMissing { file } => {
                app::map_failed(lang, file, data::READER_MISSING.get(lang))
            }
            LoadError::Invalid { errors, .. } if !errors.is_empty() => errors
                .iter()
                .map(|e| e.message(lang))
                .collect::<Vec<_>>()
                .join(" "),
            other => app::map_unreadable(lang, other.file()),
        }
    }
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = fetch_checked(url).await?;
    response.text().await.map_err(|e| LoadError::Fetch {
        file: url.to_owned(),
        message: e.to_string(),
    })
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let response = fetch_checked(url).await?;
    response.binary().await.map_err(|e| LoadError::Fetch {
        file: url.to_owned(),
        message: e.to_string(),
    })
}

// Unpacks a gzip-compressed response with the browser's DecompressionStream
// (`dsrUnpack`, defined by public/boot.js: one import here instead of the
// stream bindings); rejects with '' when the file does not unpack, and with
// what went wrong when a browser without it could not fetch the copy.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = dsrUnpack, catch)]
    fn unpack(response: &web_sys::Response) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Fetches a file the build wrote gzip-compressed (the bundle and its
/// details), unpacked by the browser, so that any host sends it small,
/// whether or not it compresses `.bin` files itself. A file that does not
/// unpack is a damaged bundle; an uncompressed copy that could not be
/// fetched, a failed request.
async fn fetch_packed(url: &str) -> Result<Vec<u8>, LoadError> {
    let response: web_sys::Response = fetch_checked(url).await?.into();
    let unpack_error = |e: wasm_bindgen::JsValue| match e.as_string().filter(|m| !m.is_empty()) {
        Some(message) => LoadError::Fetch {
            file: url.to_owned(),
            message,
        },
        None => bundle_error(url, BundleError::Damaged(Damage::DoesNotUnpack)),
    };
    let buffer = wasm_bindgen_futures::JsFuture::from(unpack(&response).map_err(unpack_error)?)
        .await
        .map_err(unpack_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The response for `url`, when it is a success and not over the size limit.
async fn fetch_checked(url: &str) -> Result<gloo_net::http::Response, LoadError> {
    let fetch_error = |e: gloo_net::Error| LoadError::Fetch {
        file: url.to_owned(),
        message: e.to_string(),
    };
    let response = Request::get(url).send().await.map_err(fetch_error)?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: url.to_owned(),
            status: response.status(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    if declared > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file: url.to_owned(),
            bytes: declared,
        });
    }
    Ok(response)
}

/// The validator that names the path of a field of the wrong type, in a
/// chunk of its own: a valid file never needs it.
type ParseDataset = fn(&str, &str, &Countries) -> Result<Dataset, Vec<DataError>>;

#[::leptos::wasm_split::wasm_split(validator, wasm_split_path = ::leptos::wasm_split, fallible)]
fn detailed_validator() -> Result<ParseDataset, CodeMissing> {
    Ok(parse_dataset)
}

/// The JSON reader of a dataset, in a chunk of its own: the bundled data
/// comes as a bundle, so only a reader's own dataset needs it.
#[::leptos::wasm_split::wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn quick_reader() -> Result<ParseDataset, CodeMissing> {
    Ok(parse_dataset_quickly)
}

/// Validates a dataset file: quickly first; only if it has errors, again with
/// the detailed validator (fetched then) so that every error names its field.
/// Where that chunk cannot be had, the quick reading's errors, which still
/// give record, line and column.
async fn validate(
    file: &str,
    text: &str,
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    let Ok(quickly) = quick_reader().await else {
        return Err(vec![DataError::new(
            file,
            Record::File,
            "",
            Problem::ReaderMissing,
        )]);
    };
    match quickly(file, text, countries) {
        Ok(ds) => Ok(ds),
        Err(quick) => match detailed_validator().await {
            Ok(detailed) => detailed(file, text, countries),
            Err(CodeMissing) => Err(quick),
        },
    }
}

/// Reads a reader's own file as a dataset: a workbook or a CSV through the
/// workbook reader's chunk, anything else as JSON through [`validate`].
pub async fn read(
    file: &str,
    bytes: &[u8],
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    if FileKind::of(file, bytes).is_sheet() {
        crate::browser::sheets::read(file, bytes, countries).await
    } else {
        validate(file, &String::from_utf8_lossy(bytes), countries).await
    }
}

/// Fetches the bundle (the bundled dataset and the country list, validated
/// when the site was built) with the milestones' texts in `lang`, together;
/// or, for a reader's own dataset at `data`, that file, validated against
/// the bundle's country list.
pub async fn load(file: Option<String>, lang: Lang) -> Result<Data, LoadError> {
    let Some(file) = file else {
        let texts_at = texts_file(lang);
        let (bytes, texts) =
            futures::future::join(fetch_packed(BUNDLE_FILE), fetch_packed(texts_at)).await;
        let bytes = bytes?;
        let bundle = Bundle::from_bytes(&bytes).map_err(|e| bundle_error(BUNDLE_FILE, e))?;
        let bundle_id = fingerprint(&bytes);
        let mut ds = bundle.dataset;
        LangTexts::from_bytes(&texts?, bundle_id, lang)
            .and_then(|t| t.apply(&mut ds))
            .map_err(|e| bundle_error(texts_at, e))?;
        return Ok(Data {
            ds: Arc::new(ds),
            countries: Arc::new(bundle.countries),
            file: BUNDLED.to_owned(),
            details_of: Some(Pending {
                bundle: bundle_id,
                missing: lang.select(Lang::Zh, Lang::En),
            }),
        });
    };
    let bytes = fetch_packed(BUNDLE_FILE).await?;
    let bundle = Bundle::from_bytes(&bytes).map_err(|e| bundle_error(BUNDLE_FILE, e))?;
    let countries = bundle.countries;
    let bytes = fetch_bytes(&file).await?;
    let ds = read(&file, &bytes, &countries)
        .await
        .map_err(|errors| LoadError::Invalid {
            file: file.clone(),
            errors: errors.into(),
        })?;
    Ok(Data {
        ds: Arc::new(ds),
        countries: Arc::new(countries),
        file,
        details_of: None,
    })
}

fn bundle_error(file: &str, e: BundleError) -> LoadError {
    LoadError::Invalid {
        file: file.to_owned(),
        errors: Arc::new([DataError::new(
            file,
            Record::File,
            "",
            match e {
                BundleError::NotABundle => Problem::NotABundle,
                BundleError::Damaged(d) => Problem::DamagedBundle(d),
            },
        )]),
    }
}

/// The reader of the source details, in a chunk of its own: the timeline
/// responds without it.
type ApplyDetails = fn(&[u8], u64, &Dataset) -> Result<Dataset, BundleError>;

fn apply_details(bytes: &[u8], bundle: u64, ds: &Dataset) -> Result<Dataset, BundleError> {
    SourceDetails::from_bytes(bytes, bundle).and_then(|d| d.apply(ds))
}

#[::leptos::wasm_split::wasm_split(details, wasm_split_path = ::leptos::wasm_split, fallible)]
fn details_reader() -> Result<ApplyDetails, CodeMissing> {
    Ok(apply_details)
}

/// Fetches what `ds`, read from the bundle, still lacks (the milestones'
/// source titles and addresses, and their texts in the other language),
/// together, and returns `ds` whole.
pub async fn load_source_details(ds: &Dataset, pending: Pending) -> Result<Dataset, LoadError> {
    let texts_at = texts_file(pending.missing);
    let (bytes, texts) =
        futures::future::join(fetch_packed(DETAILS_FILE), fetch_packed(texts_at)).await;
    let (bytes, texts) = (bytes?, texts?);
    let apply = details_reader()
        .await
        .map_err(|_| LoadError::ReaderMissing {
            file: DETAILS_FILE.to_owned(),
        })?;
    let mut whole = apply(&bytes, pending.bundle, ds).map_err(|e| bundle_error(DETAILS_FILE, e))?;
    LangTexts::from_bytes(&texts, pending.bundle, pending.missing)
        .and_then(|t| t.apply(&mut whole))
        .map_err(|e| bundle_error(texts_at, e))?;
    Ok(whole)
}

/// The reader of the map geometry (TopoJSON), in a chunk of its own: only
/// the map needs it, and the timeline should not wait for it.
type ParseWorld = fn(&str) -> Result<World, Vec<DataError>>;

#[::leptos::wasm_split::wasm_split(world, wasm_split_path = ::leptos::wasm_split, fallible)]
fn world_parser() -> Result<ParseWorld, CodeMissing> {
    Ok(World::parse)
}

/// Fetches and parses the map geometry.
pub async fn load_world() -> Result<Arc<World>, LoadError> {
    let text = fetch_text(WORLD_FILE).await?;
    let parse = world_parser().await.map_err(|_| LoadError::ReaderMissing {
        file: WORLD_FILE.to_owned(),
    })?;
    parse(&text)
        .map(Arc::new)
        .map_err(|errors| LoadError::Invalid {
            file: WORLD_FILE.to_owned(),
            errors: errors.into(),
        })
}

/// The reader of the list of changes, in a chunk of its own: only About and
/// a returning reader need it.
type ParseChanges = fn(&str, &str, &Dataset) -> Result<Changes, Vec<DataError>>;

#[::leptos::wasm_split::wasm_split(changes, wasm_split_path = ::leptos::wasm_split, fallible)]
fn changes_parser() -> Result<ParseChanges, CodeMissing> {
    Ok(parse_changes)
}

/// Fetches the list of changes and checks it against `ds`: it describes the
/// bundled dataset only, so for a reader's own dataset it does not validate.
pub async fn load_changes(ds: &Dataset) -> Result<Changes, LoadError> {
    let text = fetch_text(CHANGES).await?;
    let parse = changes_parser()
        .await
        .map_err(|_| LoadError::ReaderMissing {
            file: CHANGES.to_owned(),
        })?;
    parse(CHANGES, &text, ds).map_err(|errors| LoadError::Invalid {
        file: CHANGES.to_owned(),
        errors: errors.into(),
    })
}
