//! Parse, then lift: dataset JSON → raw structs → a validated `Dataset`, or every error found.
//!
//! Each record is parsed on its own (through `serde_json::value::RawValue`),
//! so one bad record does not hide the others, and each error can say where
//! its record starts in the file. Every error names the file, the record
//! (index and id), the field and, where it can, the line and column.

use std::collections::HashMap;
use std::fmt;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::countries::Countries;
use crate::model::date::DateError;
use crate::model::raw::{RawAgreement, RawMeta, RawMilestone, RawObservation, RawSource, RawText};
use crate::model::{
    Agreement, AgreementKind, Category, Confidence, CountryCode, Counts, Dataset, Licence, Meta,
    Milestone, Observation, PartialDate, Qualifier, Source, Text, UnknownToken,
};

/// The largest dataset file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most milestones, or agreements, a dataset may have.
pub const MAX_RECORDS: usize = 100_000;
/// The longest string accepted in any field, in characters.
pub const MAX_STRING_CHARS: usize = 10_000;

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
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = |id: &str| {
            if id.is_empty() {
                "no id".to_owned()
            } else {
                format!("id \"{id}\"")
            }
        };
        match self {
            Record::File => f.write_str("file"),
            Record::Meta => f.write_str("meta"),
            Record::Milestone { index, id: i } => write!(f, "milestone {index} ({})", id(i)),
            Record::Agreement { index, id: i } => write!(f, "agreement {index} ({})", id(i)),
            Record::Observation {
                agreement,
                id: i,
                index,
            } => {
                write!(f, "agreement {agreement} ({}) observation {index}", id(i))
            }
            Record::Country { index, code } => write!(f, "country {index} (\"{code}\")"),
        }
    }
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{0}")]
    Json(String),
    #[error("the file is {bytes} bytes; the limit is {MAX_FILE_BYTES} bytes (20 MB)")]
    FileTooLarge { bytes: usize },
    #[error("{count} {what}; the limit is {MAX_RECORDS}")]
    TooManyRecords { what: &'static str, count: usize },
    #[error("text of {chars} characters; the limit is {MAX_STRING_CHARS}")]
    StringTooLong { chars: usize },
    #[error("duplicate id \"{id}\", first used by record {first}")]
    DuplicateId { id: String, first: usize },
    #[error("\"{0}\" is not a valid id: use lower-case letters, digits and single hyphens")]
    BadId(String),
    #[error("{0}")]
    Date(DateError),
    #[error("end {end} is before date {date}")]
    EndBeforeDate { date: String, end: String },
    #[error("{0}")]
    UnknownValue(UnknownToken),
    #[error("unknown country code \"{0}\"")]
    UnknownCountry(String),
    #[error("unknown region \"{0}\"")]
    UnknownRegion(String),
    #[error("URL \"{0}\" is refused: only http:// and https:// links are allowed")]
    BadUrl(String),
    #[error("no source: every record needs at least one")]
    NoSource,
    #[error("no observations: every agreement needs at least one")]
    NoObservations,
    #[error("as_of {this} is before the previous observation's {previous}: observations must be in date order")]
    OutOfOrder { previous: String, this: String },
    #[error("the {0} text is empty")]
    EmptyText(&'static str),
    #[error("the text is empty")]
    Empty,
    #[error("coverage {from}–{to} must be years from 1900 to 2100, first to last")]
    BadCoverage { from: u16, to: u16 },
    #[error(
        "the text contains a control character (U+{0:04X}); only tabs and line breaks are allowed"
    )]
    ControlCharacter(u32),
    #[error("\"{0}\" must be a full date (YYYY-MM-DD)")]
    NotADay(String),
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

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.record)?;
        if !self.field.is_empty() {
            write!(f, ", field \"{}\"", self.field)?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for DataError {}

/// The top level of a dataset file, with each record left unparsed.
#[derive(Deserialize)]
struct Skeleton<'a> {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    #[serde(borrow)]
    meta: &'a RawValue,
    #[serde(borrow)]
    milestones: Vec<&'a RawValue>,
    #[serde(borrow)]
    agreements: Vec<&'a RawValue>,
}

/// Line and column (1-based) of a byte offset in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Byte offset of `part` inside `whole`, when `part` is a slice of it.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    (p >= start && p <= start + whole.len()).then(|| p - start)
}

/// Byte offsets of the keys of a JSON object's top level, e.g. `"date"` → 57.
fn key_offsets(object: &str) -> HashMap<String, usize> {
    let bytes = object.as_bytes();
    let mut out = HashMap::new();
    let (mut depth, mut i) = (0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = i.min(bytes.len());
                if depth == 1 {
                    let rest = object.get(end + 1..).unwrap_or("").trim_start();
                    if rest.starts_with(':') {
                        if let Some(key) = object.get(start + 1..end) {
                            out.entry(key.to_owned()).or_insert(start);
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Collects errors for one record and locates them in the file.
struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    record: Record,
    raw: &'a str,
    keys: HashMap<String, usize>,
    errors: &'a mut Vec<DataError>,
}

impl<'a> Checker<'a> {
    fn new(
        file: &'a str,
        text: &'a str,
        record: Record,
        raw: &'a str,
        errors: &'a mut Vec<DataError>,
    ) -> Self {
        Self {
            file,
            text,
            record,
            raw,
            keys: key_offsets(raw),
            errors,
        }
    }

    fn error(&mut self, field: &str, problem: Problem) {
        let top = field.split(['.', '[']).next().unwrap_or("");
        let base = offset_in(self.text, self.raw).unwrap_or(0);
        let offset = base + self.keys.get(top).copied().unwrap_or(0);
        let (line, column) = line_col(self.text, offset);
        self.errors
            .push(DataError::new(self.file, self.record.clone(), field, problem).at(line, column));
    }

    fn string(&mut self, field: &str, value: &str) {
        let chars = value.chars().count();
        if chars > MAX_STRING_CHARS {
            self.error(field, Problem::StringTooLong { chars });
        }
        // Control characters would make an exported SVG invalid XML.
        if let Some(c) = value
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        {
            self.error(field, Problem::ControlCharacter(c as u32));
        }
    }

    fn required(&mut self, field: &str, value: &str) {
        self.string(field, value);
        if value.trim().is_empty() {
            self.error(field, Problem::Empty);
        }
    }

    fn text(&mut self, field: &str, raw: &RawText) -> Option<Text> {
        let mut ok = true;
        for (lang, value) in [("en", &raw.en), ("zh", &raw.zh)] {
            let path = format!("{field}.{lang}");
            self.string(&path, value);
            if value.trim().is_empty() {
                self.error(&path, Problem::EmptyText(lang));
                ok = false;
            }
        }
        ok.then(|| Text {
            en: raw.en.clone(),
            zh: raw.zh.clone(),
        })
    }

    fn date(&mut self, field: &str, value: &str) -> Option<PartialDate> {
        match value.parse::<PartialDate>() {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(field, Problem::Date(e));
                None
            }
        }
    }

    fn token<T: std::str::FromStr<Err = UnknownToken>>(
        &mut self,
        field: &str,
        value: &str,
    ) -> Option<T> {
        match value.parse::<T>() {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(field, Problem::UnknownValue(e));
                None
            }
        }
    }

    fn id(&mut self, value: &str) -> bool {
        self.string("id", value);
        let ok = !value.is_empty()
            && value.split('-').all(|part| {
                !part.is_empty()
                    && part
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !ok {
            self.error("id", Problem::BadId(value.to_owned()));
        }
        ok
    }

    fn url(&mut self, field: &str, value: &str) -> bool {
        self.string(field, value);
        let lower = value.trim_start().to_ascii_lowercase();
        let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
            && lower.len() > "https://".len()
            && !value.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.error(field, Problem::BadUrl(value.to_owned()));
        }
        ok
    }

    fn countries(&mut self, field: &str, codes: &[String], known: &Countries) -> Vec<CountryCode> {
        let mut out = Vec::with_capacity(codes.len());
        for (i, code) in codes.iter().enumerate() {
            match CountryCode::parse(code).filter(|c| known.contains(*c)) {
                Some(c) => {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                None => self.error(
                    &format!("{field}[{i}]"),
                    Problem::UnknownCountry(code.chars().take(40).collect()),
                ),
            }
        }
        out
    }

    fn sources(&mut self, field: &str, raw: &[RawSource]) -> Vec<Source> {
        if raw.is_empty() {
            self.error(field, Problem::NoSource);
        }
        let mut out = Vec::with_capacity(raw.len());
        for (i, s) in raw.iter().enumerate() {
            let path = format!("{field}[{i}]");
            self.required(&format!("{path}.title"), &s.title);
            self.required(&format!("{path}.publisher"), &s.publisher);
            let date = self.date(&format!("{path}.date"), &s.date);
            let url_ok = match &s.url {
                Some(u) => self.url(&format!("{path}.url"), u),
                None => true,
            };
            if let (Some(date), true) = (date, url_ok) {
                out.push(Source {
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    date,
                    url: s.url.clone(),
                });
            }
        }
        out
    }

    /// Parses a record's JSON into `T`, reporting a type error at its real
    /// position and with the path of the field (`observations[0].count`).
    fn parse<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        let mut de = serde_json::Deserializer::from_str(self.raw);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(v) => Some(v),
            Err(e) => {
                let field = e.path().to_string();
                let field = if field == "." { String::new() } else { field };
                let inner = e.into_inner();
                let base = offset_in(self.text, self.raw).unwrap_or(0);
                let (l0, c0) = line_col(self.text, base);
                let (line, column) = if inner.line() <= 1 {
                    (l0, c0 + inner.column().saturating_sub(1))
                } else {
                    (l0 + inner.line() - 1, inner.column())
                };
                let message = strip_position(&inner.to_string());
                self.errors.push(
                    DataError::new(
                        self.file,
                        self.record.clone(),
                        &field,
                        Problem::Json(message),
                    )
                    .at(line, column),
                );
                None
            }
        }
    }
}

/// serde_json appends " at line L column C" relative to the record; we give our own.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// The id a record claims, read leniently so errors can name it even when the record is broken.
fn claimed_id(raw: &str) -> String {
    #[derive(Deserialize)]
    struct Id {
        #[serde(default)]
        id: serde_json::Value,
    }
    match serde_json::from_str::<Id>(raw) {
        Ok(Id {
            id: serde_json::Value::String(s),
        }) => s.chars().take(80).collect(),
        _ => String::new(),
    }
}

/// Lower-cased searchable text of a milestone.
fn haystack(title: &Text, summary: &Text, note: Option<&Text>, sources: &[Source]) -> String {
    let mut s = String::new();
    for t in [Some(title), Some(summary), note].into_iter().flatten() {
        s.push_str(&t.en.to_lowercase());
        s.push('\n');
        s.push_str(&t.zh.to_lowercase());
        s.push('\n');
    }
    for src in sources {
        s.push_str(&src.title.to_lowercase());
        s.push('\n');
    }
    s
}

/// Validates a dataset file. `file` names it in messages; `countries` is the
/// list of known country codes. Returns every error found, in file order.
pub fn parse_dataset(
    file: &str,
    text: &str,
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    let file_error = |p: Problem| vec![DataError::new(file, Record::File, "", p)];
    if text.len() > MAX_FILE_BYTES {
        return Err(file_error(Problem::FileTooLarge { bytes: text.len() }));
    }
    let skeleton: Skeleton = serde_json::from_str(text).map_err(|e| {
        vec![DataError::new(
            file,
            Record::File,
            "",
            Problem::Json(strip_position(&e.to_string())),
        )
        .at(e.line(), e.column())]
    })?;
    for (what, count) in [
        ("milestones", skeleton.milestones.len()),
        ("agreements", skeleton.agreements.len()),
    ] {
        if count > MAX_RECORDS {
            return Err(file_error(Problem::TooManyRecords { what, count }));
        }
    }

    let mut errors = Vec::new();
    let meta = lift_meta(file, text, skeleton.meta.get(), &mut errors);

    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut milestones = Vec::with_capacity(skeleton.milestones.len());
    for (index, raw) in skeleton.milestones.iter().enumerate() {
        let raw = raw.get();
        let record = Record::Milestone {
            index,
            id: claimed_id(raw),
        };
        let mut c = Checker::new(file, text, record, raw, &mut errors);
        if let Some(m) = c.parse::<RawMilestone>() {
            if let Some(m) = lift_milestone(&mut c, &m, countries, index, &mut seen) {
                milestones.push(m);
            }
        }
    }

    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut agreements = Vec::with_capacity(skeleton.agreements.len());
    for (index, raw) in skeleton.agreements.iter().enumerate() {
        let raw = raw.get();
        let id = claimed_id(raw);
        let mut c = Checker::new(
            file,
            text,
            Record::Agreement {
                index,
                id: id.clone(),
            },
            raw,
            &mut errors,
        );
        let Some(a) = c.parse::<RawAgreement>() else {
            continue;
        };
        if let Some(a) = lift_agreement(&mut c, &a, countries, index, &mut seen) {
            agreements.push(a);
        }
    }

    match meta {
        Some(meta) if errors.is_empty() => {
            milestones.sort_by(|a: &Milestone, b: &Milestone| {
                a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
            });
            Ok(Dataset {
                meta,
                milestones,
                agreements,
            })
        }
        _ => Err(errors),
    }
}

fn lift_meta(file: &str, text: &str, raw: &str, errors: &mut Vec<DataError>) -> Option<Meta> {
    let mut c = Checker::new(file, text, Record::Meta, raw, errors);
    let m: RawMeta = c.parse()?;
    let title = c.text("title", &m.title);
    let citation = c.text("citation", &m.citation);
    c.required("version", &m.version);
    c.required("licence.name", &m.licence.name);
    let licence_ok = m
        .licence
        .url
        .as_deref()
        .is_none_or(|u| c.url("licence.url", u));
    let updated = c.date("updated", &m.updated);
    let current_through = c.date("current_through", &m.current_through);
    if updated.is_some_and(|d| d.precision() != crate::model::Precision::Day) {
        c.error("updated", Problem::NotADay(m.updated.clone()));
        return None;
    }
    let years = crate::model::date::MIN_YEAR..=crate::model::date::MAX_YEAR;
    if m.coverage.from > m.coverage.to
        || !years.contains(&m.coverage.from)
        || !years.contains(&m.coverage.to)
    {
        c.error(
            "coverage",
            Problem::BadCoverage {
                from: m.coverage.from,
                to: m.coverage.to,
            },
        );
        return None;
    }
    Some(Meta {
        title: title?,
        version: m.version,
        updated: updated?,
        current_through: current_through?,
        coverage: (m.coverage.from, m.coverage.to),
        licence: licence_ok.then_some(Licence {
            name: m.licence.name,
            url: m.licence.url,
        })?,
        citation: citation?,
    })
}

fn check_unique(c: &mut Checker, id: &str, index: usize, seen: &mut HashMap<String, usize>) {
    if let Some(&first) = seen.get(id) {
        c.error(
            "id",
            Problem::DuplicateId {
                id: id.to_owned(),
                first,
            },
        );
    } else {
        seen.insert(id.to_owned(), index);
    }
}

fn lift_milestone(
    c: &mut Checker,
    m: &RawMilestone,
    countries: &Countries,
    index: usize,
    seen: &mut HashMap<String, usize>,
) -> Option<Milestone> {
    let id_ok = c.id(&m.id);
    if id_ok {
        check_unique(c, &m.id, index, seen);
    }
    let date = c.date("date", &m.date);
    let end = m.end.as_deref().map(|e| c.date("end", e));
    if let (Some(d), Some(Some(e))) = (date, end) {
        if e.end_key() < d.start_key() {
            c.error(
                "end",
                Problem::EndBeforeDate {
                    date: d.to_string(),
                    end: e.to_string(),
                },
            );
        }
    }
    let title = c.text("title", &m.title);
    let summary = c.text("summary", &m.summary);
    let note = m.note.as_ref().map(|n| c.text("note", n));
    let category = c.token::<Category>("category", &m.category);
    let confidence = c.token::<Confidence>("confidence", &m.confidence);
    let codes = c.countries("countries", &m.countries, countries);
    let sources = c.sources("sources", &m.sources);
    let (title, summary) = (title?, summary?);
    let note = match note {
        None => None,
        Some(n) => Some(n?),
    };
    let end = match end {
        None => None,
        Some(e) => Some(e?),
    };
    if !id_ok || sources.len() != m.sources.len() || codes.len() != dedup_len(&m.countries) {
        return None;
    }
    let haystack = haystack(&title, &summary, note.as_ref(), &sources);
    Some(Milestone {
        id: m.id.clone(),
        date: date?,
        end,
        title,
        summary,
        category: category?,
        countries: codes,
        confidence: confidence?,
        note,
        sources,
        haystack,
    })
}

fn dedup_len(codes: &[String]) -> usize {
    let mut v: Vec<&String> = codes.iter().collect();
    v.sort();
    v.dedup();
    v.len()
}

fn lift_agreement(
    c: &mut Checker,
    a: &RawAgreement,
    countries: &Countries,
    index: usize,
    seen: &mut HashMap<String, usize>,
) -> Option<Agreement> {
    let id_ok = c.id(&a.id);
    if id_ok {
        check_unique(c, &a.id, index, seen);
    }
    let name = c.text("name", &a.name);
    let description = c.text("description", &a.description);
    let kind = c.token::<AgreementKind>("kind", &a.kind);
    let counts = c.token::<Counts>("counts", &a.counts);
    if a.observations.is_empty() {
        c.error("observations", Problem::NoObservations);
    }
    let mut observations = Vec::with_capacity(a.observations.len());
    let mut previous: Option<PartialDate> = None;
    let mut all_ok = true;
    for (i, o) in a.observations.iter().enumerate() {
        let field = |f: &str| format!("observations[{i}].{f}");
        match lift_observation(c, o, countries, &field) {
            Some(obs) => {
                if let Some(p) = previous {
                    if obs.as_of.end_key() < p.end_key() {
                        c.error(
                            &field("as_of"),
                            Problem::OutOfOrder {
                                previous: p.to_string(),
                                this: obs.as_of.to_string(),
                            },
                        );
                        all_ok = false;
                    }
                }
                previous = Some(obs.as_of);
                observations.push(obs);
            }
            None => all_ok = false,
        }
    }
    if !id_ok || !all_ok || observations.is_empty() {
        return None;
    }
    Some(Agreement {
        id: a.id.clone(),
        name: name?,
        kind: kind?,
        counts: counts?,
        description: description?,
        observations,
    })
}

fn lift_observation(
    c: &mut Checker,
    o: &RawObservation,
    countries: &Countries,
    field: &dyn Fn(&str) -> String,
) -> Option<Observation> {
    let as_of = c.date(&field("as_of"), &o.as_of);
    let qualifier = match &o.qualifier {
        None => Some(None),
        Some(q) => c.token::<Qualifier>(&field("qualifier"), q).map(Some),
    };
    let codes = o.countries.as_ref().map(|list| {
        (
            c.countries(&field("countries"), list, countries),
            dedup_len(list),
        )
    });
    let sources = c.sources(&field("sources"), &o.sources);
    let note = match &o.note {
        None => Some(None),
        Some(n) => c.text(&field("note"), n).map(Some),
    };
    if sources.len() != o.sources.len() || sources.is_empty() {
        return None;
    }
    let countries = match codes {
        None => None,
        Some((codes, expected)) if codes.len() == expected => Some(codes),
        Some(_) => return None,
    };
    Some(Observation {
        as_of: as_of?,
        count: o.count,
        qualifier: qualifier?,
        countries,
        disputed: o.disputed,
        sources,
        note: note?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "ab\n中文x";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, text.len() - 1), (2, 3));
    }

    #[test]
    fn key_offsets_see_only_the_top_level() {
        let raw = r#"{"id": "a", "sources": [{"date": "x"}], "date": "2020"}"#;
        let keys = key_offsets(raw);
        assert_eq!(keys.get("id"), Some(&1));
        assert_eq!(&raw[keys["date"]..keys["date"] + 6], "\"date\"");
        assert!(keys["date"] > keys["sources"]);
    }

    #[test]
    fn serde_positions_are_replaced_by_ours() {
        assert_eq!(
            strip_position("missing field `id` at line 1 column 9"),
            "missing field `id`"
        );
    }

    fn countries() -> Countries {
        Countries::parse(
            "countries.json",
            include_str!("../public/data/countries.json"),
        )
        .unwrap()
    }

    const SMALL: &str = include_str!("../tests/fixtures/valid-small.json");

    #[test]
    fn the_size_limits_refuse_with_a_clear_message() {
        let c = countries();
        let big = " ".repeat(MAX_FILE_BYTES + 1);
        let e = parse_dataset("big.json", &big, &c).unwrap_err();
        assert!(
            e[0].to_string()
                .contains("the limit is 20971520 bytes (20 MB)"),
            "{}",
            e[0]
        );

        let one = r#"{"id":"a"}"#;
        let many = format!(
            r#"{{"meta":{{}},"milestones":[{}],"agreements":[]}}"#,
            vec![one; MAX_RECORDS + 1].join(",")
        );
        let e = parse_dataset("many.json", &many, &c).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(
            e[0].to_string()
                .contains("100001 milestones; the limit is 100000"),
            "{}",
            e[0]
        );

        let long = SMALL.replacen("A short summary.", &"x".repeat(MAX_STRING_CHARS + 1), 1);
        let e = parse_dataset("long.json", &long, &c).unwrap_err();
        assert!(
            e[0].to_string()
                .contains("field \"summary.en\": text of 10001 characters; the limit is 10000"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn control_characters_odd_coverage_and_a_partial_updated_date_are_refused() {
        let c = countries();
        let bell = SMALL.replacen("A short summary.", "A short\\u0007 summary.", 1);
        let e = parse_dataset("c.json", &bell, &c).unwrap_err();
        assert!(
            e[0].to_string()
                .contains("field \"summary.en\": the text contains a control character (U+0007)"),
            "{}",
            e[0]
        );
        let wide = SMALL.replacen("\"from\": 2013", "\"from\": 0", 1);
        let e = parse_dataset("w.json", &wide, &c).unwrap_err();
        assert!(
            e[0].to_string()
                .contains("coverage 0–2023 must be years from 1900 to 2100"),
            "{}",
            e[0]
        );
        let month = SMALL.replacen("\"updated\": \"2024-01-01\"", "\"updated\": \"2024-01\"", 1);
        let e = parse_dataset("u.json", &month, &c).unwrap_err();
        assert!(
            e[0].to_string().contains("\"2024-01\" must be a full date"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn hostile_urls_are_refused() {
        let c = countries();
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,x",
            "vbscript:msgbox",
            "//evil.example",
            "https://",
            "http://a b",
        ] {
            let text = SMALL.replacen("https://example.org/report", url, 1);
            let e = parse_dataset("h.json", &text, &c).unwrap_err();
            assert!(
                e.iter().any(|e| matches!(e.problem, Problem::BadUrl(_))),
                "{url} was accepted"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Arbitrary text never panics the parser.
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let _ = parse_dataset("fuzz.json", &s, &countries());
        }

        /// A valid file with one byte changed, inserted or removed never panics,
        /// and every error it gives names the file.
        #[test]
        fn mutated_datasets_never_panic(pos in 0usize..SMALL.len(), byte in proptest::prelude::any::<u8>(), op in 0u8..3) {
            let mut bytes = SMALL.as_bytes().to_vec();
            match op {
                0 => bytes[pos] = byte,
                1 => bytes.insert(pos, byte),
                _ => { bytes.remove(pos); }
            }
            let text = String::from_utf8_lossy(&bytes);
            if let Err(errors) = parse_dataset("fuzz.json", &text, &countries()) {
                proptest::prop_assert!(!errors.is_empty());
                for e in errors {
                    proptest::prop_assert!(e.to_string().starts_with("fuzz.json"));
                }
            }
        }

        /// Structurally valid JSON with arbitrary values in every field never panics.
        #[test]
        fn arbitrary_field_values_never_panic(
            id in "\\PC{0,12}", date in "\\PC{0,12}", cat in "\\PC{0,12}", code in "\\PC{0,5}",
            url in "\\PC{0,20}", count in proptest::prelude::any::<i64>(), as_of in "\\PC{0,12}",
        ) {
            let mut v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
            v["milestones"][0]["id"] = id.into();
            v["milestones"][0]["date"] = date.into();
            v["milestones"][0]["category"] = cat.into();
            v["milestones"][0]["countries"] = serde_json::json!([code]);
            v["milestones"][1]["sources"][0]["url"] = url.into();
            v["agreements"][0]["observations"][0]["count"] = count.into();
            v["agreements"][0]["observations"][1]["as_of"] = as_of.into();
            let _ = parse_dataset("fuzz.json", &v.to_string(), &countries());
        }
    }
}
