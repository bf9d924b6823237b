//! `CodeMissing`: the one error of every WebAssembly split point (the lazily loaded views in `parts`, the deck writer, the citation menu's body, the reader of the list of changes): its chunk could not be fetched or instantiated.

use leptos::wasm_split::SplitLoaderError;

/// A lazily loaded chunk could not be fetched or instantiated. The caller
/// says so with a retry; nothing panics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeMissing;

impl From<SplitLoaderError> for CodeMissing {
    fn from(_: SplitLoaderError) -> Self {
        Self
    }
}
