//! Running the shell natively (the build-time renderer, the native tests): an executor that drops every task, since effects and fetches do not run there, and the bundled data read from strings.

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::validate::parse_dataset;

use super::fetch::Data;

/// An executor that drops what it is given: nothing asynchronous runs natively.
struct Dropping;

impl any_spawner::CustomExecutor for Dropping {
    fn spawn(&self, _fut: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Installs the executor that drops every task (only the first call does;
/// later calls find it there).
pub fn install_executor() {
    let _ = any_spawner::Executor::init_custom_executor(Dropping);
}

/// Reads and validates the bundled data as the app would fetch it.
pub fn bundled(countries_json: &str, dataset_json: &str) -> Result<Data, String> {
    let countries = Countries::parse("data/countries.json", countries_json).map_err(|e| {
        e.iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let ds = parse_dataset("data/dsr.json", dataset_json, &countries).map_err(|e| {
        e.iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    Ok(Data {
        ds: Arc::new(ds),
        countries: Arc::new(countries),
        file: "data/dsr.json".to_owned(),
        details_of: None,
    })
}
