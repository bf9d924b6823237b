//! Parse, then lift: dataset JSON → raw structs → a validated `Dataset`, or every error found.
//!
//! Each record is parsed on its own (through `serde_json::value::RawValue`),
//! so one bad record does not hide the others, and each error can say where
//! its record starts in the file. Every error names the file, the record
//! (index and id), the field and, where it can, the line and column.

mod changes;
mod checker;
mod lift;
mod position;

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

pub use changes::parse_changes;
use checker::{strip_position, Checker, Paths, Plain, Reading};
use lift::{check_meta, lift_agreement, lift_meta, lift_milestone};

use crate::countries::Countries;
pub use crate::error::{DataError, Problem, Record, Records};
pub use crate::limits::{MAX_FILE_BYTES, MAX_RECORDS, MAX_STRING_CHARS};
use crate::model::raw::{RawAgreement, RawDataset, RawMilestone};
use crate::model::{Dataset, Milestone};

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

/// The id a record claims, read leniently so errors can name it even when the record is broken.
fn claimed_id(raw: &str) -> String {
    // Only a string id is named; any other value (or none) fails this
    // small read and names nothing, without a general JSON value type.
    #[derive(Deserialize)]
    struct Id {
        #[serde(default)]
        id: String,
    }
    match serde_json::from_str::<Id>(raw) {
        Ok(Id { id }) => id.chars().take(80).collect(),
        Err(_) => String::new(),
    }
}

/// Validates a dataset file. `file` names it in messages; `countries` is the
/// list of known country codes. Returns every error found, in file order,
/// a field of the wrong type named by its path.
pub fn parse_dataset(
    file: &str,
    text: &str,
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    parse_as::<Paths>(file, text, countries)
}

/// The same checks as [`parse_dataset`], a field of the wrong type located by
/// line and column but not named. Its code is smaller: the app reads a
/// dataset with it first and, only when there are errors, again with
/// [`parse_dataset`] (from a chunk loaded then) to name every field.
pub fn parse_dataset_quickly(
    file: &str,
    text: &str,
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    parse_as::<Plain>(file, text, countries)
}

fn parse_as<R: Reading>(
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
        (Records::Milestones, skeleton.milestones.len()),
        (Records::Agreements, skeleton.agreements.len()),
    ] {
        if count > MAX_RECORDS {
            return Err(file_error(Problem::TooManyRecords { what, count }));
        }
    }

    let mut errors = Vec::new();
    let meta = lift_meta::<R>(file, text, skeleton.meta.get(), &mut errors);

    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut milestones: Vec<Milestone> = Vec::with_capacity(skeleton.milestones.len());
    for (index, raw) in skeleton.milestones.iter().enumerate() {
        let raw = raw.get();
        let record = Record::Milestone {
            index,
            id: claimed_id(raw),
        };
        let mut c = Checker::new(file, text, record, raw, &mut errors);
        if let Some(m) = c.parse::<RawMilestone, R>() {
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
        let Some(a) = c.parse::<RawAgreement, R>() else {
            continue;
        };
        if let Some(a) = lift_agreement(&mut c, &a, countries, index, &mut seen) {
            agreements.push(a);
        }
    }

    finish(meta, milestones, agreements, errors)
}

/// The dataset, its milestones in date order, when nothing was wrong.
fn finish(
    meta: Option<crate::model::Meta>,
    mut milestones: Vec<Milestone>,
    agreements: Vec<crate::model::Agreement>,
    errors: Vec<DataError>,
) -> Result<Dataset, Vec<DataError>> {
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

/// Checks a dataset already read into the raw structs (a workbook's cells):
/// the same checks as [`parse_dataset`], without JSON, so its errors name a
/// record and a field but no line.
pub fn check_raw(
    file: &str,
    raw: &RawDataset,
    countries: &Countries,
) -> Result<Dataset, Vec<DataError>> {
    for (what, count) in [
        (Records::Milestones, raw.milestones.len()),
        (Records::Agreements, raw.agreements.len()),
    ] {
        if count > MAX_RECORDS {
            let p = Problem::TooManyRecords { what, count };
            return Err(vec![DataError::new(file, Record::File, "", p)]);
        }
    }
    let mut errors = Vec::new();
    let meta = check_meta(
        &mut Checker::new(file, "", Record::Meta, "", &mut errors),
        raw.meta.clone(),
    );
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut milestones = Vec::with_capacity(raw.milestones.len());
    for (index, m) in raw.milestones.iter().enumerate() {
        let id = m.id.chars().take(80).collect();
        let record = Record::Milestone { index, id };
        let mut c = Checker::new(file, "", record, "", &mut errors);
        if let Some(m) = lift_milestone(&mut c, m, countries, index, &mut seen) {
            milestones.push(m);
        }
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut agreements = Vec::with_capacity(raw.agreements.len());
    for (index, a) in raw.agreements.iter().enumerate() {
        let id = a.id.chars().take(80).collect();
        let record = Record::Agreement { index, id };
        let mut c = Checker::new(file, "", record, "", &mut errors);
        if let Some(a) = lift_agreement(&mut c, a, countries, index, &mut seen) {
            agreements.push(a);
        }
    }
    finish(meta, milestones, agreements, errors)
}

#[cfg(test)]
mod tests {
    use super::position::{key_offsets, line_col};
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
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/countries.json"
            )),
        )
        .unwrap()
    }

    #[test]
    fn a_contact_is_a_web_page_or_an_address() {
        const EXAMPLE: &str = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/examples/minimal.json"
        ));
        let ds = parse_dataset("minimal.json", EXAMPLE, &countries()).unwrap();
        assert_eq!(
            ds.meta.contact.as_deref(),
            Some("mailto:corrections@example.org")
        );
        let bad = EXAMPLE.replace("mailto:corrections@example.org", "javascript:alert(1)");
        let errors = parse_dataset("minimal.json", &bad, &countries()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            "minimal.json:23:5: meta, field \"contact\": \"javascript:alert(1)\" is refused as a contact: give a link (https://…) or an address (mailto:…)"
        );
    }

    const SMALL: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/valid-small.json"
    ));

    #[test]
    fn the_quick_reading_checks_the_same_and_only_the_full_one_names_a_mistyped_field() {
        let c = countries();
        // Valid data: the same dataset either way.
        assert_eq!(
            parse_dataset_quickly("small.json", SMALL, &c),
            parse_dataset("small.json", SMALL, &c)
        );
        let bundled = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dsr.json"
        ));
        assert_eq!(
            parse_dataset_quickly("dsr.json", bundled, &c),
            parse_dataset("dsr.json", bundled, &c)
        );
        // A number where a string belongs, and a semantic error elsewhere.
        let v: serde_json::Value = serde_json::from_str(SMALL).unwrap();
        let mut broken = v.clone();
        broken["milestones"][0]["title"]["en"] = serde_json::json!(42);
        broken["milestones"][1]["date"] = serde_json::json!("2019-13-40");
        let text = serde_json::to_string_pretty(&broken).unwrap();
        let quick = parse_dataset_quickly("b.json", &text, &c).unwrap_err();
        let full = parse_dataset("b.json", &text, &c).unwrap_err();
        assert_eq!(quick.len(), full.len(), "every error either way");
        for (q, f) in quick.iter().zip(&full) {
            assert_eq!((&q.record, q.position), (&f.record, f.position));
        }
        let typed = full
            .iter()
            .find(|e| matches!(e.problem, Problem::Json(_)))
            .unwrap();
        assert_eq!(typed.field, "title.en");
        let quick_typed = quick
            .iter()
            .find(|e| matches!(e.problem, Problem::Json(_)))
            .unwrap();
        assert_eq!(quick_typed.field, "", "the quick reading does not name it");
        // The semantic error names its field either way.
        assert!(quick.iter().any(|e| e.field == "date"), "{quick:?}");
    }

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
