//! Workbooks in the page: the writer (the Table view's .xlsx, the template) and the reader of a reader's own .xlsx, .ods or CSV, each in a WebAssembly chunk of its own, loaded on first use.

use dsr_core::countries::Countries;
use dsr_core::deck::zip::ZipError;
use dsr_core::download::{Rows, WorkbookFile, XLSX_MIME};
use dsr_core::filter::Filters;
use dsr_core::i18n::{export, Lang};
use dsr_core::model::Dataset;
use dsr_core::validate::{DataError, Problem, Record};

use crate::browser::files;
use crate::browser::split::CodeMissing;

type WriteWorkbook =
    fn(&Dataset, &Countries, &[usize], &Filters, Rows) -> Result<WorkbookFile, ZipError>;
type WriteTemplate = fn(&Dataset, &Countries) -> Result<WorkbookFile, ZipError>;

/// The workbook writer: the dataset's sheets, the codebook, the ZIP container.
#[::leptos::wasm_split::wasm_split(workbook_writer, wasm_split_path = ::leptos::wasm_split, fallible)]
fn writer() -> Result<(WriteWorkbook, WriteTemplate), CodeMissing> {
    Ok((
        dsr_core::download::workbook_file,
        dsr_core::download::template_file,
    ))
}

type ReadWorkbook = fn(&str, &[u8], &Countries) -> Result<Dataset, Vec<DataError>>;

/// The workbook reader: ZIP and inflate, the .xlsx and .ods readers, CSV,
/// the codebook's columns and the validator.
#[::leptos::wasm_split::wasm_split(workbook_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader() -> Result<ReadWorkbook, CodeMissing> {
    Ok(dsr_core::workbook::read)
}

/// What to write: rows of the dataset, or the template.
pub enum Wanted<'a> {
    Rows {
        filtered: &'a [usize],
        filters: &'a Filters,
        rows: Rows,
    },
    Template,
}

/// Writes and saves a workbook; returns the status line to show.
pub async fn save(ds: &Dataset, countries: &Countries, wanted: Wanted<'_>, lang: Lang) -> String {
    let Ok((rows_file, template_file)) = writer().await else {
        return export::file_not_saved(lang, ".xlsx", export::WORKBOOK_CODE_MISSING.get(lang));
    };
    let file = match wanted {
        Wanted::Rows {
            filtered,
            filters,
            rows,
        } => rows_file(ds, countries, filtered, filters, rows),
        Wanted::Template => template_file(ds, countries),
    };
    let file = match file {
        Ok(f) => f,
        Err(e) => return export::file_not_saved(lang, ".xlsx", &e.to_string()),
    };
    match files::bytes_blob(&file.bytes, XLSX_MIME).and_then(|b| files::download(&b, &file.name)) {
        Ok(()) => export::file_saved(lang, &file.name, file.n_milestones),
        Err(e) => export::file_not_saved(lang, &file.name, &e.message(lang)),
    }
}

/// Reads a reader's own workbook or CSV as a dataset.
pub async fn read(
    file: &str,
    bytes: &[u8],
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    match reader().await {
        Ok(read) => read(file, bytes, countries),
        Err(CodeMissing) => Err(vec![DataError::new(
            file,
            Record::File,
            "",
            Problem::ReaderMissing,
        )]),
    }
}
