//! What is new since a dataset version: the milestones the releases after it added, for the timeline's "new since your last visit" marks and filter (`new=`).

use crate::model::{ChangeKind, Changes};

/// The ids of the records added by the releases after `version` (newest
/// first, up to but not including `version`), sorted for `binary_search`;
/// `None` when no release has that version, so nothing can be said about
/// what is new since it.
pub fn added_since(changes: &Changes, version: &str) -> Option<Vec<String>> {
    let at = changes.releases.iter().position(|r| r.version == version)?;
    let mut ids: Vec<String> = changes
        .releases
        .iter()
        .take(at)
        .flat_map(|r| r.changes.iter())
        .filter(|c| c.kind == ChangeKind::Added)
        .map(|c| c.record.clone())
        .collect();
    ids.sort();
    ids.dedup();
    Some(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Release, Text};

    fn release(version: &str, added: &[&str]) -> Release {
        Release {
            version: version.to_owned(),
            date: crate::model::PartialDate::from_parts(2026, 1, 1).unwrap(),
            summary: Text {
                en: "x".into(),
                zh: "x".into(),
            },
            changes: added
                .iter()
                .map(|r| Change {
                    kind: ChangeKind::Added,
                    record: (*r).to_owned(),
                    reason: Text {
                        en: "x".into(),
                        zh: "x".into(),
                    },
                    fields: Vec::new(),
                })
                .chain(std::iter::once(Change {
                    kind: ChangeKind::Corrected,
                    record: "fixed".to_owned(),
                    reason: Text {
                        en: "x".into(),
                        zh: "x".into(),
                    },
                    fields: Vec::new(),
                }))
                .collect(),
        }
    }

    #[test]
    fn only_what_the_later_releases_added() {
        let changes = Changes {
            releases: vec![
                release("1.2.0", &["c"]),
                release("1.1.0", &["a", "b"]),
                release("1.0.0", &["old"]),
            ],
        };
        let set = |v: &str| added_since(&changes, v);
        assert_eq!(set("1.0.0"), Some(vec!["a".into(), "b".into(), "c".into()]));
        assert_eq!(set("1.1.0"), Some(vec!["c".into()]));
        assert_eq!(set("1.2.0"), Some(vec![]));
        assert_eq!(set("0.9"), None);
    }
}
