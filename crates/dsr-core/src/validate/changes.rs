//! The changes file (`changes.json`): each release and what it changed, checked against the dataset it describes.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::checker::{strip_position, Checker};
use crate::error::{DataError, Problem, Record};
use crate::limits::MAX_FILE_BYTES;
use crate::model::raw::RawRelease;
use crate::model::{Change, ChangeKind, Changes, Dataset, PartialDate, Precision, Release};

/// The top level of a changes file, with each release left unparsed.
#[derive(Deserialize)]
struct Skeleton<'a> {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    #[serde(borrow)]
    releases: Vec<&'a RawValue>,
}

/// The version a release claims, read leniently so errors can name it.
fn claimed_version(raw: &str) -> String {
    #[derive(Deserialize)]
    struct V {
        #[serde(default)]
        version: serde_json::Value,
    }
    match serde_json::from_str::<V>(raw) {
        Ok(V {
            version: serde_json::Value::String(s),
        }) => s.chars().take(40).collect(),
        _ => String::new(),
    }
}

/// Validates a changes file against the dataset it describes: releases
/// newest first, the first being the dataset's version, and every change of
/// that release naming a record the dataset has (or, when removed, no longer has).
pub fn parse_changes(file: &str, text: &str, ds: &Dataset) -> Result<Changes, Vec<DataError>> {
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
    let known: HashSet<&str> = ds
        .milestones
        .iter()
        .map(|m| m.id.as_str())
        .chain(ds.agreements.iter().map(|a| a.id.as_str()))
        .collect();
    let mut errors = Vec::new();
    let mut releases = Vec::with_capacity(skeleton.releases.len());
    let mut versions: HashSet<String> = HashSet::new();
    let mut previous: Option<PartialDate> = None;
    for (index, raw) in skeleton.releases.iter().enumerate() {
        let raw = raw.get();
        let version = claimed_version(raw);
        let record = Record::Release {
            index,
            version: version.clone(),
        };
        let mut c = Checker::new(file, text, record, raw, &mut errors);
        let Some(r) = c.parse::<RawRelease, super::checker::Paths>() else {
            continue;
        };
        c.required("version", &r.version);
        if !versions.insert(r.version.clone()) {
            c.error("version", Problem::DuplicateVersion(r.version.clone()));
        }
        if index == 0 && r.version != ds.meta.version {
            c.error(
                "version",
                Problem::NotCurrentRelease {
                    version: r.version.clone(),
                    current: ds.meta.version.clone(),
                },
            );
        }
        let date = c.date("date", &r.date);
        if let Some(d) = date {
            if d.precision() != Precision::Day {
                c.error("date", Problem::NotADay(r.date.clone()));
            }
            if let Some(p) = previous.filter(|p| d > *p) {
                c.error(
                    "date",
                    Problem::ReleaseOutOfOrder {
                        date: d.to_string(),
                        previous: p.to_string(),
                    },
                );
            }
            previous = Some(d);
        }
        let summary = c.text("summary", &r.summary);
        let mut changes = Vec::with_capacity(r.changes.len());
        for (i, ch) in r.changes.iter().enumerate() {
            let field = |f: &str| format!("changes[{i}].{f}");
            let kind = c.token::<ChangeKind>(&field("kind"), &ch.kind);
            if !crate::model::is_slug(&ch.record) {
                c.error(&field("record"), Problem::BadId(ch.record.clone()));
            } else if index == 0 {
                let removed = kind == Some(ChangeKind::Removed);
                if known.contains(ch.record.as_str()) == removed {
                    c.error(
                        &field("record"),
                        Problem::UnknownRecord {
                            id: ch.record.clone(),
                            removed,
                        },
                    );
                }
            }
            let reason = c.text(&field("reason"), &ch.reason);
            for (j, f) in ch.fields.iter().enumerate() {
                c.required(&field(&format!("fields[{j}].field")), &f.field);
            }
            if kind != Some(ChangeKind::Corrected) && !ch.fields.is_empty() {
                c.error(&field("fields"), Problem::FieldsNotACorrection);
            }
            if let (Some(kind), Some(reason)) = (kind, reason) {
                changes.push(Change {
                    kind,
                    record: ch.record.clone(),
                    reason,
                    fields: ch
                        .fields
                        .iter()
                        .map(|f| crate::model::FieldChange {
                            field: f.field.clone(),
                            before: f.before.clone(),
                            after: f.after.clone(),
                        })
                        .collect(),
                });
            }
        }
        if let (Some(date), Some(summary)) = (date, summary) {
            releases.push(Release {
                version: r.version.clone(),
                date,
                summary,
                changes,
            });
        }
    }
    if releases.is_empty() && errors.is_empty() {
        errors.push(DataError::new(
            file,
            Record::File,
            "releases",
            Problem::NotCurrentRelease {
                version: String::new(),
                current: ds.meta.version.clone(),
            },
        ));
    }
    if errors.is_empty() {
        Ok(Changes { releases })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::Countries;

    fn small() -> Dataset {
        let countries = Countries::parse(
            "countries.json",
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/countries.json"
            )),
        )
        .unwrap();
        crate::validate::parse_dataset(
            "small.json",
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../tests/fixtures/valid-small.json"
            )),
            &countries,
        )
        .unwrap()
    }

    fn release(version: &str, date: &str, changes: &str) -> String {
        format!(
            r#"{{"version":"{version}","date":"{date}","summary":{{"en":"S","zh":"摘要"}},"changes":[{changes}]}}"#
        )
    }

    fn change(kind: &str, record: &str) -> String {
        format!(r#"{{"kind":"{kind}","record":"{record}","reason":{{"en":"Why","zh":"原因"}}}}"#)
    }

    fn check(text: &str) -> Result<Changes, Vec<String>> {
        parse_changes("changes.json", text, &small())
            .map_err(|e| e.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn a_valid_list_of_changes_reads_back() {
        let text = format!(
            r#"{{"releases":[{},{}]}}"#,
            release(
                "0.1.0",
                "2024-01-01",
                &[change("added", "a"), change("re-sourced", "mou")].join(",")
            ),
            release("0.0.1", "2023-06-01", &change("removed", "gone"))
        );
        let c = check(&text).unwrap();
        assert_eq!(c.releases.len(), 2);
        let current = c.current().unwrap();
        assert_eq!(current.version, "0.1.0");
        assert_eq!(current.changes[1].kind, ChangeKind::ReSourced);
        assert_eq!(current.changes[1].record, "mou");
    }

    #[test]
    fn each_broken_change_is_named_with_its_release_and_field() {
        let cases: &[(String, &str)] = &[
            (
                format!(r#"{{"releases":[{}]}}"#, release("9.9.9", "2024-01-01", "")),
                "release 0 (version \"9.9.9\"), field \"version\": the first release is 9.9.9, but the dataset is version 0.1.0",
            ),
            (
                format!(r#"{{"releases":[{}]}}"#, release("0.1.0", "2024-01-01", &change("added", "nope"))),
                "release 0 (version \"0.1.0\"), field \"changes[0].record\": \"nope\" is not a milestone or an agreement of the dataset",
            ),
            (
                format!(r#"{{"releases":[{}]}}"#, release("0.1.0", "2024-01-01", &change("removed", "a"))),
                "\"a\" is marked removed but is still in the dataset",
            ),
            (
                format!(r#"{{"releases":[{}]}}"#, release("0.1.0", "2024-01-01", &change("fixed", "a"))),
                "field \"changes[0].kind\": \"fixed\" is not one of: added, corrected, re-sourced, removed",
            ),
            (
                format!(r#"{{"releases":[{},{}]}}"#, release("0.1.0", "2024-01-01", ""), release("0.0.9", "2025-01-01", "")),
                "dated 2025-01-01, after the release listed before it (2024-01-01)",
            ),
            (
                format!(r#"{{"releases":[{},{}]}}"#, release("0.1.0", "2024-01-01", ""), release("0.1.0", "2023-01-01", "")),
                "version \"0.1.0\" is listed twice",
            ),
            (
                format!(r#"{{"releases":[{}]}}"#, release("0.1.0", "2024-01", "")),
                "\"2024-01\" must be a full date",
            ),
        ];
        for (text, expected) in cases {
            let errors = check(text).expect_err(expected);
            assert!(
                errors
                    .iter()
                    .any(|e| e.contains(expected) && e.starts_with("changes.json:")),
                "expected {expected:?} in {errors:?}"
            );
        }
    }
}
