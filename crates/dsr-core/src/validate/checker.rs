//! `Checker`: collects the errors of one record, each located at its field's line and column.

use std::collections::HashMap;

use serde::Deserialize;

use super::position::{key_offsets, line_col, offset_in};
use crate::countries::Countries;
use crate::error::{DataError, Problem, Record};
use crate::limits::MAX_STRING_CHARS;
use crate::model::raw::{RawSource, RawText};
use crate::model::{CountryCode, PartialDate, Source, SourceKind, Text, UnknownToken};

/// How a record's JSON is read.
pub trait Reading {
    /// `raw` as a `T`, or the path of the field that failed (empty when not
    /// known) and the error.
    fn read<T: for<'de> Deserialize<'de>>(raw: &str) -> Result<T, (String, serde_json::Error)>;
}

/// With the path of a field of the wrong type (`observations[0].count`), by
/// `serde_path_to_error`: what a reader's own file needs to be mended.
pub struct Paths;

impl Reading for Paths {
    fn read<T: for<'de> Deserialize<'de>>(raw: &str) -> Result<T, (String, serde_json::Error)> {
        let mut de = serde_json::Deserializer::from_str(raw);
        serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
            let field = e.path().to_string();
            let field = if field == "." { String::new() } else { field };
            (field, e.into_inner())
        })
    }
}

/// Without paths: the same checks, with a type error located by line and
/// column only. Smaller code (no path tracking instantiated for every raw
/// type): the app's first load reads with it, and reads again with
/// [`Paths`] only when a file has errors.
pub struct Plain;

impl Reading for Plain {
    fn read<T: for<'de> Deserialize<'de>>(raw: &str) -> Result<T, (String, serde_json::Error)> {
        serde_json::from_str(raw).map_err(|e| (String::new(), e))
    }
}

/// Collects errors for one record and locates them in the file.
pub(super) struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    record: Record,
    raw: &'a str,
    keys: HashMap<String, usize>,
    errors: &'a mut Vec<DataError>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(
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

    pub(super) fn error(&mut self, field: &str, problem: Problem) {
        // Records read from elsewhere than a JSON text have no line to name.
        if self.text.is_empty() {
            let e = DataError::new(self.file, self.record.clone(), field, problem);
            self.errors.push(e);
            return;
        }
        let top = field.split(['.', '[']).next().unwrap_or("");
        let base = offset_in(self.text, self.raw).unwrap_or(0);
        let offset = base + self.keys.get(top).copied().unwrap_or(0);
        let (line, column) = line_col(self.text, offset);
        self.errors
            .push(DataError::new(self.file, self.record.clone(), field, problem).at(line, column));
    }

    pub(super) fn string(&mut self, field: &str, value: &str) {
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

    pub(super) fn required(&mut self, field: &str, value: &str) {
        self.string(field, value);
        if value.trim().is_empty() {
            self.error(field, Problem::Empty);
        }
    }

    pub(super) fn text(&mut self, field: &str, raw: &RawText) -> Option<Text> {
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

    /// An optional text: `Some(None)` when absent, `None` when present and wrong.
    pub(super) fn optional_text(
        &mut self,
        field: &str,
        raw: Option<&RawText>,
    ) -> Option<Option<Text>> {
        match raw {
            None => Some(None),
            Some(t) => self.text(field, t).map(Some),
        }
    }

    pub(super) fn date(&mut self, field: &str, value: &str) -> Option<PartialDate> {
        match value.parse::<PartialDate>() {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(field, Problem::Date(e));
                None
            }
        }
    }

    pub(super) fn token<T: std::str::FromStr<Err = UnknownToken>>(
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

    pub(super) fn id(&mut self, value: &str) -> bool {
        self.string("id", value);
        let ok = crate::model::is_slug(value);
        if !ok {
            self.error("id", Problem::BadId(value.to_owned()));
        }
        ok
    }

    pub(super) fn url(&mut self, field: &str, value: &str) -> bool {
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

    /// A contact for corrections: a web page or an e-mail address.
    pub(super) fn contact(&mut self, field: &str, value: &str) {
        self.string(field, value);
        let lower = value.to_ascii_lowercase();
        let ok = ["https://", "http://", "mailto:"]
            .iter()
            .any(|p| lower.starts_with(p) && lower.len() > p.len())
            && !value.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.error(field, Problem::BadContact(value.to_owned()));
        }
    }

    pub(super) fn countries(
        &mut self,
        field: &str,
        codes: &[String],
        known: &Countries,
    ) -> Vec<CountryCode> {
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

    /// The sources, when there is at least one and every one is right.
    pub(super) fn all_sources(&mut self, field: &str, raw: &[RawSource]) -> Option<Vec<Source>> {
        let sources = self.sources(field, raw);
        (!sources.is_empty() && sources.len() == raw.len()).then_some(sources)
    }

    pub(super) fn sources(&mut self, field: &str, raw: &[RawSource]) -> Vec<Source> {
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
            let kind = match &s.kind {
                Some(k) => self
                    .token::<SourceKind>(&format!("{path}.kind"), k)
                    .map(Some),
                None => Some(None),
            };
            if let (Some(date), true, Some(kind)) = (date, url_ok, kind) {
                out.push(Source {
                    title: s.title.clone(),
                    publisher: s.publisher.clone(),
                    kind,
                    date,
                    url: s.url.clone(),
                    chinese_state: s.chinese_state,
                });
            }
        }
        out
    }

    /// Parses a record's JSON into `T` as `R` reads it, reporting a type
    /// error at its real position (and, with [`Paths`], with the path of the
    /// field: `observations[0].count`).
    pub(super) fn parse<T: for<'de> Deserialize<'de>, R: Reading>(&mut self) -> Option<T> {
        match R::read::<T>(self.raw) {
            Ok(v) => Some(v),
            Err((field, inner)) => {
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
pub(super) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}
