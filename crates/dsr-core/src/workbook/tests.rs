//! The workbook's round trip (the bundled dataset, and any generated one), its codebook against the JSON Schema, and the messages of broken and hostile files.

use proptest::prelude::*;

use super::*;
use crate::i18n::Lang;
use crate::model::raw::{
    RawAgreement, RawCoverage, RawLicence, RawMember, RawMeta, RawMilestone, RawObservation,
    RawSource, RawStep, RawText,
};
use crate::testing::bundled;

const DSR_JSON: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../public/data/dsr.json"
));

fn bundled_raw() -> RawDataset {
    serde_json::from_str(DSR_JSON).unwrap()
}

/// The dataset as a book of cells, as [`to_xlsx`] writes it.
fn to_book(raw: &RawDataset, countries: &Countries) -> Book {
    write::book(raw, &codes(countries))
}

/// A book's records as a raw dataset, and every problem of its cells.
fn book_to_raw(file: &str, book: &Book) -> (RawDataset, Vec<DataError>) {
    let mut r = Reader::new(file);
    let raw = r.read(book);
    (raw, r.errors)
}

/// How many records each sheet holds.
fn counts(book: &Book) -> std::collections::HashMap<String, usize> {
    book.sheets
        .iter()
        .map(|s| (s.name.clone(), s.rows.len().saturating_sub(1)))
        .collect()
}

/// raw → book → .xlsx → book → raw.
fn through_xlsx(raw: &RawDataset, countries: &Countries) -> (RawDataset, Vec<DataError>) {
    let bytes = to_xlsx(raw, countries).unwrap();
    let book = read_book("t.xlsx", &bytes).unwrap();
    book_to_raw("t.xlsx", &book)
}

#[test]
fn the_bundled_dataset_goes_through_a_workbook_and_back_unchanged() {
    let (ds, countries) = bundled();
    let raw = bundled_raw();
    let bytes = to_xlsx(&raw, &countries).unwrap();
    let (back, errors) = book_to_raw("dsr.xlsx", &read_book("dsr.xlsx", &bytes).unwrap());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(back, raw);
    let read_ds = read("dsr.xlsx", &bytes, &countries).unwrap();
    assert_eq!(read_ds, ds);
    // The sheets hold every kind of record.
    let n = counts(&read_book("dsr.xlsx", &bytes).unwrap());
    assert_eq!(n["milestones"], raw.milestones.len());
    assert_eq!(n["agreements"], raw.agreements.len());
    let sources: usize = raw
        .milestones
        .iter()
        .map(|m| m.sources.len() + m.steps.iter().map(|s| s.sources.len()).sum::<usize>())
        .sum::<usize>()
        + raw
            .agreements
            .iter()
            .map(|a| {
                a.observations
                    .iter()
                    .map(|o| o.sources.len())
                    .sum::<usize>()
                    + a.members.iter().map(|m| m.sources.len()).sum::<usize>()
            })
            .sum::<usize>();
    assert_eq!(n["sources"], sources);
    assert!(n["members"] > 0 && n["steps"] > 0 && n["observations"] > 0);
}

#[test]
fn the_template_opens_as_a_dataset_of_its_two_examples() {
    let (_, countries) = bundled();
    let bytes = template(&bundled_raw(), &countries).unwrap();
    let ds = read("template.xlsx", &bytes, &countries).unwrap();
    assert_eq!(ds.milestones.len(), 2);
    assert!(ds.agreements.is_empty());
    assert_eq!(ds.meta.title.en, "My tracker");
    let book = read_book("template.xlsx", &bytes).unwrap();
    assert_eq!(book.sheets.first().map(|s| s.name.as_str()), Some("README"));
}

#[test]
fn the_codebook_has_a_column_for_every_field_of_the_schema_and_no_other() {
    // Every leaf of the JSON Schema, with the sheets' nesting taken out.
    let schema: serde_json::Value =
        serde_json::from_str(&crate::model::raw::schema_json()).unwrap();
    let defs = &schema["$defs"];
    fn leaves(
        node: &serde_json::Value,
        defs: &serde_json::Value,
        path: String,
        out: &mut Vec<String>,
    ) {
        let node = match node["$ref"].as_str() {
            Some(r) => &defs[r.trim_start_matches("#/$defs/")],
            None => node,
        };
        let node = match node["anyOf"].as_array().or(node["oneOf"].as_array()) {
            Some(options) if node["properties"].is_null() => {
                options.iter().find(|o| o["type"] != "null").unwrap_or(node)
            }
            _ => node,
        };
        let node = match node["$ref"].as_str() {
            Some(r) => &defs[r.trim_start_matches("#/$defs/")],
            None => node,
        };
        if let Some(props) = node["properties"].as_object() {
            for (k, v) in props {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(v, defs, p, out);
            }
        } else if node["type"] == "array" && node["items"]["$ref"].is_string() {
            leaves(&node["items"], defs, path, out);
        } else {
            out.push(path);
        }
    }
    let mut found = Vec::new();
    leaves(&schema, defs, String::new(), &mut found);
    let normal = |p: &str| -> String {
        // A source anywhere is a row of the sources sheet; steps, observations
        // and members are rows of their own sheets.
        if let Some(i) = p.find("sources.") {
            return p[i..].to_owned();
        }
        for nested in ["steps.", "observations.", "members."] {
            if let Some(i) = p.find(nested) {
                return p[i..].to_owned();
            }
        }
        p.to_owned()
    };
    let mut schema_paths: Vec<String> = found.iter().map(|p| normal(p)).collect();
    schema_paths.sort();
    schema_paths.dedup();
    let mut column_paths: Vec<String> = columns::RECORD_SHEETS
        .iter()
        .flat_map(|s| s.columns.iter())
        .chain(columns::META_FIELDS)
        .map(|c| c.path.to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    column_paths.sort();
    column_paths.dedup();
    assert_eq!(column_paths, schema_paths);
}

#[test]
fn the_closed_vocabularies_are_the_schemas_enums() {
    let schema = crate::model::raw::schema_json();
    for v in columns::Vocab::ALL {
        for t in v.tokens(&[]) {
            if !matches!(v, columns::Vocab::Part | columns::Vocab::YesNo) {
                assert!(
                    schema.contains(&format!("\"{t}\"")),
                    "{t} of {} is not in the schema",
                    v.name()
                );
            }
        }
    }
}

// ---- Broken and hostile files: each with its message. ----

fn bundled_book() -> (Book, Countries) {
    let (_, countries) = bundled();
    (to_book(&bundled_raw(), &countries), countries)
}

fn sheet_mut<'a>(book: &'a mut Book, name: &str) -> &'a mut Sheet {
    book.sheets.iter_mut().find(|s| s.name == name).unwrap()
}

fn column_of(book: &Book, sheet: &str, header: &str) -> usize {
    book.sheet(sheet).unwrap().rows[0]
        .iter()
        .position(|c| c.shown() == header)
        .unwrap()
}

/// Every error of reading `book` (written as .xlsx), in both languages.
fn errors_of(book: &Book, countries: &Countries) -> (Vec<String>, Vec<String>) {
    let bytes = xlsx::write(book).unwrap();
    let errors = read("tracker.xlsx", &bytes, countries).unwrap_err();
    (
        errors.iter().map(|e| e.message(Lang::En)).collect(),
        errors.iter().map(|e| e.message(Lang::Zh)).collect(),
    )
}

#[test]
fn a_wrong_header_is_named_with_the_columns_there_are() {
    let (mut book, countries) = bundled_book();
    let c = column_of(&book, "milestones", "title_en");
    sheet_mut(&mut book, "milestones").rows[0][c] = Cell::text("titel_en");
    let (en, zh) = errors_of(&book, &countries);
    assert!(en.iter().any(|m| m.contains("sheet \"milestones\", row 1, column \"titel_en\": \"titel_en\" is not a column of this sheet; the columns are: id, date, end, title_en")), "{en:?}");
    assert!(
        en.iter()
            .any(|m| m.contains("row 1, column \"title_en\": the column \"title_en\" is missing")),
        "{en:?}"
    );
    let place = format!(
        "{}{}",
        crate::i18n::data::sheet_row(Lang::Zh, "milestones", 1),
        crate::i18n::workbook::column(Lang::Zh, "titel_en")
    );
    assert!(zh.iter().any(|m| m.contains(&place)), "{zh:?}");
    // The missing column's cells are not named again, one error per row.
    assert!(en.len() < 5, "{en:?}");
}

#[test]
fn a_duplicate_id_names_both_rows() {
    let (mut book, countries) = bundled_book();
    let ms = sheet_mut(&mut book, "milestones");
    let first = ms.rows[1][0].clone();
    ms.rows[3][0] = first.clone();
    let (en, _) = errors_of(&book, &countries);
    assert!(
        en.iter().any(|m| m
            .starts_with("tracker.xlsx: sheet \"milestones\", row 4, column \"id\": duplicate id")
            && m.contains(&first.shown())),
        "{en:?}"
    );
}

#[test]
fn a_date_typed_in_another_form_is_named_with_its_value() {
    let (mut book, countries) = bundled_book();
    let c = column_of(&book, "milestones", "date");
    sheet_mut(&mut book, "milestones").rows[5][c] = Cell::text("18 April 2019");
    let s = column_of(&book, "sources", "date");
    sheet_mut(&mut book, "sources").rows[2][s] = Cell::text("2019/04/18");
    let (en, zh) = errors_of(&book, &countries);
    assert!(en.contains(&"tracker.xlsx: sheet \"milestones\", row 6, column \"date\": \"18 April 2019\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD".to_owned()), "{en:?}");
    assert!(
        en.iter().any(|m| m
            .contains("sheet \"sources\", row 3, column \"date\": \"2019/04/18\" is not a date")),
        "{en:?}"
    );
    let place = format!(
        "{}{}",
        crate::i18n::data::sheet_row(Lang::Zh, "milestones", 6),
        crate::i18n::workbook::column(Lang::Zh, "date")
    );
    let problem = crate::i18n::data::date_form(Lang::Zh, "18 April 2019");
    assert!(
        zh.iter()
            .any(|m| m.contains(&place) && m.ends_with(&problem)),
        "{zh:?}"
    );
}

#[test]
fn a_date_the_spreadsheet_made_a_number_is_refused_with_the_day_it_read() {
    let (mut book, countries) = bundled_book();
    let c = column_of(&book, "milestones", "date");
    sheet_mut(&mut book, "milestones").rows[2][c] = Cell::Number(43573.0);
    // A year typed as a number is a year.
    sheet_mut(&mut book, "milestones").rows[3][c] = Cell::Number(2016.0);
    let (en, _) = errors_of(&book, &countries);
    assert_eq!(en.len(), 1, "{en:?}");
    assert!(en[0].contains("row 3, column \"date\": 43573 is a date the spreadsheet stored as a number; it was read as 2019-04-18"), "{en:?}");
}

#[test]
fn a_formula_cell_is_refused() {
    let (mut book, countries) = bundled_book();
    let c = column_of(&book, "milestones", "title_en");
    sheet_mut(&mut book, "milestones").rows[2][c] = Cell::Formula("CONCAT(\"a\",\"b\")".into());
    let bytes = xlsx::write(&book).unwrap();
    let errors = read("tracker.xlsx", &bytes, &countries).unwrap_err();
    let en: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert!(en.contains(&"tracker.xlsx: sheet \"milestones\", row 3, column \"title_en\": a formula (=CONCAT(\"a\",\"b\")): type the value itself".to_owned()), "{en:?}");
}

#[test]
fn a_missing_sheet_is_named() {
    let (mut book, countries) = bundled_book();
    book.sheets.retain(|s| s.name != "sources");
    let (en, zh) = errors_of(&book, &countries);
    assert!(
        en.contains(&"tracker.xlsx: file: the sheet \"sources\" is missing".to_owned()),
        "{en:?}"
    );
    let missing = crate::i18n::workbook::missing_sheet(Lang::Zh, "sources");
    assert!(zh.iter().any(|m| m.ends_with(&missing)), "{zh:?}");
}

#[test]
fn a_file_over_20_mb_is_refused_before_it_is_read() {
    let (_, countries) = bundled();
    let big = vec![b'P'; MAX_FILE_BYTES + 1];
    let errors = read("big.xlsx", &big, &countries).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .message(Lang::En)
        .contains("the limit is 20971520 bytes (20 MB)"));
}

#[test]
fn not_a_workbook_and_a_damaged_one_say_so() {
    let (_, countries) = bundled();
    let e = read("notes.xlsx", b"hello", &countries).unwrap_err();
    assert!(
        e[0].message(Lang::En)
            .contains("is not a workbook this page can read"),
        "{e:?}"
    );
    let (book, _) = bundled_book();
    let bytes = xlsx::write(&book).unwrap();
    let e = read("cut.xlsx", &bytes[..bytes.len() / 2], &countries).unwrap_err();
    assert!(
        e[0].message(Lang::En)
            .contains("the workbook is damaged or cut short"),
        "{e:?}"
    );
}

// ---- CSV ----

#[test]
fn a_csv_with_semicolons_and_a_byte_order_mark_is_read_and_its_errors_named() {
    let (_, countries) = bundled();
    let csv = "\u{feff}id;date;title_en;title_zh;summary_en;summary_zh;category;countries;confidence;sources\r\n\
        a-one;2019-04-18;One;一;Summary, with a comma;摘要;forum;CHN;single-source;Xinhua [state-media] — Report (2019-04-18) <https://x.cn/a>\r\n\
        a-two;April 2019;Two;二;S;摘;forum;CHN;unverified;Reuters [independent-media] — Story (2019)\r\n";
    let errors = read("mine.csv", csv.as_bytes(), &countries).unwrap_err();
    let en: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(en, ["mine.csv: sheet \"milestones\", row 3, column \"date\": \"April 2019\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"]);
    let fixed = csv.replace("April 2019", "2019-04");
    let ds = read("mine.csv", fixed.as_bytes(), &countries).unwrap();
    assert_eq!(ds.milestones.len(), 2);
    let one = ds.milestones.iter().find(|m| m.id == "a-one").unwrap();
    let two = ds.milestones.iter().find(|m| m.id == "a-two").unwrap();
    assert_eq!(one.summary.en, "Summary, with a comma");
    assert_eq!(
        one.sources[0].kind,
        Some(crate::model::SourceKind::StateMedia)
    );
    assert_eq!(two.sources[0].publisher, "Reuters");
    assert_eq!(ds.meta.current_through.to_string(), "2019-04-18");
}

#[test]
fn a_csv_source_that_cannot_be_read_names_its_row() {
    let (_, countries) = bundled();
    let csv =
        "id,date,title_en,title_zh,summary_en,summary_zh,category,countries,confidence,sources\n\
        a-one,2019,One,一,S,摘,forum,CHN,unverified,Xinhua [state-media] — Report (20190418)\n\
        a-two,2019,Two,二,S,摘,forum,CHN,unverified,no publisher here\n";
    let errors = read("mine.csv", csv.as_bytes(), &countries).unwrap_err();
    let en: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(en, ["mine.csv: sheet \"milestones\", row 3, column \"sources\": \"no publisher here\" is not a source of the form: publisher [kind] — title (date) <link>"]);
}

#[test]
fn a_csv_sources_bad_date_is_named_at_its_milestones_row() {
    let (_, countries) = bundled();
    let csv =
        "id,date,title_en,title_zh,summary_en,summary_zh,category,countries,confidence,sources\n\
        a-one,2019,One,一,S,摘,forum,CHN,unverified,Xinhua [state-media] — Report (20190418)\n";
    let errors = read("mine.csv", csv.as_bytes(), &countries).unwrap_err();
    let en: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(en, ["mine.csv: sheet \"milestones\", row 2, column \"sources\": \"20190418\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"]);
}

// ---- Any dataset: the round trip. ----

fn text() -> impl Strategy<Value = String> {
    // Letters of both languages, digits, punctuation, XML's specials, line
    // breaks and OOXML's own escape; never blank.
    "[a-zA-Z0-9\u{6570}\u{5b57}\u{4e1d}\u{8def} &<>\"'_x\\-—,.;:()\n\t\r]{0,12}[a-z\u{6570}]"
}

fn pair() -> impl Strategy<Value = RawText> {
    (text(), text()).prop_map(|(en, zh)| RawText { en, zh })
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (1990u16..2030).prop_map(|y| y.to_string()),
        (1990u16..2030, 1u8..13).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (1990u16..2030, 1u8..13, 1u8..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

fn code() -> impl Strategy<Value = String> {
    "[A-Z]{3}"
}

fn source() -> impl Strategy<Value = RawSource> {
    (
        text(),
        text(),
        proptest::option::of(prop_oneof![
            Just("official".to_owned()),
            Just("research".to_owned())
        ]),
        date(),
        proptest::option::of("https://[a-z]{1,8}\\.org/[a-z0-9_%?=&]{0,10}"),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(title, publisher, kind, date, url, chinese_state)| RawSource {
                title,
                publisher,
                kind,
                date,
                url,
                chinese_state,
            },
        )
}

fn sources() -> impl Strategy<Value = Vec<RawSource>> {
    proptest::collection::vec(source(), 0..3)
}

fn milestone() -> impl Strategy<Value = RawMilestone> {
    (
        (
            date(),
            proptest::option::of(date()),
            pair(),
            pair(),
            "[a-z-]{1,12}",
        ),
        proptest::collection::vec(code(), 0..4),
        "[a-z-]{1,12}",
        proptest::option::of(pair()),
        sources(),
        proptest::collection::vec(
            (
                "[a-z-]{1,9}",
                date(),
                sources(),
                proptest::option::of(pair()),
            )
                .prop_map(|(status, date, sources, note)| RawStep {
                    status,
                    date,
                    sources,
                    note,
                }),
            0..3,
        ),
    )
        .prop_map(
            |(
                (date, end, title, summary, category),
                countries,
                confidence,
                note,
                sources,
                steps,
            )| RawMilestone {
                id: String::new(),
                date,
                end,
                title,
                summary,
                category,
                countries,
                confidence,
                note,
                sources,
                steps,
            },
        )
}

fn agreement() -> impl Strategy<Value = RawAgreement> {
    (
        (pair(), "[a-z-]{1,20}", "[a-z]{1,10}", pair()),
        proptest::collection::vec(
            (
                date(),
                any::<u32>(),
                proptest::option::of(Just("more-than".to_owned())),
                proptest::option::of(proptest::collection::vec(code(), 1..4)),
                any::<bool>(),
                sources(),
                proptest::option::of(pair()),
            )
                .prop_map(
                    |(as_of, count, qualifier, countries, disputed, sources, note)| {
                        RawObservation {
                            as_of,
                            count,
                            qualifier,
                            countries,
                            disputed,
                            sources,
                            note,
                        }
                    },
                ),
            0..3,
        ),
        proptest::collection::btree_map(
            code(),
            (date(), sources(), proptest::option::of(pair())),
            0..3,
        ),
    )
        .prop_map(
            |((name, kind, counts, description), observations, members)| RawAgreement {
                id: String::new(),
                name,
                kind,
                counts,
                description,
                observations,
                members: members
                    .into_iter()
                    .map(|(country, (joined, sources, note))| RawMember {
                        country,
                        joined,
                        sources,
                        note,
                    })
                    .collect(),
            },
        )
}

fn dataset() -> impl Strategy<Value = RawDataset> {
    (
        (pair(), text(), date(), date(), any::<u16>(), any::<u16>()),
        (
            text(),
            proptest::option::of("https://[a-z]{1,8}\\.org/"),
            pair(),
            proptest::option::of("https://[a-z]{1,8}\\.org/s\\.json"),
            proptest::option::of("(mailto:[a-z]{1,8}@x\\.org|https://x\\.org/new\\?t=\\{id\\})"),
        ),
        proptest::collection::vec(milestone(), 0..5),
        proptest::collection::vec(agreement(), 0..3),
    )
        .prop_map(
            |(
                (title, version, updated, current_through, from, to),
                (licence, url, citation, schema, contact),
                mut milestones,
                mut agreements,
            )| {
                for (i, m) in milestones.iter_mut().enumerate() {
                    m.id = format!("m-{i}");
                }
                for (i, a) in agreements.iter_mut().enumerate() {
                    // An agreement may share a milestone's id: the sources sheet's part tells them apart.
                    a.id = format!("m-{i}");
                }
                RawDataset {
                    schema,
                    meta: RawMeta {
                        title,
                        version,
                        updated,
                        current_through,
                        coverage: RawCoverage { from, to },
                        licence: RawLicence { name: licence, url },
                        citation,
                        contact,
                    },
                    milestones,
                    agreements,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// For any dataset, dataset → workbook (.xlsx bytes) → dataset gives the same dataset.
    #[test]
    fn any_dataset_goes_through_a_workbook_and_back_unchanged(raw in dataset()) {
        let (_, countries) = bundled();
        let (back, errors) = through_xlsx(&raw, &countries);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(back, raw);
    }
}

#[test]
fn a_part_naming_no_record_and_a_part_numbered_twice_are_named() {
    let (mut book, countries) = bundled_book();
    let obs = sheet_mut(&mut book, "observations");
    // Two observations of one agreement: the second takes the first's number.
    let (r1, r2) = (1..obs.rows.len())
        .flat_map(|i| (i + 1..obs.rows.len()).map(move |j| (i, j)))
        .find(|&(i, j)| obs.rows[i][0] == obs.rows[j][0])
        .unwrap();
    obs.rows[r2][1] = obs.rows[r1][1].clone();
    let id = obs.rows[r1][0].shown();
    let n = obs.rows[r1][1].shown();
    // And a row that names no agreement.
    let other = (1..obs.rows.len())
        .find(|&i| obs.rows[i][0] != obs.rows[r1][0])
        .unwrap();
    obs.rows[other][0] = Cell::text("no-such-agreement");
    let (en, _) = errors_of(&book, &countries);
    assert!(
        en.contains(&format!(
            "tracker.xlsx: sheet \"observations\", row {}, column \"agreement\": \"no-such-agreement\" is not the id of a record on the milestones or agreements sheet",
            other + 1
        )),
        "{en:?}"
    );
    assert!(
        en.contains(&format!(
            "tracker.xlsx: sheet \"observations\", row {}, column \"observation\": \"{id} {n}\" is listed twice",
            r2 + 1
        )),
        "{en:?}"
    );
}
