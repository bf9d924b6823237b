//! Running the shell natively (the build-time renderer, the native tests): an executor that drops every task, since effects and fetches do not run there (a native test may hold its own and run them), and the bundled data read from strings.

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::validate::parse_dataset;

use super::fetch::Data;

/// An executor that drops what it is given: nothing asynchronous runs natively.
struct Dropping;

impl any_spawner::CustomExecutor for Dropping {
    fn spawn(&self, _fut: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _fut: any_spawner::PinnedLocalFuture<()>) {
        #[cfg(test)]
        held::keep(_fut);
    }
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

/// For a native test that must see a task run: the tasks of a thread that
/// asked to hold them ([`held::hold`]) are kept, and run by [`held::poll`]
/// (every other thread's are dropped, as in the build-time renderer).
#[cfg(test)]
pub mod held {
    use std::cell::{Cell, RefCell};
    use std::task::{Context, Waker};

    use any_spawner::PinnedLocalFuture;

    thread_local! {
        static HOLD: Cell<bool> = const { Cell::new(false) };
        static TASKS: RefCell<Vec<PinnedLocalFuture<()>>> = const { RefCell::new(Vec::new()) };
    }

    /// This thread's tasks are kept from now on.
    pub fn hold() {
        HOLD.with(|h| h.set(true));
    }

    pub(super) fn keep(task: PinnedLocalFuture<()>) {
        if HOLD.with(Cell::get) {
            TASKS.with(|t| t.borrow_mut().push(task));
        }
    }

    /// Polls each kept task once; those not finished are kept.
    pub fn poll() {
        let tasks = TASKS.with(|t| std::mem::take(&mut *t.borrow_mut()));
        let mut cx = Context::from_waker(Waker::noop());
        let pending: Vec<_> = tasks
            .into_iter()
            .filter_map(|mut task| task.as_mut().poll(&mut cx).is_pending().then_some(task))
            .collect();
        TASKS.with(|t| t.borrow_mut().extend(pending));
    }
}
