//! `Book`, `Sheet`, `Cell`: a workbook as plain cells, the shape every container (.xlsx, .ods, .csv) is read into and written from.

/// One cell's value, as the file stores it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or a date and time that the file stores as such (`.ods`), as
    /// its ISO text: `2019-04-18` or `2019-04-18T00:00:00`.
    Date(String),
    /// A formula: never evaluated, always refused.
    Formula(String),
    /// An error value (`#REF!`).
    Error(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Self {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    /// The value as a person would type it, for messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) | Cell::Date(s) | Cell::Error(s) => s.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(true) => "TRUE".into(),
            Cell::Bool(false) => "FALSE".into(),
            Cell::Formula(f) => format!("={f}"),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A number as text: integers without a decimal point.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A sheet: its name and its rows, the first of which is the header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    /// Lines of the file before the header row (a CSV's `#` lines), so that
    /// row `i` is numbered `offset + i + 1` in messages, as the file shows it.
    pub offset: usize,
    /// Where a sheet made from another's cells (a CSV's sources, from its
    /// `sources` column) points messages instead: the sheet, the column, and
    /// each row's number there.
    pub shown_as: Option<ShownAs>,
}

/// Where messages about a derived sheet's rows point.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShownAs {
    pub sheet: String,
    pub column: String,
    pub rows: Vec<usize>,
}

impl Sheet {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            rows: Vec::new(),
            offset: 0,
            shown_as: None,
        }
    }

    /// The number a row (its index) goes by in messages, as the file shows it.
    pub fn number(&self, row: usize) -> usize {
        match &self.shown_as {
            Some(s) => s.rows.get(row).copied().unwrap_or(row + 1),
            None => self.offset + row + 1,
        }
    }

    /// Drops the empty cells at the end of each row and the empty rows at the end.
    pub fn trim(&mut self) {
        for row in &mut self.rows {
            while row.last().is_some_and(Cell::is_empty) {
                row.pop();
            }
        }
        while self.rows.last().is_some_and(|r| r.is_empty()) {
            self.rows.pop();
        }
    }
}

/// A workbook: its sheets, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    pub sheets: Vec<Sheet>,
}

impl Book {
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }
}
