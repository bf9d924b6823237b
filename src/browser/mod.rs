//! The browser's own APIs, wrapped: the DOM, the address bar, fetching, files and the clipboard, workbooks, and the panic panel.

pub mod dom;
pub mod fetch;
pub mod files;
pub mod history;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
pub mod panic;
pub mod sheets;
pub mod split;
pub mod storage;
