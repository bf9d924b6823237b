//! Atom feeds (RFC 4287), one per language: an entry per milestone (newest first) and per dataset release, written at build time into `dist/feed.xml` and `dist/feed.zh.xml`.
//!
//! Every link is relative (`./?event=<id>`), so that a feed read from
//! `https://host/any/path/feed.xml` points into the site beside it, wherever
//! it is hosted. Ids are `tag:` URIs that never change with the host. It is
//! written with [`crate::xml::Xml`], which escapes every value and text and
//! drops the characters XML 1.0 forbids.

use crate::i18n::{feed as text, Lang};
use crate::model::{Changes, Dataset, Milestone, PartialDate};
use crate::query::{Query, View};
use crate::xml::Xml;

/// The authority and year of every id: they must not change.
const TAG: &str = "tag:dsr-tracker.org,2026";

/// The feed's file name in `dist/` for a language.
pub fn file_name(lang: Lang) -> String {
    match lang.as_str() {
        "en" => "feed.xml".to_owned(),
        other => format!("feed.{other}.xml"),
    }
}

/// A date as an RFC 3339 time (the first day of a month or year given alone).
fn timestamp(d: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        d.year(),
        d.month().unwrap_or(1),
        d.day().unwrap_or(1)
    )
}

/// When a record was added or last changed: the newest release that names
/// it, else the oldest release (it has been there since), else the dataset's date.
fn updated(id: &str, ds: &Dataset, changes: &Changes) -> PartialDate {
    changes
        .releases
        .iter()
        .find(|r| r.changes.iter().any(|c| c.record == id))
        .or_else(|| changes.releases.last())
        .map_or(ds.meta.updated, |r| r.date)
}

/// Opens an entry and writes what every entry has: its id, title, dates
/// (published when it was last updated) and link.
fn entry_head(x: &mut Xml, id: &str, title: &str, updated: &str, link: &str) {
    x.open("entry", []).newline();
    x.leaf("id", [], id).newline();
    x.leaf("title", [("type", "text".into())], title).newline();
    x.leaf("updated", [], updated).newline();
    x.leaf("published", [], updated).newline();
    x.empty(
        "link",
        [
            ("rel", "alternate".into()),
            ("type", "text/html".into()),
            ("href", link.into()),
        ],
    )
    .newline();
}

/// An entry's summary and its whole text, both plain text.
fn entry_text(x: &mut Xml, summary: &str, content: &str) {
    x.leaf("summary", [("type", "text".into())], summary)
        .newline();
    x.leaf("content", [("type", "text".into())], content)
        .newline();
}

fn milestone_entry(x: &mut Xml, m: &Milestone, ds: &Dataset, changes: &Changes, lang: Lang) {
    let sources: Vec<String> = m
        .sources
        .iter()
        .map(|s| s.publisher_and_kind(lang))
        .collect();
    let content = [
        m.summary.get(lang).to_owned(),
        text::when(lang, &m.date_label(lang)),
        text::confidence(lang, m.confidence.label(lang)),
        m.note
            .as_ref()
            .map(|n| n.get(lang).to_owned())
            .unwrap_or_default(),
        text::sources(lang, &lang.join(&sources)),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join("\n\n");
    let updated = timestamp(updated(&m.id, ds, changes));
    let link = link(
        Query {
            event: Some(m.id.clone()),
            ..Query::default()
        },
        lang,
    );
    entry_head(
        x,
        &format!("{TAG}:milestone:{}", m.id),
        m.title.get(lang),
        &updated,
        &link,
    );
    x.empty(
        "category",
        [
            ("term", m.category.as_str().into()),
            ("label", m.category.label(lang).into()),
        ],
    )
    .newline();
    entry_text(x, m.summary.get(lang), &content);
    for s in &m.sources {
        if let Some(url) = &s.url {
            let title = s.publisher_and_kind(lang);
            x.empty(
                "link",
                [
                    ("rel", "related".into()),
                    ("href", url.into()),
                    ("title", (&title).into()),
                ],
            )
            .newline();
        }
    }
    x.close().newline();
}

/// A link into the site beside the feed, written by the URL-parameter table
/// (`./?event=…&lang=zh`); the writer escapes it for the attribute.
fn link(mut q: Query, lang: Lang) -> String {
    q.lang = (lang != Lang::En).then_some(lang);
    match q.to_query_string() {
        qs if qs.is_empty() => "./".to_owned(),
        qs => format!("./?{qs}"),
    }
}

/// The feed for `lang`: well-formed Atom, newest first.
pub fn atom(ds: &Dataset, changes: &Changes, lang: Lang) -> String {
    let name = crate::i18n::app::NAME.get(lang);
    let newest = changes
        .releases
        .first()
        .map_or(ds.meta.updated, |r| r.date)
        .max(ds.meta.updated);
    let mut x = Xml::document();
    x.open(
        "feed",
        [
            ("xmlns", "http://www.w3.org/2005/Atom".into()),
            ("xml:lang", lang.html_lang().into()),
        ],
    )
    .newline();
    x.leaf("id", [], &format!("{TAG}:feed:{}", lang.as_str()))
        .newline();
    x.leaf("title", [("type", "text".into())], &text::title(lang, name))
        .newline();
    x.leaf(
        "subtitle",
        [("type", "text".into())],
        text::SUBTITLE.get(lang),
    )
    .newline();
    x.leaf("updated", [], &timestamp(newest)).newline();
    x.open("author", [])
        .leaf("name", [], name)
        .close()
        .newline();
    x.leaf("rights", [("type", "text".into())], &ds.meta.licence.name)
        .newline();
    let file = file_name(lang);
    x.empty(
        "link",
        [
            ("rel", "self".into()),
            ("type", "application/atom+xml".into()),
            ("href", (&file).into()),
        ],
    )
    .newline();
    let home = link(Query::default(), lang);
    x.empty(
        "link",
        [
            ("rel", "alternate".into()),
            ("type", "text/html".into()),
            ("href", (&home).into()),
        ],
    )
    .newline();
    x.leaf("generator", [], name).newline();
    let about = link(
        Query {
            view: Some(View::About),
            ..Query::default()
        },
        lang,
    );
    for r in &changes.releases {
        let lines: Vec<String> = r
            .changes
            .iter()
            .map(|c| {
                let record = ds.record_name(&c.record, lang);
                let mut line =
                    text::release_change(lang, c.kind.label(lang), &record, c.reason.get(lang));
                for f in &c.fields {
                    line.push_str("\n  ");
                    line.push_str(&f.label(lang));
                }
                line
            })
            .collect();
        let content = std::iter::once(r.summary.get(lang).to_owned())
            .chain(lines)
            .collect::<Vec<_>>()
            .join("\n\n");
        let d = timestamp(r.date);
        entry_head(
            &mut x,
            &format!("{TAG}:release:{}", r.version),
            &text::release_title(lang, &r.version),
            &d,
            &about,
        );
        x.empty("category", [("term", "release".into())]).newline();
        entry_text(&mut x, r.summary.get(lang), &content);
        x.close().newline();
    }
    for m in ds.milestones.iter().rev() {
        milestone_entry(&mut x, m, ds, changes, lang);
    }
    x.close().newline();
    x.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;
    use crate::validate::parse_changes;

    fn changes(ds: &Dataset) -> Changes {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/changes.json"
        ))
        .unwrap();
        parse_changes("changes.json", &text, ds).unwrap()
    }

    #[test]
    fn one_entry_per_milestone_and_release_with_stable_ids_and_relative_links() {
        let (ds, _) = bundled();
        let ch = changes(&ds);
        for &lang in Lang::ALL {
            let xml = atom(&ds, &ch, lang);
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let entries: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("entry"))
                .collect();
            assert_eq!(entries.len(), ds.milestones.len() + ch.releases.len());
            let ids: std::collections::HashSet<_> = entries
                .iter()
                .filter_map(|e| e.children().find(|c| c.has_tag_name("id")))
                .filter_map(|n| n.text())
                .collect();
            assert_eq!(ids.len(), entries.len(), "ids are unique");
            assert!(ids.contains("tag:dsr-tracker.org,2026:milestone:vision-and-actions"));
            for link in doc.descendants().filter(|n| n.has_tag_name("link")) {
                let href = link.attribute("href").unwrap();
                let rel = link.attribute("rel").unwrap();
                if rel != "related" {
                    assert!(!href.contains("://"), "{rel} {href} is not relative");
                }
            }
        }
        assert_eq!(file_name(Lang::Zh), "feed.zh.xml");
        assert_eq!(
            timestamp(PartialDate::from_parts(2019, 4, 7).unwrap()),
            "2019-04-07T00:00:00Z"
        );
    }

    #[test]
    fn a_release_entry_gives_each_corrected_field_before_and_after() {
        let (ds, _) = bundled();
        let mut ch = changes(&ds);
        let record = ds.milestones[0].id.clone();
        ch.releases[0].changes.push(crate::model::Change {
            kind: crate::model::ChangeKind::Corrected,
            record,
            reason: crate::model::Text {
                en: "Wording as the sources give it.".into(),
                zh: "按来源措辞。".into(),
            },
            fields: vec![crate::model::FieldChange {
                field: "summary.en".into(),
                before: "build or upgrade".into(),
                after: String::new(),
            }],
        });
        let en = atom(&ds, &ch, Lang::En);
        assert!(en.contains("summary.en: build or upgrade → (none)"), "{en}");
        let zh = atom(&ds, &ch, Lang::Zh);
        assert!(zh.contains("summary.en：build or upgrade → （无）"));
    }
}
