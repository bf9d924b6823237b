//! The size limits of a data file, in one place: what the validator refuses and its messages quote.

/// The largest dataset file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most milestones, or agreements, a dataset may have.
pub const MAX_RECORDS: usize = 100_000;
/// The longest string accepted in any field, in characters.
pub const MAX_STRING_CHARS: usize = 10_000;
