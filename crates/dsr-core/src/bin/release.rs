//! `cargo run --bin release -- OLD.json NEW.json [--write CHANGES.json] [--ignore FIELD]…`: the entries of `changes.json` for a new version of the dataset.
//!
//! Compares two versions of the dataset and prints the new release: every
//! record added, removed or re-sourced, and each corrected field with its
//! value before and after. Reasons and the summary are left empty; the
//! validator refuses a release until each is written. With `--write`, the
//! release is put first in that changes file (replacing one of the same
//! version, keeping the reasons already written there). `--ignore FIELD`
//! leaves a field out of the comparison wherever it occurs: for a field a
//! release adds to every record, which its summary then explains once.
//! Exits 0 on success, 2 on a usage or I/O problem.

use std::process::ExitCode;

use dsr_core::model::raw::{RawChanges, RawDataset};
use dsr_core::release::{merge, release};

fn read<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
}

fn run(args: &[String]) -> Result<(), String> {
    let mut args = args.to_vec();
    let write = match args.iter().position(|a| a == "--write") {
        Some(i) if i + 1 < args.len() => {
            let p = args.remove(i + 1);
            args.remove(i);
            Some(p)
        }
        Some(_) => return Err("--write needs a path".into()),
        None => None,
    };
    let mut ignore = Vec::new();
    while let Some(i) = args.iter().position(|a| a == "--ignore") {
        if i + 1 >= args.len() {
            return Err("--ignore needs a field name".into());
        }
        ignore.push(args.remove(i + 1));
        args.remove(i);
    }
    let [old, new] = args.as_slice() else {
        return Err(
            "usage: release OLD.json NEW.json [--write CHANGES.json] [--ignore FIELD]…".into(),
        );
    };
    let old: RawDataset = read(old)?;
    let new: RawDataset = read(new)?;
    let r = release(&old, &new, &ignore);
    let n = r.changes.len();
    let json = match &write {
        Some(path) => {
            let changes: RawChanges = read(path)?;
            serde_json::to_string_pretty(&merge(changes, r))
        }
        None => serde_json::to_string_pretty(&r),
    }
    .map_err(|e| e.to_string())?;
    match write {
        Some(path) => {
            std::fs::write(&path, format!("{json}\n"))
                .map_err(|e| format!("cannot write {path}: {e}"))?;
            eprintln!("release: {n} changes written to {path}; fill in each empty reason and the summary, then run the validator");
        }
        None => println!("{json}"),
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("release: {e}");
            ExitCode::from(2)
        }
    }
}
