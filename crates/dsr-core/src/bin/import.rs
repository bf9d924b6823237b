//! `cargo run --bin import -- TRACKER.xlsx|.ods|.csv > dsr.json`: a workbook (or a CSV of milestones) as a dataset file, checked as the page checks it.
//!
//! Workbooks are read with the calamine crate; a CSV with the page's own
//! reader. The cells then go through the same codebook and validator as in
//! the page, so every error names its sheet, row, column and value, all of
//! them at once. Prints the dataset JSON on standard output. Exits 0 on
//! success, 1 when the file has errors, 2 on a usage or I/O problem.
//! Country codes are checked against `public/data/countries.json` (or
//! `--countries PATH`); `--lang zh` words the errors in Chinese.

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Cursor;
    use std::process::ExitCode;

    use calamine::{open_workbook_auto_from_rs, Data, Reader};
    use dsr_core::countries::Countries;
    use dsr_core::error::{DataError, Problem, Record};
    use dsr_core::i18n::Lang;
    use dsr_core::workbook::{self, Book, Cell, FileKind, Sheet, SheetProblem};

    fn cell(d: &Data) -> Cell {
        match d {
            Data::Empty => Cell::Empty,
            Data::String(s) => Cell::text(s.clone()),
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::Bool(b) => Cell::Bool(*b),
            Data::DateTime(d) => Cell::Number(d.as_f64()),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Date(s.clone()),
            Data::Error(e) => Cell::Error(e.to_string()),
        }
    }

    /// A workbook's sheets through calamine, formulas marked as such.
    fn calamine_book(file: &str, bytes: Vec<u8>) -> Result<Book, Vec<DataError>> {
        let damaged = |e: String| {
            vec![DataError::new(
                file,
                Record::File,
                "",
                Problem::Sheet(SheetProblem::Damaged(e)),
            )]
        };
        let mut wb =
            open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
        let mut book = Book::default();
        for name in wb.sheet_names() {
            let range = wb
                .worksheet_range(&name)
                .map_err(|e| damaged(e.to_string()))?;
            let mut sheet = Sheet::new(&name);
            if let Some((r0, c0)) = range.start() {
                let (r0, c0) = (r0 as usize, c0 as usize);
                sheet.rows = vec![Vec::new(); r0];
                for row in range.rows() {
                    let mut cells = vec![Cell::Empty; c0];
                    cells.extend(row.iter().map(cell));
                    sheet.rows.push(cells);
                }
            }
            if let Ok(formulas) = wb.worksheet_formula(&name) {
                for (r, c, f) in formulas.used_cells() {
                    if f.is_empty() {
                        continue;
                    }
                    let (start_r, start_c) = formulas.start().unwrap_or((0, 0));
                    let (r, c) = (r + start_r as usize, c + start_c as usize);
                    if sheet.rows.len() <= r {
                        sheet.rows.resize(r + 1, Vec::new());
                    }
                    if let Some(row) = sheet.rows.get_mut(r) {
                        if row.len() <= c {
                            row.resize(c + 1, Cell::Empty);
                        }
                        if let Some(slot) = row.get_mut(c) {
                            *slot = Cell::Formula(f.clone());
                        }
                    }
                }
            }
            sheet.trim();
            book.sheets.push(sheet);
        }
        Ok(book)
    }

    pub fn run(mut args: Vec<String>) -> Result<ExitCode, String> {
        let mut option = |name: &str| -> Result<Option<String>, String> {
            match args.iter().position(|a| a == name) {
                Some(i) if i + 1 < args.len() => {
                    let v = args.remove(i + 1);
                    args.remove(i);
                    Ok(Some(v))
                }
                Some(_) => Err(format!("{name} needs a value")),
                None => Ok(None),
            }
        };
        let countries_path =
            option("--countries")?.unwrap_or_else(|| "public/data/countries.json".into());
        let lang = match option("--lang")?.as_deref() {
            Some("zh") => Lang::Zh,
            Some("en") | None => Lang::En,
            Some(other) => return Err(format!("--lang is en or zh, not {other}")),
        };
        let [input] = args.as_slice() else {
            return Err("usage: import [--countries countries.json] [--lang en|zh] TRACKER.xlsx|.ods|.csv > dsr.json".into());
        };
        let text = std::fs::read_to_string(&countries_path)
            .map_err(|e| format!("cannot read {countries_path}: {e}"))?;
        let countries = Countries::parse(&countries_path, &text).map_err(|e| {
            e.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        let bytes = std::fs::read(input).map_err(|e| format!("cannot read {input}: {e}"))?;
        let name = std::path::Path::new(input)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| input.clone());
        let result = if bytes.len() > dsr_core::limits::MAX_FILE_BYTES {
            Err(vec![DataError::new(
                &name,
                Record::File,
                "",
                Problem::FileTooLarge { bytes: bytes.len() },
            )])
        } else {
            match FileKind::of(&name, &bytes) {
                FileKind::Xlsx | FileKind::Ods => calamine_book(&name, bytes),
                _ => workbook::read_book(&name, &bytes),
            }
            .and_then(|book| workbook::check(&name, &book, &countries))
        };
        match result {
            Ok((_, raw)) => {
                let json = serde_json::to_string_pretty(&raw).map_err(|e| e.to_string())?;
                println!("{json}");
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                for e in &errors {
                    eprintln!("{}", e.message(lang));
                }
                eprintln!(
                    "import: {name}: {} error(s); no dataset was written",
                    errors.len()
                );
                Ok(ExitCode::from(1))
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use cli::run;
    use std::process::ExitCode;
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("import: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
