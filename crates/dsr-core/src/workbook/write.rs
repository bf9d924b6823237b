//! `RawDataset` → Book: one sheet per kind of record, a row per record, in the codebook's columns; and the README sheet (the codebook itself) and the lists sheet.

use super::columns::{
    Column, SheetSpec, Values, Vocab, AGREEMENTS, LISTS, MEMBERS, META, META_FIELDS, MILESTONES,
    OBSERVATIONS, README, RECORD_SHEETS, SOURCES, STEPS,
};
use super::grid::{Book, Cell, Sheet};
use crate::i18n::workbook as w;
use crate::i18n::Lang;
use crate::model::raw::{RawDataset, RawSource, RawText};

fn header(spec: &SheetSpec) -> Vec<Cell> {
    spec.columns.iter().map(|c| Cell::text(c.header)).collect()
}

fn sheet(spec: &SheetSpec) -> Sheet {
    let mut s = Sheet::new(spec.name);
    s.rows.push(header(spec));
    s
}

fn en(t: &Option<RawText>) -> Cell {
    Cell::text(t.as_ref().map(|t| t.en.clone()).unwrap_or_default())
}

fn zh(t: &Option<RawText>) -> Cell {
    Cell::text(t.as_ref().map(|t| t.zh.clone()).unwrap_or_default())
}

fn opt(s: &Option<String>) -> Cell {
    Cell::text(s.clone().unwrap_or_default())
}

fn yes_no(b: Option<bool>) -> Cell {
    match b {
        Some(true) => Cell::text("yes"),
        Some(false) => Cell::text("no"),
        None => Cell::Empty,
    }
}

fn codes(list: &[String]) -> Cell {
    Cell::text(list.join(";"))
}

fn sources(out: &mut Sheet, record: &str, part: &str, item: &str, list: &[RawSource]) {
    for s in list {
        out.rows.push(vec![
            Cell::text(record),
            Cell::text(part),
            Cell::text(item),
            Cell::text(s.title.clone()),
            Cell::text(s.publisher.clone()),
            opt(&s.kind),
            Cell::text(s.date.clone()),
            opt(&s.url),
            yes_no(s.chinese_state),
        ]);
    }
}

/// The records' sheets and the meta sheet, in the workbook's order.
pub fn records(raw: &RawDataset) -> Vec<Sheet> {
    let (mut ms, mut src, mut steps) = (sheet(&MILESTONES), sheet(&SOURCES), sheet(&STEPS));
    let (mut ags, mut obs, mut mem) = (sheet(&AGREEMENTS), sheet(&OBSERVATIONS), sheet(&MEMBERS));
    for m in &raw.milestones {
        ms.rows.push(vec![
            Cell::text(m.id.clone()),
            Cell::text(m.date.clone()),
            opt(&m.end),
            Cell::text(m.title.en.clone()),
            Cell::text(m.title.zh.clone()),
            Cell::text(m.summary.en.clone()),
            Cell::text(m.summary.zh.clone()),
            Cell::text(m.category.clone()),
            codes(&m.countries),
            Cell::text(m.confidence.clone()),
            en(&m.note),
            zh(&m.note),
        ]);
        sources(&mut src, &m.id, "milestone", "", &m.sources);
        for (k, s) in m.steps.iter().enumerate() {
            let n = (k + 1).to_string();
            steps.rows.push(vec![
                Cell::text(m.id.clone()),
                Cell::Number((k + 1) as f64),
                Cell::text(s.status.clone()),
                Cell::text(s.date.clone()),
                en(&s.note),
                zh(&s.note),
            ]);
            sources(&mut src, &m.id, "step", &n, &s.sources);
        }
    }
    for a in &raw.agreements {
        ags.rows.push(vec![
            Cell::text(a.id.clone()),
            Cell::text(a.name.en.clone()),
            Cell::text(a.name.zh.clone()),
            Cell::text(a.kind.clone()),
            Cell::text(a.counts.clone()),
            Cell::text(a.description.en.clone()),
            Cell::text(a.description.zh.clone()),
        ]);
        for (k, o) in a.observations.iter().enumerate() {
            let n = (k + 1).to_string();
            obs.rows.push(vec![
                Cell::text(a.id.clone()),
                Cell::Number((k + 1) as f64),
                Cell::text(o.as_of.clone()),
                Cell::Number(f64::from(o.count)),
                opt(&o.qualifier),
                o.countries.as_deref().map(codes).unwrap_or(Cell::Empty),
                yes_no(Some(o.disputed)),
                en(&o.note),
                zh(&o.note),
            ]);
            sources(&mut src, &a.id, "observation", &n, &o.sources);
        }
        for m in &a.members {
            mem.rows.push(vec![
                Cell::text(a.id.clone()),
                Cell::text(m.country.clone()),
                Cell::text(m.joined.clone()),
                en(&m.note),
                zh(&m.note),
            ]);
            sources(&mut src, &a.id, "member", &m.country, &m.sources);
        }
    }
    let m = &raw.meta;
    let mut meta = sheet(&META);
    let values = [
        raw.schema.clone().unwrap_or_default(),
        m.title.en.clone(),
        m.title.zh.clone(),
        m.version.clone(),
        m.updated.clone(),
        m.current_through.clone(),
        m.coverage.from.to_string(),
        m.coverage.to.to_string(),
        m.licence.name.clone(),
        m.licence.url.clone().unwrap_or_default(),
        m.citation.en.clone(),
        m.citation.zh.clone(),
        m.contact.clone().unwrap_or_default(),
    ];
    for (f, v) in META_FIELDS.iter().zip(values) {
        let value = match f.values {
            Values::Number => v.parse::<f64>().map(Cell::Number).unwrap_or(Cell::text(v)),
            _ => Cell::text(v),
        };
        meta.rows.push(vec![Cell::text(f.header), value]);
    }
    vec![ms, src, steps, ags, obs, mem, meta]
}

fn codebook_row(sheet: &str, c: &Column) -> Vec<Cell> {
    vec![
        Cell::text(sheet),
        Cell::text(c.header),
        Cell::text(if c.required { w::YES.en } else { w::NO.en }),
        Cell::text(c.values.describe(Lang::En)),
        Cell::text(c.example),
        Cell::text(c.meaning.en),
        Cell::text(c.meaning.zh),
    ]
}

/// The README sheet: the codebook, a row per sheet and per column.
pub fn codebook() -> Sheet {
    let mut s = Sheet::new(README);
    s.rows.push(
        [
            w::CB_SHEET,
            w::CB_COLUMN,
            w::CB_REQUIRED,
            w::CB_VALUES,
            w::CB_EXAMPLE,
            w::CB_MEANING,
        ]
        .iter()
        .map(|p| Cell::text(p.en))
        .chain([Cell::text(format!(
            "{} ({})",
            w::CB_MEANING.zh,
            Lang::Zh.endonym()
        ))])
        .collect(),
    );
    let about = |name: &str, p: crate::i18n::Phrase| {
        vec![
            Cell::text(name),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::text(p.en),
            Cell::text(p.zh),
        ]
    };
    s.rows.push(about(README, w::S_README));
    for spec in RECORD_SHEETS {
        s.rows.push(about(spec.name, spec.about));
        for c in spec.columns {
            s.rows.push(codebook_row(spec.name, c));
        }
    }
    s.rows.push(about(META.name, META.about));
    for c in META_FIELDS {
        s.rows.push(codebook_row(META.name, c));
    }
    s.rows.push(about(LISTS, w::S_LISTS));
    s
}

/// The lists sheet: a column per closed vocabulary, under its name.
pub fn lists(countries: &[String]) -> Sheet {
    let mut s = Sheet::new(LISTS);
    let columns: Vec<Vec<String>> = Vocab::ALL.iter().map(|v| v.tokens(countries)).collect();
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    s.rows
        .push(Vocab::ALL.iter().map(|v| Cell::text(v.name())).collect());
    for i in 0..longest {
        s.rows.push(
            columns
                .iter()
                .map(|c| {
                    c.get(i)
                        .map(|t| Cell::text(t.clone()))
                        .unwrap_or(Cell::Empty)
                })
                .collect(),
        );
    }
    s.trim();
    s
}

/// The whole workbook: README, the records' sheets, meta, lists.
pub fn book(raw: &RawDataset, countries: &[String]) -> Book {
    let mut sheets = vec![codebook()];
    sheets.extend(records(raw));
    sheets.push(lists(countries));
    Book { sheets }
}
