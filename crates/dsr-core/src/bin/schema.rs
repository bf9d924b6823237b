//! `cargo run --bin schema [changes] > public/data/schema/….schema.json`: prints the JSON Schema of the dataset (or of the changes file).
//!
//! The schemas are generated from the Rust types in `src/model/raw.rs`; a test
//! fails when a committed file differs from what this prints.

fn main() {
    if std::env::args().nth(1).as_deref() == Some("changes") {
        print!("{}", dsr_core::model::raw::changes_schema_json());
    } else {
        print!("{}", dsr_core::model::raw::schema_json());
    }
}
