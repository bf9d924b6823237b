//! The page around the views: header, notices, error states, the dataset picker, the view tabs and the dataset footer.

pub mod as_of_bar;
pub mod connection_note;
pub mod dataset_footer;
pub mod dataset_picker;
pub mod details_note;
pub mod error_panel;
pub mod header;
pub mod notice_bar;
pub mod user_data_errors;
pub mod view_tabs;
