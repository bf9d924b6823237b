//! Fetching the country list and a dataset (bundled or `?data=`), then validating them.

use std::sync::Arc;

use gloo_net::http::Request;

use crate::countries::Countries;
use crate::model::Dataset;
use crate::validate::{parse_dataset, DataError, MAX_FILE_BYTES};

/// The bundled dataset, relative to the page, so the app works under any sub-path.
pub const BUNDLED: &str = "data/dsr.json";
pub const COUNTRIES: &str = "data/countries.json";

/// Why loading failed. `Clone`, unlike `gloo_net::Error`.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request itself failed (offline, blocked, …).
    Fetch { file: String, message: String },
    /// The server answered with an error status.
    Status { file: String, status: u16 },
    /// The file is larger than the limit.
    TooLarge { file: String, bytes: usize },
    /// The file arrived but is not a valid dataset.
    Invalid {
        file: String,
        errors: Vec<DataError>,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Fetch { file, .. }
            | LoadError::Status { file, .. }
            | LoadError::TooLarge { file, .. }
            | LoadError::Invalid { file, .. } => file,
        }
    }
}

/// A dataset ready to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub ds: Arc<Dataset>,
    pub countries: Arc<Countries>,
    /// The file it came from, as shown to the reader.
    pub file: String,
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
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
    response.text().await.map_err(fetch_error)
}

/// Fetches the country list, then the dataset at `data` (or the bundled one),
/// and validates both.
pub async fn load(data: Option<String>) -> Result<Loaded, LoadError> {
    let countries_text = fetch_text(COUNTRIES).await?;
    let countries =
        Countries::parse(COUNTRIES, &countries_text).map_err(|errors| LoadError::Invalid {
            file: COUNTRIES.to_owned(),
            errors,
        })?;
    let file = data.unwrap_or_else(|| BUNDLED.to_owned());
    let text = fetch_text(&file).await?;
    let ds = parse_dataset(&file, &text, &countries).map_err(|errors| LoadError::Invalid {
        file: file.clone(),
        errors,
    })?;
    Ok(Loaded {
        ds: Arc::new(ds),
        countries: Arc::new(countries),
        file,
    })
}

/// The world geometry, fetched only when the map is first shown.
pub const WORLD: &str = "data/world-110m.json";

/// Fetches and parses the map geometry.
pub async fn load_world() -> Result<Arc<crate::map::World>, String> {
    let text = fetch_text(WORLD).await.map_err(|e| match e {
        LoadError::Status { status, .. } => format!("{WORLD}: the server answered {status}"),
        LoadError::Fetch { message, .. } => format!("{WORLD}: {message}"),
        other => format!("{}: could not be loaded", other.file()),
    })?;
    crate::map::World::parse(&text).map(Arc::new)
}
