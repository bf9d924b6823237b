//! What can be wrong with a data file: `DataError` (file, position, record, field) and its `Problem`.
//!
//! Errors carry data; the catalogue (`i18n::data`) words them in either
//! language, and `Display` gives the English wording, as the command-line
//! validator prints it.

use std::fmt;

use crate::i18n::{data, Lang};
use crate::limits::{MAX_FILE_BYTES, MAX_RECORDS, MAX_STRING_CHARS};
use crate::model::date::DateError;
use crate::model::{UnknownToken, MAX_ID_LEN};

/// Which record an error is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// The file as a whole.
    File,
    Meta,
    Milestone {
        index: usize,
        id: String,
    },
    Agreement {
        index: usize,
        id: String,
    },
    Observation {
        agreement: usize,
        id: String,
        index: usize,
    },
    Country {
        index: usize,
        code: String,
    },
    /// A row of a workbook's sheet (1-based, as the spreadsheet numbers it).
    Row {
        sheet: String,
        row: usize,
    },
    /// A workbook's sheet as a whole.
    Sheet {
        sheet: String,
    },
    /// A release of the changes file.
    Release {
        index: usize,
        version: String,
    },
}

impl Record {
    /// The record in words: "milestone 3 (id \"wic-2015\")".
    pub fn describe(&self, lang: Lang) -> String {
        let id = |id: &str| {
            if id.is_empty() {
                data::NO_ID.get(lang).to_owned()
            } else {
                data::id(lang, id)
            }
        };
        match self {
            Record::File => data::RECORD_FILE.get(lang).to_owned(),
            Record::Meta => data::RECORD_META.get(lang).to_owned(),
            Record::Milestone { index, id: i } => data::milestone(lang, *index, &id(i)),
            Record::Agreement { index, id: i } => data::agreement(lang, *index, &id(i)),
            Record::Observation {
                agreement,
                id: i,
                index,
            } => data::observation(lang, *agreement, &id(i), *index),
            Record::Country { index, code } => data::country(lang, *index, code),
            Record::Release { index, version } => data::release(lang, *index, version),
            Record::Row { sheet, row } => data::sheet_row(lang, sheet, *row),
            Record::Sheet { sheet } => data::sheet(lang, sheet),
        }
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// How a bundle the build wrote turned out damaged, said in the reader's
/// language (not in postcard's or the browser's words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The bytes stop before the data does.
    EndsEarly,
    /// A value in it is not one this app writes.
    BadValue,
    /// The browser could not unpack it (gzip cut short or damaged).
    DoesNotUnpack,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Json(String),
    /// A change names a record the dataset does not have (or, for a removal, still has).
    UnknownRecord {
        id: String,
        removed: bool,
    },
    /// The first release is not the dataset's own version.
    NotCurrentRelease {
        version: String,
        current: String,
    },
    /// A release is dated after the one listed before it: newest must come first.
    ReleaseOutOfOrder {
        date: String,
        previous: String,
    },
    DuplicateVersion(String),
    /// Fields before and after given for a change that is not a correction.
    FieldsNotACorrection,
    /// The code that reads the file could not be fetched.
    ReaderMissing,
    /// The bundle is of another build or version of the site.
    NotABundle,
    /// The bundle does not decode: cut short or damaged.
    DamagedBundle(Damage),
    /// The browser could not read the file; its own words, if it gave any.
    Unreadable(String),
    FileTooLarge {
        bytes: usize,
    },
    TooManyRecords {
        what: Records,
        count: usize,
    },
    StringTooLong {
        chars: usize,
    },
    DuplicateId {
        id: String,
        first: usize,
    },
    BadId(String),
    Date(DateError),
    EndBeforeDate {
        date: String,
        end: String,
    },
    UnknownValue(UnknownToken),
    UnknownCountry(String),
    UnknownRegion(String),
    BadUrl(String),
    /// A contact that is neither a web page nor an e-mail address.
    BadContact(String),
    NoSource,
    NoObservations,
    OutOfOrder {
        previous: String,
        this: String,
    },
    /// A later step dated before the milestone or the step before it.
    StepOutOfOrder {
        previous: String,
        this: String,
    },
    EmptyText(&'static str),
    Empty,
    BadCoverage {
        from: u16,
        to: u16,
    },
    ControlCharacter(u32),
    NotADay(String),
    DuplicateMember(String),
    JoinedAfterCount {
        joined: String,
        counted: String,
    },
    MoreNamedThanCounted {
        named: usize,
        count: u32,
    },
    /// What is wrong with a workbook or its cells.
    Sheet(SheetProblem),
}

impl Problem {
    /// The problem in words.
    pub fn message(&self, lang: Lang) -> String {
        use Problem as P;
        match self {
            P::Json(m) => data::json(lang, m),
            P::UnknownRecord { id, removed: false } => data::unknown_record(lang, id),
            P::UnknownRecord { id, removed: true } => data::still_there(lang, id),
            P::NotCurrentRelease { version, current } => {
                data::not_current_release(lang, version, current)
            }
            P::ReleaseOutOfOrder { date, previous } => {
                data::release_out_of_order(lang, date, previous)
            }
            P::DuplicateVersion(v) => data::duplicate_version(lang, v),
            P::FieldsNotACorrection => data::FIELDS_NOT_A_CORRECTION.get(lang).to_owned(),
            P::ReaderMissing => data::READER_MISSING.get(lang).to_owned(),
            P::NotABundle => data::NOT_A_BUNDLE.get(lang).to_owned(),
            P::DamagedBundle(d) => data::damaged_bundle(
                lang,
                match d {
                    Damage::EndsEarly => data::ENDS_EARLY,
                    Damage::BadValue => data::BAD_VALUE,
                    Damage::DoesNotUnpack => data::DOES_NOT_UNPACK,
                }
                .get(lang),
            ),
            P::Unreadable(m) if m.is_empty() => data::FILE_UNREADABLE.get(lang).to_owned(),
            P::Unreadable(m) => data::unreadable(lang, m),
            P::FileTooLarge { bytes } => data::file_too_large(lang, *bytes, MAX_FILE_BYTES),
            P::TooManyRecords {
                what: Records::Milestones,
                count,
            } => data::too_many_milestones(lang, *count, MAX_RECORDS),
            P::TooManyRecords {
                what: Records::Agreements,
                count,
            } => data::too_many_agreements(lang, *count, MAX_RECORDS),
            P::StringTooLong { chars } => data::string_too_long(lang, *chars, MAX_STRING_CHARS),
            P::DuplicateId { id, first } => data::duplicate_id(lang, id, *first),
            P::BadId(id) => data::bad_id(lang, id, MAX_ID_LEN),
            P::Date(DateError::Form(v)) => data::date_form(lang, v),
            P::Date(DateError::Year(y)) => data::date_year(lang, *y),
            P::Date(DateError::Month(m)) => data::date_month(lang, *m),
            P::Date(DateError::Day { year, month, day }) => {
                data::date_day(lang, *year, *month, *day)
            }
            P::EndBeforeDate { date, end } => data::end_before_date(lang, end, date),
            P::UnknownValue(t) => data::unknown_value(lang, &t.value, &t.expected.join(", ")),
            P::UnknownCountry(c) => data::unknown_country(lang, c),
            P::UnknownRegion(r) => data::unknown_region(lang, r),
            P::BadUrl(u) => data::bad_url(lang, u),
            P::BadContact(u) => data::bad_contact(lang, u),
            P::NoSource => data::NO_SOURCE.get(lang).to_owned(),
            P::NoObservations => data::NO_OBSERVATIONS.get(lang).to_owned(),
            P::OutOfOrder { previous, this } => data::out_of_order(lang, this, previous),
            P::StepOutOfOrder { previous, this } => data::step_out_of_order(lang, this, previous),
            P::EmptyText(l) => data::empty_text(lang, l),
            P::Empty => data::EMPTY.get(lang).to_owned(),
            P::BadCoverage { from, to } => data::bad_coverage(lang, *from, *to),
            P::ControlCharacter(c) => data::control_character(lang, &format!("{c:04X}")),
            P::NotADay(v) => data::not_a_day(lang, v),
            P::DuplicateMember(code) => data::duplicate_member(lang, code),
            P::JoinedAfterCount { joined, counted } => {
                data::joined_after_count(lang, joined, counted)
            }
            P::MoreNamedThanCounted { named, count } => {
                data::more_named_than_counted(lang, *named, *count)
            }
            P::Sheet(p) => p.message(lang),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What is wrong with a workbook's container or a sheet's cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    NotAWorkbook,
    NotUtf8,
    Damaged(String),
    MissingSheet(String),
    MissingColumn(String),
    UnknownColumn {
        header: String,
        expected: String,
    },
    DuplicateColumn(String),
    Formula(String),
    ErrorValue(String),
    NotText(String),
    NotANumber(String),
    NotYesNo(String),
    /// A date the spreadsheet stored as a serial number, and the day it stands for.
    DateNumber {
        value: String,
        day: String,
    },
    /// A date the spreadsheet stored as a date (.ods).
    DateTime(String),
    /// A row names a record that is not there.
    NoRecord(String),
    /// A source names a step, an observation or a member that is not there.
    NoItem(String),
    DuplicateRow(String),
    MetaField(String),
    MissingMeta(String),
    BadSource(String),
    TooManyRows,
    /// More errors than are listed.
    TooManyErrors(usize),
}

impl SheetProblem {
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::workbook as w;
        use SheetProblem as P;
        match self {
            P::NotAWorkbook => w::NOT_A_WORKBOOK.get(lang).to_owned(),
            P::NotUtf8 => w::NOT_UTF8.get(lang).to_owned(),
            P::Damaged(d) => w::damaged(lang, d),
            P::MissingSheet(s) => w::missing_sheet(lang, s),
            P::MissingColumn(h) => w::missing_column(lang, h),
            P::UnknownColumn { header, expected } => w::unknown_column(lang, header, expected),
            P::DuplicateColumn(h) => w::duplicate_column(lang, h),
            P::Formula(v) => w::formula(lang, v),
            P::ErrorValue(v) => w::error_value(lang, v),
            P::NotText(v) => w::not_text(lang, v),
            P::NotANumber(v) => w::not_a_number(lang, v),
            P::NotYesNo(v) => w::not_yes_no(lang, v),
            P::DateNumber { value, day } => w::date_number(lang, value, day),
            P::DateTime(v) => w::date_time(lang, v),
            P::NoRecord(id) => w::no_record(lang, id),
            P::NoItem(item) => w::no_item(lang, item),
            P::DuplicateRow(k) => w::duplicate_row(lang, k),
            P::MetaField(f) => w::meta_field(lang, f),
            P::MissingMeta(f) => w::missing_meta(lang, f),
            P::BadSource(v) => w::bad_source(lang, v),
            P::TooManyRows => w::TOO_MANY_ROWS.get(lang).to_owned(),
            P::TooManyErrors(n) => w::too_many_errors(lang, *n),
        }
    }
}

/// Which records there are too many of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Records {
    Milestones,
    Agreements,
}

/// One problem in a data file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    pub record: Record,
    /// The field, as a path: `date`, `sources[1].url`; empty for the record as a whole.
    pub field: String,
    pub problem: Problem,
}

impl DataError {
    pub fn new(file: &str, record: Record, field: &str, problem: Problem) -> Self {
        Self {
            file: file.to_owned(),
            position: None,
            record,
            field: field.to_owned(),
            problem,
        }
    }

    /// Sets the line and column (1-based).
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.position = Some((line, column));
        self
    }
}

impl DataError {
    /// The whole error in words: `file:line:column: record, field "…": problem`.
    pub fn message(&self, lang: Lang) -> String {
        let place = match self.position {
            Some((line, column)) => format!("{}:{line}:{column}", self.file),
            None => self.file.clone(),
        };
        let field = if self.field.is_empty() {
            String::new()
        } else if matches!(self.record, Record::Row { .. } | Record::Sheet { .. }) {
            crate::i18n::workbook::column(lang, &self.field)
        } else {
            data::field(lang, &self.field)
        };
        data::error(
            lang,
            &place,
            &self.record.describe(lang),
            &field,
            &self.problem.message(lang),
        )
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DataError {}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Problem::Date(self.clone()).message(Lang::En))
    }
}
