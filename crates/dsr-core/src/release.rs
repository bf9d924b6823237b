//! The release tool's core: what changed between two versions of a dataset, record by record and field by field, as the entries of `changes.json`.
//!
//! A record (a milestone or an agreement, by id) is `added` or `removed`;
//! one whose sources changed anywhere (its own, a step's, an observation's or
//! a member's) is `re-sourced`; one whose other fields changed is
//! `corrected`, with each changed field's path and its value before and after.
//! A record can be both. Reasons are left empty for the maintainer to write:
//! the validator refuses an empty one, so a release cannot ship without them.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::model::raw::{RawChange, RawChanges, RawDataset, RawFieldChange, RawRelease, RawText};
use crate::model::ChangeKind;

/// A record's fields flattened to paths (`title.en`, `steps[0].date`), its
/// sources apart.
#[derive(Default, PartialEq)]
struct Flat {
    fields: BTreeMap<String, String>,
    sources: Vec<Value>,
}

/// A value as a reader sees it: a string as is, a list of strings joined.
fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// Removes every key named `name`, at any depth.
fn drop_key(v: &mut Value, name: &str) {
    match v {
        Value::Object(map) => {
            map.remove(name);
            map.values_mut().for_each(|v| drop_key(v, name));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| drop_key(v, name)),
        _ => {}
    }
}

fn flatten(path: &str, v: &Value, out: &mut Flat) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if k == "sources" {
                    if v.as_array().is_none_or(|a| !a.is_empty()) {
                        out.sources.push(Value::String(p));
                        out.sources.push(v.clone());
                    }
                } else {
                    flatten(&p, v, out);
                }
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            // Items by what names them (a member by its country, an
            // observation by its date, a step by its status and date), so
            // that one added in the middle does not shift the rest.
            let mut seen: Vec<String> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let field = |k: &str| item.get(k).and_then(Value::as_str);
                let name = match (
                    field("country"),
                    field("as_of"),
                    field("status"),
                    field("date"),
                ) {
                    (Some(c), ..) => c.to_owned(),
                    (None, Some(d), ..) => d.to_owned(),
                    (None, None, Some(s), Some(d)) => format!("{s} {d}"),
                    _ => i.to_string(),
                };
                let n = seen.iter().filter(|s| **s == name).count();
                seen.push(name.clone());
                let name = if n == 0 {
                    name
                } else {
                    format!("{name} #{}", n + 1)
                };
                flatten(&format!("{path}[{name}]"), item, out);
            }
        }
        other => {
            out.fields.insert(path.to_owned(), as_text(other));
        }
    }
}

fn flat<T: serde::Serialize>(record: &T, ignore: &[String]) -> Flat {
    let mut out = Flat::default();
    if let Ok(mut v) = serde_json::to_value(record) {
        for name in ignore {
            drop_key(&mut v, name);
        }
        flatten("", &v, &mut out);
    }
    out
}

fn empty_reason() -> RawText {
    RawText::default()
}

fn change(kind: ChangeKind, record: &str, fields: Vec<RawFieldChange>) -> RawChange {
    RawChange {
        kind: kind.as_str().to_owned(),
        record: record.to_owned(),
        reason: empty_reason(),
        fields,
    }
}

/// The records of a dataset, milestones then agreements, flattened, each
/// with its kind and id (a milestone and an agreement may share an id).
fn records(ds: &RawDataset, ignore: &[String]) -> Vec<((bool, String), Flat)> {
    ds.milestones
        .iter()
        .map(|m| ((false, m.id.clone()), flat(m, ignore)))
        .chain(
            ds.agreements
                .iter()
                .map(|a| ((true, a.id.clone()), flat(a, ignore))),
        )
        .collect()
}

/// Every change from `old` to `new`, in the new file's order (removed
/// records last), each with an empty reason. Fields named in `ignore` are
/// left out of the comparison at any depth: a release that adds a field to
/// every record (`chinese_state` in 1.2) says so once, in its summary,
/// rather than once per record.
pub fn diff(old: &RawDataset, new: &RawDataset, ignore: &[String]) -> Vec<RawChange> {
    let before: HashMap<(bool, String), Flat> = records(old, ignore).into_iter().collect();
    let after = records(new, ignore);
    let mut out = Vec::new();
    for (key, now) in &after {
        let id = &key.1;
        let Some(was) = before.get(key) else {
            out.push(change(ChangeKind::Added, id, Vec::new()));
            continue;
        };
        let mut fields: Vec<RawFieldChange> = Vec::new();
        for (path, value) in &now.fields {
            if was.fields.get(path) != Some(value) {
                fields.push(RawFieldChange {
                    field: path.clone(),
                    before: was.fields.get(path).cloned().unwrap_or_default(),
                    after: value.clone(),
                });
            }
        }
        for (path, value) in &was.fields {
            if !now.fields.contains_key(path) {
                fields.push(RawFieldChange {
                    field: path.clone(),
                    before: value.clone(),
                    after: String::new(),
                });
            }
        }
        if !fields.is_empty() {
            out.push(change(ChangeKind::Corrected, id, fields));
        }
        if now.sources != was.sources {
            out.push(change(ChangeKind::ReSourced, id, Vec::new()));
        }
    }
    let keys: std::collections::HashSet<&(bool, String)> = after.iter().map(|(k, _)| k).collect();
    for (key, _) in records(old, ignore) {
        if !keys.contains(&key) {
            out.push(change(ChangeKind::Removed, &key.1, Vec::new()));
        }
    }
    out
}

/// The release of `new` against `old`: its version and date from `new`'s
/// `meta`, an empty summary, and every change.
pub fn release(old: &RawDataset, new: &RawDataset, ignore: &[String]) -> RawRelease {
    RawRelease {
        version: new.meta.version.clone(),
        date: new.meta.updated.clone(),
        summary: empty_reason(),
        changes: diff(old, new, ignore),
    }
}

/// `changes` with `release` first, replacing a release of the same version.
/// What a maintainer already wrote is kept: the summary, and the reason of
/// each change of the same kind and record.
pub fn merge(mut changes: RawChanges, mut release: RawRelease) -> RawChanges {
    if let Some(i) = changes
        .releases
        .iter()
        .position(|r| r.version == release.version)
    {
        let old = changes.releases.remove(i);
        if release.summary == RawText::default() {
            release.summary = old.summary;
        }
        for c in &mut release.changes {
            if let Some(o) = old
                .changes
                .iter()
                .find(|o| o.kind == c.kind && o.record == c.record)
            {
                c.reason = o.reason.clone();
            }
        }
    }
    changes.releases.insert(0, release);
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::raw::{RawMilestone, RawSource};

    fn milestone(id: &str, date: &str, publisher: &str) -> RawMilestone {
        RawMilestone {
            id: id.into(),
            date: date.into(),
            title: RawText {
                en: format!("{id} title"),
                zh: "标题".into(),
            },
            countries: vec!["CHN".into(), "KAZ".into()],
            sources: vec![RawSource {
                title: "A report".into(),
                publisher: publisher.into(),
                date: "2020".into(),
                ..RawSource::default()
            }],
            ..RawMilestone::default()
        }
    }

    fn ds(ms: Vec<RawMilestone>) -> RawDataset {
        RawDataset {
            milestones: ms,
            ..RawDataset::default()
        }
    }

    fn kinds(changes: &[RawChange]) -> Vec<(String, String)> {
        changes
            .iter()
            .map(|c| (c.kind.clone(), c.record.clone()))
            .collect()
    }

    #[test]
    fn added_removed_corrected_and_resourced_records_are_told_apart() {
        let old = ds(vec![
            milestone("a", "2019", "Xinhua"),
            milestone("b", "2020", "Xinhua"),
            milestone("c", "2021", "Xinhua"),
        ]);
        let mut b = milestone("b", "2020-05", "Xinhua");
        b.countries = vec!["CHN".into(), "KGZ".into()];
        let new = ds(vec![
            milestone("a", "2019", "Reuters"),
            b,
            milestone("d", "2022", "Xinhua"),
        ]);
        let changes = diff(&old, &new, &[]);
        assert_eq!(
            kinds(&changes),
            [
                ("re-sourced".into(), "a".into()),
                ("corrected".into(), "b".into()),
                ("added".into(), "d".into()),
                ("removed".into(), "c".into()),
            ]
        );
        let fields: Vec<(&str, &str, &str)> = changes[1]
            .fields
            .iter()
            .map(|f| (f.field.as_str(), f.before.as_str(), f.after.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("countries", "CHN, KAZ", "CHN, KGZ"),
                ("date", "2020", "2020-05")
            ]
        );
        assert!(changes.iter().all(|c| c.reason == RawText::default()));
    }

    #[test]
    fn a_field_added_or_removed_shows_an_empty_side() {
        let old = ds(vec![milestone("a", "2019", "Xinhua")]);
        let mut a = milestone("a", "2019", "Xinhua");
        a.end = Some("2020".into());
        let new = ds(vec![a]);
        let changes = diff(&old, &new, &[]);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].fields[0].field, "end");
        assert_eq!(changes[0].fields[0].before, "");
        assert_eq!(changes[0].fields[0].after, "2020");
        assert!(diff(&new, &new, &[]).is_empty(), "no change, no entry");
    }

    #[test]
    fn an_item_added_in_the_middle_of_a_list_is_named_not_shifted() {
        use crate::model::raw::{RawAgreement, RawMember};
        let member = |c: &str, d: &str| RawMember {
            country: c.into(),
            joined: d.into(),
            ..RawMember::default()
        };
        let agreement = |members: Vec<RawMember>| RawAgreement {
            id: "a".into(),
            members,
            ..RawAgreement::default()
        };
        let old = RawDataset {
            agreements: vec![agreement(vec![
                member("CHL", "2016"),
                member("ITA", "2019"),
            ])],
            // A milestone of the same id is another record.
            milestones: vec![milestone("a", "2019", "Xinhua")],
            ..RawDataset::default()
        };
        let mut new = old.clone();
        new.agreements[0]
            .members
            .insert(1, member("ARE", "2018-07-20"));
        let changes = diff(&old, &new, &[]);
        assert_eq!(kinds(&changes), [("corrected".into(), "a".into())]);
        let fields: Vec<&str> = changes[0].fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["members[ARE].country", "members[ARE].joined"]);
    }

    #[test]
    fn an_ignored_field_is_no_change() {
        let old = ds(vec![milestone("a", "2019", "Xinhua")]);
        let mut a = milestone("a", "2019", "Xinhua");
        a.sources[0].chinese_state = Some(true);
        let new = ds(vec![a]);
        assert_eq!(
            kinds(&diff(&old, &new, &[])),
            [("re-sourced".into(), "a".into())]
        );
        assert!(diff(&old, &new, &["chinese_state".into()]).is_empty());
    }

    #[test]
    fn merging_again_keeps_the_reasons_already_written() {
        let old = ds(vec![milestone("a", "2019", "Xinhua")]);
        let new = ds(vec![
            milestone("a", "2019", "Reuters"),
            milestone("b", "2020", "Xinhua"),
        ]);
        let mut first = release(&old, &new, &[]);
        first.changes[0].reason = RawText {
            en: "A second source.".into(),
            zh: "补充第二来源。".into(),
        };
        let changes = merge(RawChanges::default(), first);
        let again = merge(changes, release(&old, &new, &[]));
        assert_eq!(again.releases.len(), 1);
        assert_eq!(again.releases[0].changes[0].reason.en, "A second source.");
        assert_eq!(again.releases[0].changes[1].reason, RawText::default());
    }
}
