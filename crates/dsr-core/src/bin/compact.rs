//! `cargo run --bin compact -- FILE...`: rewrites JSON files without the whitespace between tokens (Trunk's post-build hook, on the data the page fetches), refusing any file whose meaning would change.
//!
//! The repository keeps the data indented, to be read and reviewed; the page
//! fetches the same JSON with nothing between its tokens (3 KB less gzipped
//! for `dsr.json`). Keys keep their order; strings are copied byte for byte.

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: compact FILE...");
        return ExitCode::from(2);
    }
    for path in &files {
        let run = || -> Result<(usize, usize), String> {
            let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
            let small = dsr_core::json::compact(&text);
            let before: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| e.to_string())?;
            let after: serde_json::Value =
                serde_json::from_str(&small).map_err(|e| e.to_string())?;
            if before != after {
                return Err("compacting would change its content".to_owned());
            }
            std::fs::write(path, &small).map_err(|e| e.to_string())?;
            Ok((text.len(), small.len()))
        };
        match run() {
            Ok((a, b)) => println!("compact: {path}: {a} → {b} bytes"),
            Err(e) => {
                eprintln!("compact: {path}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
