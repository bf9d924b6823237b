//! The dataset as a workbook and back: written as .xlsx (a sheet per kind of record, the codebook, drop-down lists), read from .xlsx, .ods or a CSV of milestones, every problem named by sheet, row, column and value.
//!
//! The path in is: the file's container ([`xlsx`], [`ods`], [`csv`]) → a
//! [`Book`] of plain cells → the raw dataset, by the codebook's columns
//! ([`columns`]) → the same validator as a JSON file, whose errors are moved
//! back onto the rows and columns they came from. The path out is the raw
//! dataset → a book ([`write`]) → .xlsx. Both read the one column table, so
//! a column cannot be written that is not read, and the README sheet is that
//! table in words.

pub mod columns;
mod csv;
pub mod grid;
mod ods;
mod read;
mod unzip;
mod write;
pub mod xlsx;

#[cfg(test)]
mod tests;

pub use grid::{Book, Cell, Sheet};

use crate::countries::Countries;
use crate::deck::zip::ZipError;
pub use crate::error::SheetProblem;
use crate::error::{DataError, Problem, Record};
use crate::limits::MAX_FILE_BYTES;
use crate::model::raw::RawDataset;
use crate::model::Dataset;
use columns::{AGREEMENTS, MEMBERS, META, MILESTONES, OBSERVATIONS, SOURCES, STEPS};
use read::{Owner, Reader, Rows};

/// The most errors listed for one file.
pub const MAX_ERRORS: usize = 500;

/// The kinds of file "Open dataset…" reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Json,
    Xlsx,
    Ods,
    Csv,
}

impl FileKind {
    /// By the name's extension, then by the first bytes.
    pub fn of(name: &str, bytes: &[u8]) -> FileKind {
        let lower = name.to_ascii_lowercase();
        match lower.rsplit_once('.').map(|(_, e)| e) {
            Some("xlsx") => FileKind::Xlsx,
            Some("ods") => FileKind::Ods,
            Some("csv" | "tsv" | "txt") => FileKind::Csv,
            Some("json") => FileKind::Json,
            _ if bytes.starts_with(b"PK\x03\x04") => {
                if bytes.get(30..38) == Some(b"mimetype") {
                    FileKind::Ods
                } else {
                    FileKind::Xlsx
                }
            }
            _ if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => FileKind::Json,
            _ => FileKind::Csv,
        }
    }

    /// A spreadsheet (read by this module), not JSON.
    pub fn is_sheet(self) -> bool {
        self != FileKind::Json
    }
}

fn codes(countries: &Countries) -> Vec<String> {
    countries.all().iter().map(|c| c.code.to_string()).collect()
}

/// The dataset as a workbook (.xlsx).
pub fn to_xlsx(raw: &RawDataset, countries: &Countries) -> Result<Vec<u8>, ZipError> {
    xlsx::write(&write::book(raw, &codes(countries)))
}

/// "Start your own tracker": the workbook with the codebook, its meta to be
/// filled in, and two example milestones (the first two of `raw`, with their
/// sources), no agreements.
pub fn template(raw: &RawDataset, countries: &Countries) -> Result<Vec<u8>, ZipError> {
    let mut t = raw.clone();
    t.schema = None;
    t.milestones.truncate(2);
    for m in &mut t.milestones {
        m.steps.clear();
    }
    t.agreements.clear();
    let example = |c: &columns::Column| c.example.to_owned();
    let field = |name: &str| {
        columns::META_FIELDS
            .iter()
            .find(|c| c.header == name)
            .map(example)
            .unwrap_or_default()
    };
    t.meta.title.en = field("title_en");
    t.meta.title.zh = field("title_zh");
    t.meta.version = field("version");
    t.meta.citation.en = field("citation_en");
    t.meta.citation.zh = field("citation_zh");
    to_xlsx(&t, countries)
}

/// Reads a spreadsheet file into a book of cells.
pub fn read_book(file: &str, bytes: &[u8]) -> Result<Book, Vec<DataError>> {
    let one =
        |record: Record, p: SheetProblem| vec![DataError::new(file, record, "", Problem::Sheet(p))];
    let file_error = |p| one(Record::File, p);
    match FileKind::of(file, bytes) {
        FileKind::Xlsx => xlsx::read(bytes).map_err(file_error),
        FileKind::Ods => ods::read(bytes).map_err(file_error),
        FileKind::Csv => csv::read(file, bytes).map_err(|(row, p)| match row {
            Some(row) => vec![DataError::new(
                file,
                Record::Row {
                    sheet: MILESTONES.name.to_owned(),
                    row,
                },
                "sources",
                Problem::Sheet(p),
            )],
            None => file_error(p),
        }),
        FileKind::Json => Err(file_error(SheetProblem::NotAWorkbook)),
    }
}

/// Reads a workbook or a CSV of milestones named `file` as a dataset,
/// checked as a JSON file is; every error (at most [`MAX_ERRORS`]) names
/// its sheet, row and column.
pub fn read(file: &str, bytes: &[u8], countries: &Countries) -> Result<Dataset, Vec<DataError>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file,
            Record::File,
            "",
            Problem::FileTooLarge { bytes: bytes.len() },
        )]);
    }
    let book = read_book(file, bytes)?;
    check(file, &book, countries).map(|(ds, _)| ds)
}

/// A book's records as a dataset, checked as a JSON file is, with the raw
/// dataset they were read into (what `import` prints); every error (at most
/// [`MAX_ERRORS`]) names its sheet, row and column.
pub fn check(
    file: &str,
    book: &Book,
    countries: &Countries,
) -> Result<(Dataset, RawDataset), Vec<DataError>> {
    let mut r = Reader::new(file);
    let raw = r.read(book);
    let mut errors = r.errors;
    let ds = match crate::validate::check_raw(file, &raw, countries) {
        Ok(ds) => Some(ds),
        Err(found) => {
            for e in found {
                let e = locate(e, &r.rows, book);
                let flagged = match &e.record {
                    Record::Row { sheet, row } => {
                        r.rows
                            .flagged
                            .contains(&(sheet.clone(), *row, e.field.clone()))
                            || r.rows.missing.contains(&(sheet.clone(), e.field.clone()))
                    }
                    _ => false,
                };
                if !flagged {
                    errors.push(e);
                }
            }
            None
        }
    };
    match ds {
        Some(ds) if errors.is_empty() => Ok((ds, raw)),
        _ => {
            if errors.len() > MAX_ERRORS {
                errors.truncate(MAX_ERRORS);
                errors.push(DataError::new(
                    file,
                    Record::File,
                    "",
                    Problem::Sheet(SheetProblem::TooManyErrors(MAX_ERRORS)),
                ));
            }
            Err(errors)
        }
    }
}

/// `name[3]rest` → (3, rest).
fn indexed<'a>(path: &'a str, name: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(name)?.strip_prefix('[')?;
    let (n, rest) = rest.split_once(']')?;
    Some((n.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}

/// A field's path as a column header: `title.en` → `title_en`, `countries[2]` → `countries`.
fn header(path: &str) -> String {
    let base = path.split('[').next().unwrap_or(path);
    match base {
        "coverage" => "coverage_from".to_owned(),
        _ => base.replace('.', "_"),
    }
}

/// Moves a validator's error (record and field path) onto the sheet row and
/// column the value came from.
fn locate(e: DataError, rows: &Rows, book: &Book) -> DataError {
    let field = e.field.clone();
    let source = |owner: Owner, rest: &str| -> Option<(&'static str, usize, String)> {
        match indexed(rest, "sources") {
            Some((j, col)) => rows
                .sources
                .get(&(owner, j))
                .map(|&n| (SOURCES.name, n, header(col))),
            None => None,
        }
    };
    let place: Option<(&'static str, usize, String)> = match &e.record {
        Record::Milestone { index, .. } => {
            let i = *index;
            if let Some(p) = source(Owner::Milestone(i), &field) {
                Some(p)
            } else if let Some((k, rest)) = indexed(&field, "steps") {
                source(Owner::Step(i, k), rest).or_else(|| {
                    rows.steps.get(&(i, k)).map(|&n| {
                        (
                            STEPS.name,
                            n,
                            if rest == "sources" {
                                String::new()
                            } else {
                                header(rest)
                            },
                        )
                    })
                })
            } else {
                let col = if field == "sources" {
                    String::new()
                } else {
                    header(&field)
                };
                rows.milestones.get(i).map(|&n| (MILESTONES.name, n, col))
            }
        }
        Record::Agreement { index, .. } => {
            let i = *index;
            if let Some((k, rest)) = indexed(&field, "observations") {
                source(Owner::Observation(i, k), rest).or_else(|| {
                    rows.observations.get(&(i, k)).map(|&n| {
                        (
                            OBSERVATIONS.name,
                            n,
                            if rest == "sources" {
                                String::new()
                            } else {
                                header(rest)
                            },
                        )
                    })
                })
            } else if let Some((k, rest)) = indexed(&field, "members") {
                source(Owner::Member(i, k), rest).or_else(|| {
                    rows.members.get(&(i, k)).map(|&n| {
                        (
                            MEMBERS.name,
                            n,
                            if rest == "sources" {
                                String::new()
                            } else {
                                header(rest)
                            },
                        )
                    })
                })
            } else {
                let col = if field == "observations" {
                    String::new()
                } else {
                    header(&field)
                };
                rows.agreements.get(i).map(|&n| (AGREEMENTS.name, n, col))
            }
        }
        Record::Observation {
            agreement, index, ..
        } => source(Owner::Observation(*agreement, *index), &field).or_else(|| {
            rows.observations
                .get(&(*agreement, *index))
                .map(|&n| (OBSERVATIONS.name, n, header(&field)))
        }),
        Record::Meta => {
            let key = header(&field);
            rows.meta
                .iter()
                .find(|(k, _)| **k == key)
                .map(|(_, &n)| (META.name, n, "value".to_owned()))
        }
        _ => None,
    };
    let Some((sheet, row, column)) = place else {
        let mut e = e;
        e.position = None;
        return e;
    };
    // A sheet made from another's column (a CSV's sources) is shown as that column.
    let (sheet, column) = match book.sheet(sheet).and_then(|s| s.shown_as.as_ref()) {
        Some(s) => (s.sheet.clone(), s.column.clone()),
        None => (sheet.to_owned(), column),
    };
    DataError::new(&e.file, Record::Row { sheet, row }, &column, e.problem)
}
