//! The parts of the app loaded when first asked for: each view behind a tab or a mode is its own WebAssembly chunk (wasm-split), fetched on first use and retried on failure.

mod lazy_part;
mod loaders;

pub use lazy_part::LazyPart;
pub use loaders::Part;
