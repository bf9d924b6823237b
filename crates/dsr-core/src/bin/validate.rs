//! `cargo run --bin validate -- FILE…`: checks dataset files (and changes files) and lists every error.
//!
//! Country codes are checked against `public/data/countries.json` (or the
//! file given with `--countries PATH`). A file named `…changes.json` is a
//! list of changes, checked against the last valid dataset named before it.
//! Exits 0 when every file is valid, 1 when any has errors, 2 on a usage or
//! I/O problem.

use std::path::Path;
use std::process::ExitCode;

use dsr_core::countries::Countries;
use dsr_core::validate::{parse_changes, parse_dataset};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut countries_path = String::from("public/data/countries.json");
    if let Some(i) = args.iter().position(|a| a == "--countries") {
        if i + 1 >= args.len() {
            eprintln!("validate: --countries needs a path");
            return ExitCode::from(2);
        }
        countries_path = args.remove(i + 1);
        args.remove(i);
    }
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("usage: validate [--countries countries.json] DATASET.json…");
        return ExitCode::from(2);
    }
    let countries = match std::fs::read_to_string(&countries_path) {
        Ok(text) => match Countries::parse(&countries_path, &text) {
            Ok(c) => c,
            Err(errors) => {
                for e in errors {
                    eprintln!("{e}");
                }
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("validate: cannot read {countries_path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let mut last_dataset = None;
    for path in &args {
        let name = Path::new(path)
            .file_name()
            .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("validate: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        };
        if name.ends_with("changes.json") {
            let Some(ds) = &last_dataset else {
                eprintln!("validate: {path}: name the dataset it describes before it");
                return ExitCode::from(2);
            };
            match parse_changes(&name, &text, ds) {
                Ok(c) => println!(
                    "{path}: valid: {} releases, {} changes in the current one",
                    c.releases.len(),
                    c.current().map_or(0, |r| r.changes.len())
                ),
                Err(errors) => {
                    failed = true;
                    println!("{path}: {} error(s)", errors.len());
                    for e in errors {
                        println!("  {e}");
                    }
                }
            }
            continue;
        }
        match parse_dataset(&name, &text, &countries) {
            Ok(ds) => {
                println!(
                    "{path}: valid: {} milestones, {} agreements, {} observations",
                    ds.milestones.len(),
                    ds.agreements.len(),
                    ds.agreements
                        .iter()
                        .map(|a| a.observations.len())
                        .sum::<usize>()
                );
                last_dataset = Some(ds);
            }
            Err(errors) => {
                failed = true;
                println!(
                    "{path}: {} error{}",
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" }
                );
                for e in errors {
                    println!("  {e}");
                }
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
