//! `cargo run --bin feeds -- OUT_DIR [DATASET CHANGES]`: writes the Atom feeds, one per language (`feed.xml`, `feed.zh.xml`), and one per country and per category that has milestones (`feeds/country-KEN.xml`, `feeds/category-forum.zh.xml`…), into `OUT_DIR` (Trunk's post-build hook writes them into `dist/`).
//!
//! Reads `public/data/dsr.json` and `public/data/changes.json` unless told
//! otherwise (`-` for CHANGES: no releases). Exits 1 naming the file when the
//! data is not valid.

use std::process::ExitCode;

use dsr_core::countries::Countries;
use dsr_core::feed;
use dsr_core::i18n::Lang;
use dsr_core::model::Changes;
use dsr_core::validate::{parse_changes, parse_dataset};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: feeds OUT_DIR [DATASET CHANGES]");
        return ExitCode::from(2);
    };
    let data = args.get(1).map_or("public/data/dsr.json", String::as_str);
    let changes = args
        .get(2)
        .map_or("public/data/changes.json", String::as_str);
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let errors = |e: Vec<dsr_core::validate::DataError>| {
        e.iter()
            .take(5)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let run = || -> Result<Vec<String>, String> {
        let countries = Countries::parse("countries.json", &read("public/data/countries.json")?)
            .map_err(errors)?;
        let ds = parse_dataset(data, &read(data)?, &countries).map_err(errors)?;
        let changes = if changes == "-" {
            Changes::default()
        } else {
            parse_changes(changes, &read(changes)?, &ds).map_err(errors)?
        };
        let mut written = Vec::new();
        std::fs::create_dir_all(std::path::Path::new(out).join("feeds"))
            .map_err(|e| format!("{out}/feeds: {e}"))?;
        for scope in feed::scopes(&ds) {
            for &lang in Lang::ALL {
                let path = std::path::Path::new(out).join(scope.file_name(lang));
                std::fs::write(&path, feed::atom_of(&ds, &countries, &changes, lang, scope))
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                written.push(path.display().to_string());
            }
        }
        Ok(written)
    };
    match run() {
        Ok(files) => {
            println!(
                "feeds: wrote {} files ({}, … one per country and category)",
                files.len(),
                files.iter().take(2).cloned().collect::<Vec<_>>().join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("feeds: {e}");
            ExitCode::from(1)
        }
    }
}
