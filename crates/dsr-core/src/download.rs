//! Downloads of the data: CSV (UTF-8 with BOM, formula-safe) and JSON in the app's own format.
//!
//! Both carry the dataset's version, date and citation, and both can be cut
//! to the filtered milestones.

use crate::countries::Countries;
use crate::i18n::{export, Lang};
use crate::model::raw::{
    RawAgreement, RawCoverage, RawDataset, RawLicence, RawMember, RawMeta, RawMilestone,
    RawObservation, RawSource, RawStep, RawText,
};
use crate::model::{Agreement, Dataset, Meta, Milestone, Observation, Source, Text};

fn raw_text(t: &Text) -> RawText {
    RawText {
        en: t.en.clone(),
        zh: t.zh.clone(),
    }
}

fn raw_source(s: &Source) -> RawSource {
    RawSource {
        title: s.title.clone(),
        publisher: s.publisher.clone(),
        kind: s.kind.map(|k| k.as_str().to_owned()),
        date: s.date.to_string(),
        url: s.url.clone(),
        chinese_state: s.chinese_state,
    }
}

fn raw_milestone(m: &Milestone) -> RawMilestone {
    RawMilestone {
        id: m.id.clone(),
        date: m.date.to_string(),
        end: m.end.map(|e| e.to_string()),
        title: raw_text(&m.title),
        summary: raw_text(&m.summary),
        category: m.category.as_str().to_owned(),
        countries: m.countries.iter().map(|c| c.to_string()).collect(),
        confidence: m.confidence.as_str().to_owned(),
        note: m.note.as_ref().map(raw_text),
        sources: m.sources.iter().map(raw_source).collect(),
        steps: m
            .steps
            .iter()
            .map(|s| RawStep {
                status: s.status.as_str().to_owned(),
                date: s.date.to_string(),
                sources: s.sources.iter().map(raw_source).collect(),
                note: s.note.as_ref().map(raw_text),
            })
            .collect(),
    }
}

fn raw_observation(o: &Observation) -> RawObservation {
    RawObservation {
        as_of: o.as_of.to_string(),
        count: o.count,
        qualifier: o.qualifier.map(|q| q.as_str().to_owned()),
        countries: o
            .countries
            .as_ref()
            .map(|cs| cs.iter().map(|c| c.to_string()).collect()),
        disputed: o.disputed,
        sources: o.sources.iter().map(raw_source).collect(),
        note: o.note.as_ref().map(raw_text),
    }
}

fn raw_agreement(a: &Agreement) -> RawAgreement {
    RawAgreement {
        id: a.id.clone(),
        name: raw_text(&a.name),
        kind: a.kind.as_str().to_owned(),
        counts: a.counts.as_str().to_owned(),
        description: raw_text(&a.description),
        observations: a.observations.iter().map(raw_observation).collect(),
        members: a
            .members
            .iter()
            .map(|m| RawMember {
                country: m.country.to_string(),
                joined: m.joined.to_string(),
                sources: m.sources.iter().map(raw_source).collect(),
                note: m.note.as_ref().map(raw_text),
            })
            .collect(),
    }
}

fn raw_meta(m: &Meta, subset: Option<&Text>) -> RawMeta {
    let mut title = raw_text(&m.title);
    if let Some(s) = subset {
        title.en = export::filtered_title(Lang::En, &title.en, &s.en);
        title.zh = export::filtered_title(Lang::Zh, &title.zh, &s.zh);
    }
    RawMeta {
        title,
        version: m.version.clone(),
        updated: m.updated.to_string(),
        current_through: m.current_through.to_string(),
        coverage: RawCoverage {
            from: m.coverage.0,
            to: m.coverage.1,
        },
        licence: RawLicence {
            name: m.licence.name.clone(),
            url: m.licence.url.clone(),
        },
        citation: raw_text(&m.citation),
        contact: m.contact.clone(),
    }
}

/// The dataset in its own format, with only the milestones at `indices`
/// (all agreements), and the filters in words (`subset`) added to its title.
pub fn to_raw(ds: &Dataset, indices: &[usize], subset: Option<&Text>) -> RawDataset {
    RawDataset {
        schema: None,
        meta: raw_meta(&ds.meta, subset),
        milestones: indices
            .iter()
            .filter_map(|&i| ds.milestones.get(i))
            .map(raw_milestone)
            .collect(),
        agreements: ds.agreements.iter().map(raw_agreement).collect(),
    }
}

/// JSON in the app's own format (pretty-printed), loadable again by the app.
pub fn to_json(ds: &Dataset, indices: &[usize], subset: Option<&Text>) -> String {
    let mut s = serde_json::to_string_pretty(&to_raw(ds, indices, subset)).unwrap_or_default();
    s.push('\n');
    s
}

/// A CSV cell: quoted, with quotes doubled, and with a leading `'` when it
/// would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab, carriage return).
pub fn csv_cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let mut out = String::with_capacity(value.len() + 3);
    out.push('"');
    if risky {
        out.push('\'');
    }
    for c in value.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The header row of the milestone CSV.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "date",
    "end",
    "category",
    "confidence",
    "countries",
    "countries_en",
    "countries_zh",
    "title_en",
    "title_zh",
    "summary_en",
    "summary_zh",
    "note_en",
    "note_zh",
    "n_sources",
    "official_source",
    "independent_source",
    "sources",
];

/// The milestones at `indices` as CSV: a UTF-8 byte-order mark (so that
/// Excel reads the Chinese correctly), three `#` lines naming the dataset,
/// its version and date, the citation and the filters, then a header row and
/// one row per milestone.
pub fn to_csv(ds: &Dataset, indices: &[usize], countries: &Countries, subset: &str) -> String {
    let meta = &ds.meta;
    // The header lines hold dataset text and the filters in words: keep each
    // on one line, so that nothing can start a new row (or a formula).
    let line = |text: String| -> String {
        let one: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        format!("{one}\r\n")
    };
    let mut out = String::from('\u{feff}');
    out.push_str(&line(format!(
        "# {} — version {}, updated {}, data current through {}",
        meta.title.en, meta.version, meta.updated, meta.current_through
    )));
    out.push_str(&line(format!(
        "# Cite as: {} Licence: {}",
        meta.citation.en, meta.licence.name
    )));
    out.push_str(&line(format!(
        "# Rows: {} milestones ({subset})",
        indices.len()
    )));
    out.push_str(
        &CSV_COLUMNS
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for m in indices.iter().filter_map(|&i| ds.milestones.get(i)) {
        let names = |lang: Lang| {
            m.countries
                .iter()
                .map(|&c| countries.name(c, lang))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let sources = m
            .sources
            .iter()
            .map(|s| {
                let publisher = match s.kind {
                    Some(k) => format!("{} [{}]", s.publisher, k.as_str()),
                    None => s.publisher.clone(),
                };
                let mut one = format!("{publisher} — {} ({})", s.title, s.date);
                if let Some(u) = &s.url {
                    one.push_str(&format!(" <{u}>"));
                }
                one
            })
            .collect::<Vec<_>>()
            .join(" | ");
        let row = [
            m.id.clone(),
            m.date.to_string(),
            m.end.map(|e| e.to_string()).unwrap_or_default(),
            m.category.as_str().to_owned(),
            m.confidence.as_str().to_owned(),
            m.countries
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(";"),
            names(Lang::En),
            names(Lang::Zh),
            m.title.en.clone(),
            m.title.zh.clone(),
            m.summary.en.clone(),
            m.summary.zh.clone(),
            m.note.as_ref().map(|n| n.en.clone()).unwrap_or_default(),
            m.note.as_ref().map(|n| n.zh.clone()).unwrap_or_default(),
            m.sources.len().to_string(),
            if m.has_official_source() { "yes" } else { "no" }.to_owned(),
            match m.backing() {
                crate::model::Backing::Independent => "yes",
                crate::model::Backing::ChineseStateOnly => "no",
                crate::model::Backing::NotStated => "not stated",
            }
            .to_owned(),
            sources,
        ];
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// The file name (without extension) of a milestone download: `dsr-milestones-all`,
/// or the years and filters it was cut to, `dsr-milestones-2015-2020-forum`.
pub fn file_stem(ds: &Dataset, filters: &crate::filter::Filters) -> String {
    if filters.is_empty() {
        return "dsr-milestones-all".to_owned();
    }
    format!("dsr-milestones-{}", filters.file_slug(ds.meta.coverage))
}

/// The format of a milestone download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSV, UTF-8 with a byte-order mark, formula-safe.
    Csv,
    /// JSON in the app's own format (a dataset that opens again).
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json;charset=utf-8",
        }
    }
}

/// Which milestones a download holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    /// The milestones that pass the current filters.
    Filtered,
    /// Every milestone of the dataset.
    All,
}

/// A milestone download, ready to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MilestoneFile {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
    /// How many milestones it holds.
    pub n_milestones: usize,
}

/// The milestones a download of `rows` holds (`filtered` are the indices
/// that pass `filters`), and the filters in words for its title.
fn chosen(
    ds: &Dataset,
    countries: &Countries,
    filtered: &[usize],
    filters: &crate::filter::Filters,
    rows: Rows,
) -> (Vec<usize>, crate::filter::Filters, Text) {
    let (indices, filters) = match rows {
        Rows::Filtered => (filtered.to_vec(), filters.clone()),
        Rows::All => (
            (0..ds.milestones.len()).collect(),
            crate::filter::Filters::default(),
        ),
    };
    let subset = Text {
        en: crate::filter::describe(&filters, countries, Lang::En),
        zh: crate::filter::describe(&filters, countries, Lang::Zh),
    };
    (indices, filters, subset)
}

/// The milestone download the Table view's buttons save: `rows` of the
/// dataset (`filtered` are the indices that pass `filters`) in `format`,
/// named by the filters it was cut to.
pub fn milestone_file(
    ds: &Dataset,
    countries: &Countries,
    filtered: &[usize],
    filters: &crate::filter::Filters,
    rows: Rows,
    format: Format,
) -> MilestoneFile {
    let (indices, filters, subset) = chosen(ds, countries, filtered, filters, rows);
    let text = match format {
        Format::Json => to_json(ds, &indices, (!filters.is_empty()).then_some(&subset)),
        Format::Csv => to_csv(ds, &indices, countries, &subset.en),
    };
    MilestoneFile {
        name: format!("{}.{}", file_stem(ds, &filters), format.extension()),
        mime: format.mime(),
        text,
        n_milestones: indices.len(),
    }
}

/// The media type of a workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A workbook download, ready to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkbookFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub n_milestones: usize,
}

/// The Table view's workbook: `rows` of the dataset as an .xlsx file (a
/// sheet per kind of record, the codebook), named as the other downloads are.
pub fn workbook_file(
    ds: &Dataset,
    countries: &Countries,
    filtered: &[usize],
    filters: &crate::filter::Filters,
    rows: Rows,
) -> Result<WorkbookFile, crate::deck::zip::ZipError> {
    let (indices, filters, subset) = chosen(ds, countries, filtered, filters, rows);
    let raw = to_raw(ds, &indices, (!filters.is_empty()).then_some(&subset));
    Ok(WorkbookFile {
        name: format!("{}.xlsx", file_stem(ds, &filters)),
        bytes: crate::workbook::to_xlsx(&raw, countries)?,
        n_milestones: indices.len(),
    })
}

/// "Start your own tracker": the template workbook, with two example
/// milestones of `ds`.
pub fn template_file(
    ds: &Dataset,
    countries: &Countries,
) -> Result<WorkbookFile, crate::deck::zip::ZipError> {
    let all: Vec<usize> = (0..ds.milestones.len().min(2)).collect();
    let raw = to_raw(ds, &all, None);
    Ok(WorkbookFile {
        name: "tracker-template.xlsx".to_owned(),
        bytes: crate::workbook::template(&raw, countries)?,
        n_milestones: all.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{self, Filters};
    use crate::model::Category;
    use crate::testing::bundled;
    use crate::validate::parse_dataset;

    #[test]
    fn formula_cells_are_neutralised_and_quotes_doubled() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "\"'+1\"");
        assert_eq!(csv_cell("-2+3"), "\"'-2+3\"");
        assert_eq!(csv_cell("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_cell("plain, text"), "\"plain, text\"");
        assert_eq!(csv_cell("数字丝绸之路"), "\"数字丝绸之路\"");
    }

    #[test]
    fn the_csv_header_lines_cannot_start_a_row_or_a_formula() {
        let (ds, countries) = bundled();
        let csv = to_csv(&ds, &[0], &countries, "x\r\n=cmd|' /C calc'!A0\n@SUM(1)");
        for line in csv.lines() {
            let first = line
                .trim_start_matches('\u{feff}')
                .chars()
                .next()
                .unwrap_or('#');
            assert!(
                matches!(first, '#' | '"'),
                "a line starts with {first:?}: {line}"
            );
        }
    }

    #[test]
    fn the_csv_has_a_bom_the_citation_and_one_row_per_milestone() {
        let (ds, countries) = bundled();
        let some = [0usize, 5, 9];
        let csv = to_csv(&ds, &some, &countries, "3 of them");
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.contains("version 1.2.0, updated 2026-12-04"));
        assert!(csv.contains("Cite as: DSR Tracker dataset"));
        let rows: Vec<&str> = csv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with('\u{feff}'))
            .collect();
        assert_eq!(rows.len(), 1 + some.len(), "header and three rows");
        assert!(rows[1].starts_with(&format!("\"{}\"", ds.milestones[0].id)));
    }

    #[test]
    fn the_json_loads_again_with_exactly_the_chosen_milestones() {
        let (ds, countries) = bundled();
        let some = [1usize, 2, 40];
        let subset = Text {
            en: "three".into(),
            zh: "三条".into(),
        };
        let json = to_json(&ds, &some, Some(&subset));
        let back =
            parse_dataset("export.json", &json, &countries).expect("the export is a valid dataset");
        let ids: Vec<&str> = back.milestones.iter().map(|m| m.id.as_str()).collect();
        let want: Vec<&str> = some.iter().map(|&i| ds.milestones[i].id.as_str()).collect();
        assert_eq!(ids, want);
        assert_eq!(back.agreements, ds.agreements);
        assert_eq!(back.meta.version, ds.meta.version);
        assert!(back.meta.title.en.ends_with("(filtered: three)"));
        // The whole dataset round-trips exactly.
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let again = parse_dataset("all.json", &to_json(&ds, &all, None), &countries).unwrap();
        assert_eq!(again, ds);
    }

    #[test]
    fn a_download_holds_the_filtered_rows_or_all_named_by_its_filters() {
        let (ds, countries) = bundled();
        let filters = Filters {
            cats: vec![Category::Forum],
            ..Filters::default()
        };
        let filtered = filter::apply(&ds, &filters, &countries, None);
        assert!(!filtered.is_empty() && filtered.len() < ds.milestones.len());
        let check = |rows, format, n: usize, name: &str, mime: &str| {
            let f = milestone_file(&ds, &countries, &filtered, &filters, rows, format);
            assert_eq!(f.n_milestones, n, "{name}");
            assert_eq!(f.name, name);
            assert_eq!(f.mime, mime);
            f
        };
        let csv = "text/csv;charset=utf-8";
        let json = "application/json;charset=utf-8";
        let n = filtered.len();
        let all = ds.milestones.len();
        let f = check(
            Rows::Filtered,
            Format::Csv,
            n,
            "dsr-milestones-2013-2026-forum.csv",
            csv,
        );
        assert!(f.text.contains("Forum"), "the subset is described");
        let f = check(
            Rows::Filtered,
            Format::Json,
            n,
            "dsr-milestones-2013-2026-forum.json",
            json,
        );
        let back = crate::validate::parse_dataset("f.json", &f.text, &countries).unwrap();
        assert_eq!(back.milestones.len(), n);
        check(Rows::All, Format::Csv, all, "dsr-milestones-all.csv", csv);
        let f = check(
            Rows::All,
            Format::Json,
            all,
            "dsr-milestones-all.json",
            json,
        );
        let back = crate::validate::parse_dataset("a.json", &f.text, &countries).unwrap();
        assert_eq!(back, ds, "all of it, unlabelled, is the dataset itself");
    }

    #[test]
    fn the_table_views_csv_opens_again_as_the_same_milestones() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let csv = to_csv(&ds, &all, &countries, "all");
        assert!(csv.starts_with('\u{feff}'));
        let back =
            crate::workbook::read("dsr-milestones-all.csv", csv.as_bytes(), &countries).unwrap();
        assert_eq!(back.milestones.len(), ds.milestones.len());
        for (a, b) in back.milestones.iter().zip(&ds.milestones) {
            assert_eq!(
                (
                    &a.id,
                    a.date,
                    &a.title,
                    &a.summary,
                    &a.countries,
                    a.category,
                    a.confidence,
                    &a.note
                ),
                (
                    &b.id,
                    b.date,
                    &b.title,
                    &b.summary,
                    &b.countries,
                    b.category,
                    b.confidence,
                    &b.note
                )
            );
            let strip = |s: &[crate::model::Source]| {
                s.iter()
                    .map(|s| {
                        (
                            s.title.clone(),
                            s.publisher.clone(),
                            s.kind,
                            s.date,
                            s.url.clone(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            assert_eq!(strip(&a.sources), strip(&b.sources), "{}", a.id);
        }
        assert_eq!(back.meta.version, ds.meta.version);
    }
}
