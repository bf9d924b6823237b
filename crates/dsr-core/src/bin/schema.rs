//! `cargo run --bin schema > public/data/schema/dataset.schema.json`: prints the dataset's JSON Schema.
//!
//! The schema is generated from the Rust types in `src/model/raw.rs`; a test
//! fails when the committed file differs from what this prints.

fn main() {
    print!("{}", dsr_core::model::raw::schema_json());
}
