//! The page's generic components, used by every feature folder: `Button` and `ErrorList`. They import nothing of the shell but `browser`, so any module can use them without an import cycle.

pub mod button;
pub mod error_list;
