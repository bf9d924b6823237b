//! Book → `RawDataset`: each sheet's rows read by the codebook's columns, every problem named by sheet, row, column and value, and a map from each record back to its rows.

use std::collections::{HashMap, HashSet};

use super::columns::{
    Column, SheetSpec, Values, Vocab, AGREEMENTS, MEMBERS, META, META_FIELDS, MILESTONES,
    OBSERVATIONS, SOURCES, STEPS,
};
use super::grid::{number_text, Book, Cell, Sheet};
use super::SheetProblem;
use crate::error::{DataError, Problem, Record};
use crate::limits::MAX_RECORDS;
use crate::model::raw::{
    RawAgreement, RawCoverage, RawDataset, RawLicence, RawMember, RawMeta, RawMilestone,
    RawObservation, RawSource, RawStep, RawText,
};

/// What a source backs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Owner {
    Milestone(usize),
    Step(usize, usize),
    Observation(usize, usize),
    Member(usize, usize),
}

/// Where each record came from: the sheet row of every milestone, agreement,
/// step, observation, member, source and meta field (1-based, as the
/// spreadsheet numbers them).
#[derive(Default, Debug)]
pub(super) struct Rows {
    pub milestones: Vec<usize>,
    pub agreements: Vec<usize>,
    pub steps: HashMap<(usize, usize), usize>,
    pub observations: HashMap<(usize, usize), usize>,
    pub members: HashMap<(usize, usize), usize>,
    pub sources: HashMap<(Owner, usize), usize>,
    pub meta: HashMap<&'static str, usize>,
    /// Cells that already have an error (sheet, row, column): the
    /// validator's view of them is not repeated.
    pub flagged: HashSet<(String, usize, String)>,
    /// Columns missing from their sheet: named once, not again in every row.
    pub missing: HashSet<(String, String)>,
}

/// Reads the records of a workbook; problems go to `errors`.
pub(super) struct Reader<'a> {
    file: &'a str,
    pub errors: Vec<DataError>,
    pub rows: Rows,
}

/// One sheet's header, mapped onto its spec's columns.
struct Table<'s> {
    spec: &'static SheetSpec,
    sheet: &'s Sheet,
    /// For each spec column, where it is in the sheet.
    at: Vec<Option<usize>>,
}

impl<'a> Reader<'a> {
    pub fn new(file: &'a str) -> Self {
        Self {
            file,
            errors: Vec::new(),
            rows: Rows::default(),
        }
    }

    fn error(&mut self, sheet: &Sheet, row: Option<usize>, column: &str, problem: Problem) {
        let (name, column) = match &sheet.shown_as {
            Some(s) => (s.sheet.clone(), s.column.as_str()),
            None => (sheet.name.clone(), column),
        };
        let record = match row {
            Some(row) => Record::Row {
                sheet: name.clone(),
                row,
            },
            None => Record::Sheet {
                sheet: name.clone(),
            },
        };
        if let Some(row) = row {
            self.rows.flagged.insert((name, row, column.to_owned()));
        }
        self.errors
            .push(DataError::new(self.file, record, column, problem));
    }

    fn sheet_problem(&mut self, sheet: &Sheet, row: Option<usize>, column: &str, p: SheetProblem) {
        self.error(sheet, row, column, Problem::Sheet(p));
    }

    /// The sheet's header mapped onto `spec`; `None` when the sheet is missing.
    fn table<'s>(
        &mut self,
        book: &'s Book,
        spec: &'static SheetSpec,
        required: bool,
    ) -> Option<Table<'s>> {
        let Some(sheet) = book.sheet(spec.name) else {
            if required {
                self.errors.push(DataError::new(
                    self.file,
                    Record::File,
                    "",
                    Problem::Sheet(SheetProblem::MissingSheet(spec.name.to_owned())),
                ));
            }
            return None;
        };
        let header: Vec<String> = sheet
            .rows
            .first()
            .map(|r| r.iter().map(|c| c.shown().trim().to_owned()).collect())
            .unwrap_or_default();
        let mut at = vec![None; spec.columns.len()];
        let header_row = sheet.number(0);
        for (i, h) in header.iter().enumerate() {
            if h.is_empty() {
                continue;
            }
            match spec.index(h) {
                Some(k) => {
                    if at.get(k).copied().flatten().is_some() {
                        self.sheet_problem(
                            sheet,
                            Some(header_row),
                            h,
                            SheetProblem::DuplicateColumn(h.clone()),
                        );
                    } else if let Some(slot) = at.get_mut(k) {
                        *slot = Some(i);
                    }
                }
                None => {
                    let expected = spec
                        .columns
                        .iter()
                        .map(|c| c.header)
                        .collect::<Vec<_>>()
                        .join(", ");
                    self.sheet_problem(
                        sheet,
                        Some(header_row),
                        h,
                        SheetProblem::UnknownColumn {
                            header: h.clone(),
                            expected,
                        },
                    );
                }
            }
        }
        for (c, place) in spec.columns.iter().zip(&at) {
            if place.is_none() {
                self.rows
                    .missing
                    .insert((sheet.name.clone(), c.header.to_owned()));
            }
            if c.required && place.is_none() {
                self.sheet_problem(
                    sheet,
                    Some(header_row),
                    c.header,
                    SheetProblem::MissingColumn(c.header.to_owned()),
                );
            }
        }
        if sheet.rows.len() > MAX_RECORDS + 1 {
            self.sheet_problem(sheet, None, "", SheetProblem::TooManyRows);
            return None;
        }
        Some(Table { spec, sheet, at })
    }

    /// A cell of `row` (its index in the sheet) in the spec's column `header`.
    fn cell<'s>(t: &Table<'s>, row: usize, header: &str) -> &'s Cell {
        static EMPTY: Cell = Cell::Empty;
        t.spec
            .index(header)
            .and_then(|k| t.at.get(k).copied().flatten())
            .and_then(|i| t.sheet.rows.get(row).and_then(|r| r.get(i)))
            .unwrap_or(&EMPTY)
    }

    /// The cell as text, as the column expects it; a problem is reported and gives "".
    fn text(&mut self, t: &Table, row: usize, column: &Column) -> String {
        let cell = Self::cell(t, row, column.header);
        let number = t.sheet.number(row);
        let problem = match (cell, column.values) {
            (Cell::Empty, _) => return String::new(),
            // Free text is kept as typed; a code, a date or a number loses its stray spaces.
            (Cell::Text(s), Values::Text) => return s.clone(),
            (Cell::Text(s), _) => return s.trim().to_owned(),
            (Cell::Formula(f), _) => SheetProblem::Formula(format!("={f}")),
            (Cell::Error(e), _) => SheetProblem::ErrorValue(e.clone()),
            (Cell::Number(n), Values::Date) => {
                let n = *n;
                if n.fract() == 0.0 && (1900.0..=2100.0).contains(&n) {
                    return number_text(n);
                }
                SheetProblem::DateNumber {
                    value: number_text(n),
                    day: serial_day(n).unwrap_or_default(),
                }
            }
            (Cell::Date(d), Values::Date) => SheetProblem::DateTime(d.clone()),
            (Cell::Number(n), _) => return number_text(*n),
            (Cell::Bool(b), Values::List(Vocab::YesNo)) => {
                return if *b { "yes" } else { "no" }.to_owned()
            }
            (Cell::Bool(_), _) => SheetProblem::NotText(cell.shown()),
            (Cell::Date(d), _) => return d.clone(),
        };
        self.sheet_problem(t.sheet, Some(number), column.header, problem);
        String::new()
    }

    fn column(t: &Table, header: &str) -> Column {
        let fallback = Column {
            header: "",
            required: false,
            values: Values::Text,
            example: "",
            meaning: crate::i18n::workbook::V_TEXT,
            path: "",
        };
        t.spec
            .index(header)
            .and_then(|k| t.spec.columns.get(k))
            .copied()
            .unwrap_or(fallback)
    }

    fn get(&mut self, t: &Table, row: usize, header: &str) -> String {
        let c = Self::column(t, header);
        self.text(t, row, &c)
    }

    fn optional(&mut self, t: &Table, row: usize, header: &str) -> Option<String> {
        Some(self.get(t, row, header)).filter(|s| !s.is_empty())
    }

    fn pair(&mut self, t: &Table, row: usize, stem: &str) -> RawText {
        RawText {
            en: self.get(t, row, &format!("{stem}_en")),
            zh: self.get(t, row, &format!("{stem}_zh")),
        }
    }

    fn optional_pair(&mut self, t: &Table, row: usize, stem: &str) -> Option<RawText> {
        let p = self.pair(t, row, stem);
        (!p.en.is_empty() || !p.zh.is_empty()).then_some(p)
    }

    fn number(&mut self, t: &Table, row: usize, header: &str) -> Option<u32> {
        let text = self.get(t, row, header);
        if text.is_empty() {
            return None;
        }
        match text.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                let number = t.sheet.number(row);
                self.sheet_problem(
                    t.sheet,
                    Some(number),
                    header,
                    SheetProblem::NotANumber(text),
                );
                None
            }
        }
    }

    fn yes_no(&mut self, t: &Table, row: usize, header: &str) -> Option<bool> {
        let text = self.get(t, row, header);
        let lower = text.to_lowercase();
        let (yes, no) = (crate::i18n::workbook::YES, crate::i18n::workbook::NO);
        match lower.as_str() {
            "" => None,
            "yes" | "true" => Some(true),
            "no" | "false" => Some(false),
            t if t == yes.zh => Some(true),
            t if t == no.zh => Some(false),
            _ => {
                let number = t.sheet.number(row);
                self.sheet_problem(t.sheet, Some(number), header, SheetProblem::NotYesNo(text));
                None
            }
        }
    }

    /// The data rows of a table: every row after the header with a value in it.
    fn data_rows(t: &Table) -> Vec<usize> {
        (1..t.sheet.rows.len())
            .filter(|&r| {
                t.sheet
                    .rows
                    .get(r)
                    .is_some_and(|c| c.iter().any(|c| !c.is_empty()))
            })
            .collect()
    }

    fn codes(text: &str) -> Vec<String> {
        text.split([';', ',', ' ', '\n', '\t', '，', '；'])
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The rows of a sheet of parts of records (steps, observations,
    /// members): each row, its number, and the record its `parent` column
    /// names, by index and id; a row that names no record is reported and
    /// left out.
    fn child_rows(
        &mut self,
        t: &Table,
        parent: &str,
        index: &HashMap<String, usize>,
    ) -> Vec<(usize, usize, usize, String)> {
        let mut out = Vec::new();
        for row in Self::data_rows(t) {
            let number = t.sheet.number(row);
            let id = self.get(t, row, parent);
            match index.get(&id) {
                Some(&i) => out.push((row, number, i, id)),
                None => {
                    self.sheet_problem(t.sheet, Some(number), parent, SheetProblem::NoRecord(id))
                }
            }
        }
        out
    }

    /// Records a part's key (its record and its number), reporting a key used twice.
    #[allow(clippy::too_many_arguments)]
    fn keyed(
        &mut self,
        t: &Table,
        number: usize,
        header: &str,
        keys: &mut HashMap<(usize, String), usize>,
        key: (usize, String),
        k: usize,
        id: &str,
    ) {
        let shown = format!("{id} {}", key.1);
        if keys.insert(key, k).is_some() {
            self.sheet_problem(
                t.sheet,
                Some(number),
                header,
                SheetProblem::DuplicateRow(shown),
            );
        }
    }

    /// Reads the whole book into a raw dataset.
    pub fn read(&mut self, book: &Book) -> RawDataset {
        let meta = self.meta(book);
        let mut milestones = Vec::new();
        let mut ms_index: HashMap<String, usize> = HashMap::new();
        if let Some(t) = self.table(book, &MILESTONES, true) {
            for row in Self::data_rows(&t) {
                let m = RawMilestone {
                    id: self.get(&t, row, "id"),
                    date: self.get(&t, row, "date"),
                    end: self.optional(&t, row, "end"),
                    title: self.pair(&t, row, "title"),
                    summary: self.pair(&t, row, "summary"),
                    category: self.get(&t, row, "category"),
                    countries: Self::codes(&self.get(&t, row, "countries")),
                    confidence: self.get(&t, row, "confidence"),
                    note: self.optional_pair(&t, row, "note"),
                    sources: Vec::new(),
                    steps: Vec::new(),
                };
                ms_index.entry(m.id.clone()).or_insert(milestones.len());
                self.rows.milestones.push(t.sheet.number(row));
                milestones.push(m);
            }
        }
        let mut agreements = Vec::new();
        let mut ag_index: HashMap<String, usize> = HashMap::new();
        if let Some(t) = self.table(book, &AGREEMENTS, false) {
            for row in Self::data_rows(&t) {
                let a = RawAgreement {
                    id: self.get(&t, row, "id"),
                    name: self.pair(&t, row, "name"),
                    kind: self.get(&t, row, "kind"),
                    counts: self.get(&t, row, "counts"),
                    description: self.pair(&t, row, "description"),
                    observations: Vec::new(),
                    members: Vec::new(),
                };
                ag_index.entry(a.id.clone()).or_insert(agreements.len());
                self.rows.agreements.push(t.sheet.number(row));
                agreements.push(a);
            }
        }

        // Steps and observations are keyed by their number, members by their
        // country: the sources sheet names them so.
        let mut step_key: HashMap<(usize, String), usize> = HashMap::new();
        if let Some(t) = self.table(book, &STEPS, false) {
            for (row, number, mi, id) in self.child_rows(&t, "milestone", &ms_index) {
                let key = self.get(&t, row, "step");
                let step = RawStep {
                    status: self.get(&t, row, "status"),
                    date: self.get(&t, row, "date"),
                    sources: Vec::new(),
                    note: self.optional_pair(&t, row, "note"),
                };
                let Some(m) = milestones.get_mut(mi) else {
                    continue;
                };
                let k = m.steps.len();
                m.steps.push(step);
                self.keyed(&t, number, "step", &mut step_key, (mi, key), k, &id);
                self.rows.steps.insert((mi, k), number);
            }
        }
        let mut obs_key: HashMap<(usize, String), usize> = HashMap::new();
        if let Some(t) = self.table(book, &OBSERVATIONS, false) {
            for (row, number, ai, id) in self.child_rows(&t, "agreement", &ag_index) {
                let key = self.get(&t, row, "observation");
                let countries = self.get(&t, row, "countries");
                let o = RawObservation {
                    as_of: self.get(&t, row, "as_of"),
                    count: self.number(&t, row, "count").unwrap_or(0),
                    qualifier: self.optional(&t, row, "qualifier"),
                    countries: (!countries.is_empty()).then(|| Self::codes(&countries)),
                    disputed: self.yes_no(&t, row, "disputed").unwrap_or(false),
                    sources: Vec::new(),
                    note: self.optional_pair(&t, row, "note"),
                };
                let Some(a) = agreements.get_mut(ai) else {
                    continue;
                };
                let k = a.observations.len();
                a.observations.push(o);
                self.keyed(&t, number, "observation", &mut obs_key, (ai, key), k, &id);
                self.rows.observations.insert((ai, k), number);
            }
        }
        let mut member_key: HashMap<(usize, String), usize> = HashMap::new();
        if let Some(t) = self.table(book, &MEMBERS, false) {
            for (row, number, ai, _) in self.child_rows(&t, "agreement", &ag_index) {
                let m = RawMember {
                    country: self.get(&t, row, "country"),
                    joined: self.get(&t, row, "joined"),
                    sources: Vec::new(),
                    note: self.optional_pair(&t, row, "note"),
                };
                let Some(a) = agreements.get_mut(ai) else {
                    continue;
                };
                let k = a.members.len();
                // A country listed twice is the validator's to name.
                member_key.entry((ai, m.country.clone())).or_insert(k);
                a.members.push(m);
                self.rows.members.insert((ai, k), number);
            }
        }
        if let Some(t) = self.table(book, &SOURCES, true) {
            for row in Self::data_rows(&t) {
                let number = t.sheet.number(row);
                let id = self.get(&t, row, "record");
                let part = self.get(&t, row, "part");
                let item = self.get(&t, row, "item");
                let s = RawSource {
                    title: self.get(&t, row, "title"),
                    publisher: self.get(&t, row, "publisher"),
                    kind: self.optional(&t, row, "kind"),
                    date: self.get(&t, row, "date"),
                    url: self.optional(&t, row, "url"),
                    chinese_state: self.yes_no(&t, row, "chinese_state"),
                };
                let owner = match part.as_str() {
                    "milestone" | "step" => ms_index.get(&id).map(|&mi| {
                        if part == "milestone" {
                            Some(Owner::Milestone(mi))
                        } else {
                            step_key
                                .get(&(mi, item.clone()))
                                .map(|&k| Owner::Step(mi, k))
                        }
                    }),
                    "observation" | "member" => ag_index.get(&id).map(|&ai| {
                        let keys = if part == "member" {
                            &member_key
                        } else {
                            &obs_key
                        };
                        keys.get(&(ai, item.clone())).map(|&k| {
                            if part == "member" {
                                Owner::Member(ai, k)
                            } else {
                                Owner::Observation(ai, k)
                            }
                        })
                    }),
                    _ => {
                        self.error(
                            t.sheet,
                            Some(number),
                            "part",
                            Problem::UnknownValue(crate::model::UnknownToken {
                                value: part.clone(),
                                expected: super::columns::PARTS,
                            }),
                        );
                        continue;
                    }
                };
                let owner = match owner {
                    None => {
                        self.sheet_problem(
                            t.sheet,
                            Some(number),
                            "record",
                            SheetProblem::NoRecord(id),
                        );
                        continue;
                    }
                    Some(None) => {
                        self.sheet_problem(
                            t.sheet,
                            Some(number),
                            "item",
                            SheetProblem::NoItem(item),
                        );
                        continue;
                    }
                    Some(Some(o)) => o,
                };
                let list = match &owner {
                    Owner::Milestone(mi) => milestones.get_mut(*mi).map(|m| &mut m.sources),
                    Owner::Step(mi, k) => milestones
                        .get_mut(*mi)
                        .and_then(|m| m.steps.get_mut(*k))
                        .map(|s| &mut s.sources),
                    Owner::Observation(ai, k) => agreements
                        .get_mut(*ai)
                        .and_then(|a| a.observations.get_mut(*k))
                        .map(|o| &mut o.sources),
                    Owner::Member(ai, k) => agreements
                        .get_mut(*ai)
                        .and_then(|a| a.members.get_mut(*k))
                        .map(|m| &mut m.sources),
                };
                if let Some(list) = list {
                    self.rows.sources.insert((owner, list.len()), number);
                    list.push(s);
                }
            }
        }
        RawDataset {
            schema: meta.1,
            meta: meta.0,
            milestones,
            agreements,
        }
    }

    fn meta(&mut self, book: &Book) -> (RawMeta, Option<String>) {
        let mut values: HashMap<&'static str, String> = HashMap::new();
        if let Some(t) = self.table(book, &META, true) {
            for row in Self::data_rows(&t) {
                let number = t.sheet.number(row);
                let field = self.get(&t, row, "field");
                let Some(spec) = META_FIELDS.iter().find(|c| c.header == field) else {
                    self.sheet_problem(
                        t.sheet,
                        Some(number),
                        "field",
                        SheetProblem::MetaField(field),
                    );
                    continue;
                };
                let column = Column {
                    header: "value",
                    ..*spec
                };
                let value = self.text(&t, row, &column);
                if values.insert(spec.header, value).is_some() {
                    self.sheet_problem(
                        t.sheet,
                        Some(number),
                        "field",
                        SheetProblem::DuplicateRow(field),
                    );
                }
                self.rows.meta.insert(spec.header, number);
            }
            for f in META_FIELDS.iter().filter(|f| f.required) {
                if !values.contains_key(f.header) {
                    self.sheet_problem(
                        t.sheet,
                        None,
                        "field",
                        SheetProblem::MissingMeta(f.header.to_owned()),
                    );
                }
            }
        }
        let mut take = |k: &str| values.remove(k).unwrap_or_default();
        let year = |s: String| s.parse::<u16>().unwrap_or(0);
        let meta = RawMeta {
            title: RawText {
                en: take("title_en"),
                zh: take("title_zh"),
            },
            version: take("version"),
            updated: take("updated"),
            current_through: take("current_through"),
            coverage: RawCoverage {
                from: year(take("coverage_from")),
                to: year(take("coverage_to")),
            },
            licence: RawLicence {
                name: take("licence_name"),
                url: Some(take("licence_url")).filter(|s| !s.is_empty()),
            },
            citation: RawText {
                en: take("citation_en"),
                zh: take("citation_zh"),
            },
            contact: Some(take("contact")).filter(|s| !s.is_empty()),
        };
        let schema = Some(take("schema")).filter(|s| !s.is_empty());
        (meta, schema)
    }
}

/// A spreadsheet's date serial number as the day it stands for (`YYYY-MM-DD`),
/// in the 1900 date system (day 60 is the leap day 1900 never had).
pub fn serial_day(serial: f64) -> Option<String> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let mut days = serial.floor() as i64;
    if days < 60 {
        days += 1;
    }
    // Days from 1970-01-01: serial 25569 is 1970-01-01.
    let z = days - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::serial_day;

    #[test]
    fn serials_are_the_days_spreadsheets_show() {
        assert_eq!(serial_day(43573.0).as_deref(), Some("2019-04-18"));
        assert_eq!(serial_day(1.0).as_deref(), Some("1900-01-01"));
        assert_eq!(serial_day(61.0).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_day(25569.0).as_deref(), Some("1970-01-01"));
        assert_eq!(serial_day(46360.5).as_deref(), Some("2026-12-04"));
        assert_eq!(serial_day(-3.0), None);
    }
}
