//! `cargo run --bin export -- DATASET.json OUT.xlsx [--template]`: the dataset as a workbook, as the Table view's "Excel" button saves it, or (with `--template`) the "Start your own tracker" workbook.
//!
//! Country codes for the drop-down list come from `public/data/countries.json`
//! (or `--countries PATH`). Exits 0 on success, 1 when the dataset has
//! errors (listed), 2 on a usage or I/O problem.

use std::process::ExitCode;

use dsr_core::countries::Countries;
use dsr_core::model::raw::RawDataset;
use dsr_core::validate::parse_dataset;
use dsr_core::workbook;

fn run(mut args: Vec<String>) -> Result<ExitCode, String> {
    let template = match args.iter().position(|a| a == "--template") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let mut countries_path = String::from("public/data/countries.json");
    if let Some(i) = args.iter().position(|a| a == "--countries") {
        if i + 1 >= args.len() {
            return Err("--countries needs a path".into());
        }
        countries_path = args.remove(i + 1);
        args.remove(i);
    }
    let [input, output] = args.as_slice() else {
        return Err(
            "usage: export [--countries countries.json] [--template] DATASET.json OUT.xlsx".into(),
        );
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"));
    let countries = Countries::parse(&countries_path, &read(&countries_path)?).map_err(|e| {
        e.iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let text = read(input)?;
    // Only a valid dataset is exported: the workbook must open again.
    if let Err(errors) = parse_dataset(input, &text, &countries) {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!(
            "export: {input} has {} error(s); nothing was written",
            errors.len()
        );
        return Ok(ExitCode::from(1));
    }
    let raw: RawDataset = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let bytes = if template {
        workbook::template(&raw, &countries)
    } else {
        workbook::to_xlsx(&raw, &countries)
    }
    .map_err(|e| e.to_string())?;
    std::fs::write(output, &bytes).map_err(|e| format!("cannot write {output}: {e}"))?;
    eprintln!(
        "export: wrote {output} ({} bytes: {} milestones, {} agreements)",
        bytes.len(),
        if template {
            2.min(raw.milestones.len())
        } else {
            raw.milestones.len()
        },
        if template { 0 } else { raw.agreements.len() }
    );
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("export: {e}");
            ExitCode::from(2)
        }
    }
}
