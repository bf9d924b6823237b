//! `cargo run --bin bundle -- DATASET.json COUNTRIES.json OUT.bin`: validates the shipped dataset and writes the bundle the page reads first (`data/dsr.bin`, see `dsr_core::bundle`).
//!
//! Run by Trunk's post-build hook. Exits 0 when written, 1 when the data has
//! errors (each listed), 2 on a usage or I/O problem.

use std::process::ExitCode;

use dsr_core::bundle::Bundle;
use dsr_core::countries::Countries;
use dsr_core::i18n::Lang;
use dsr_core::validate::parse_dataset;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, countries, out] = args.as_slice() else {
        eprintln!("usage: bundle DATASET.json COUNTRIES.json OUT.bin");
        return ExitCode::from(2);
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"));
    let (data_text, countries_text) = match (read(data), read(countries)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("bundle: {e}");
            return ExitCode::from(2);
        }
    };
    let name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .map_or_else(|| p.to_owned(), |n| n.to_string_lossy().into_owned())
    };
    let checked = Countries::parse(&name(countries), &countries_text).and_then(|countries| {
        parse_dataset(&name(data), &data_text, &countries)
            .map(|dataset| Bundle { countries, dataset })
    });
    let bundle = match checked {
        Ok(b) => b,
        Err(errors) => {
            for e in errors {
                eprintln!("{}", e.message(Lang::En));
            }
            return ExitCode::from(1);
        }
    };
    match bundle.to_bytes().map(|bytes| {
        let n = bytes.len();
        std::fs::write(out, bytes).map(|()| n)
    }) {
        Ok(Ok(n)) => {
            println!("bundle: {out}: {n} bytes");
            ExitCode::SUCCESS
        }
        Ok(Err(e)) => {
            eprintln!("bundle: cannot write {out}: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("bundle: {e}");
            ExitCode::from(2)
        }
    }
}
