//! `UserData`: a dataset the reader opened from their own computer, and the errors of the last file refused.

use std::sync::Arc;

use dsr_core::validate::DataError;
use leptos::prelude::*;

use super::Data;

/// Shared through context: the reader's own dataset replaces the fetched one while it is set.
#[derive(Clone, Copy)]
pub struct UserData {
    pub dataset: RwSignal<Option<Data>>,
    /// The file name and its errors, when the last file was refused.
    pub errors: RwSignal<Option<(String, Arc<[DataError]>)>>,
}

impl UserData {
    pub fn new() -> Self {
        Self {
            dataset: RwSignal::new(None),
            errors: RwSignal::new(None),
        }
    }

    /// Back to the bundled dataset: forgets the reader's file and its errors.
    pub fn clear(&self) {
        self.dataset.set(None);
        self.errors.set(None);
    }
}

/// The reader's data from context.
pub fn use_user_data() -> UserData {
    expect_context::<UserData>()
}
