//! The page's generic components, used by every feature folder: `Button`, `ErrorList` and `Chunk` (code fetched on demand). They import nothing of the shell but `browser`, so any module can use them without an import cycle.

pub mod button;
pub mod chunk;
pub mod error_list;
