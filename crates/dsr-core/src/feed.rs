//! Atom feeds (RFC 4287), one per language: an entry per milestone (newest first) and per dataset release, written at build time into `dist/feed.xml` and `dist/feed.zh.xml`.
//!
//! Every link is relative (`./?event=<id>`), so that a feed read from
//! `https://host/any/path/feed.xml` points into the site beside it, wherever
//! it is hosted. Ids are `tag:` URIs that never change with the host. All
//! text is escaped, and characters XML 1.0 forbids are dropped
//! ([`crate::chart::escape_xml`]).

use std::fmt::Write as _;

use crate::chart::escape_xml;
use crate::i18n::{feed as text, Lang};
use crate::model::{Changes, Dataset, Milestone, PartialDate};
use crate::query::{Query, View};

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

fn milestone_entry(out: &mut String, m: &Milestone, ds: &Dataset, changes: &Changes, lang: Lang) {
    let e = |s: &str| escape_xml(s);
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
    let _ = write!(
        out,
        "<entry>\n<id>{TAG}:milestone:{id}</id>\n<title type=\"text\">{title}</title>\n<updated>{updated}</updated>\n<published>{updated}</published>\n<link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n<category term=\"{term}\" label=\"{label}\"/>\n<summary type=\"text\">{summary}</summary>\n<content type=\"text\">{content}</content>\n",
        id = e(&m.id),
        title = e(m.title.get(lang)),
        updated = timestamp(updated(&m.id, ds, changes)),
        link = link(
            Query {
                event: Some(m.id.clone()),
                ..Query::default()
            },
            lang
        ),
        term = m.category.as_str(),
        label = e(m.category.label(lang)),
        summary = e(m.summary.get(lang)),
        content = e(&content),
    );
    for s in &m.sources {
        if let Some(url) = &s.url {
            let _ = writeln!(
                out,
                "<link rel=\"related\" href=\"{}\" title=\"{}\"/>",
                e(url),
                e(&s.publisher_and_kind(lang))
            );
        }
    }
    out.push_str("</entry>\n");
}

/// A link into the site beside the feed, written by the URL-parameter table
/// (`./?event=…&lang=zh`), escaped for an attribute.
fn link(mut q: Query, lang: Lang) -> String {
    q.lang = (lang != Lang::En).then_some(lang);
    match q.to_query_string() {
        qs if qs.is_empty() => "./".to_owned(),
        qs => escape_xml(&format!("./?{qs}")),
    }
}

/// The feed for `lang`: well-formed Atom, newest first.
pub fn atom(ds: &Dataset, changes: &Changes, lang: Lang) -> String {
    let e = |s: &str| escape_xml(s);
    let name = crate::i18n::app::NAME.get(lang);
    let newest = changes
        .releases
        .first()
        .map_or(ds.meta.updated, |r| r.date)
        .max(ds.meta.updated);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{hl}\">\n<id>{TAG}:feed:{l}</id>\n<title type=\"text\">{title}</title>\n<subtitle type=\"text\">{sub}</subtitle>\n<updated>{updated}</updated>\n<author><name>{name}</name></author>\n<rights type=\"text\">{rights}</rights>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{file}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{alt}\"/>\n<generator>{name}</generator>\n",
        hl = lang.html_lang(),
        l = lang.as_str(),
        title = e(&text::title(lang, name)),
        sub = e(text::SUBTITLE.get(lang)),
        updated = timestamp(newest),
        name = e(name),
        rights = e(&ds.meta.licence.name),
        file = file_name(lang),
        alt = link(Query::default(), lang),
    );
    for r in &changes.releases {
        let lines: Vec<String> = r
            .changes
            .iter()
            .map(|c| {
                let record = ds.record_name(&c.record, lang);
                text::release_change(lang, c.kind.label(lang), &record, c.reason.get(lang))
            })
            .collect();
        let content = std::iter::once(r.summary.get(lang).to_owned())
            .chain(lines)
            .collect::<Vec<_>>()
            .join("\n\n");
        let _ = write!(
            out,
            "<entry>\n<id>{TAG}:release:{v}</id>\n<title type=\"text\">{title}</title>\n<updated>{d}</updated>\n<published>{d}</published>\n<link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n<category term=\"release\"/>\n<summary type=\"text\">{summary}</summary>\n<content type=\"text\">{content}</content>\n</entry>\n",
            v = e(&r.version),
            title = e(&text::release_title(lang, &r.version)),
            d = timestamp(r.date),
            link = link(
                Query {
                    view: Some(View::About),
                    ..Query::default()
                },
                lang
            ),
            summary = e(r.summary.get(lang)),
            content = e(&content),
        );
    }
    for m in ds.milestones.iter().rev() {
        milestone_entry(&mut out, m, ds, changes, lang);
    }
    out.push_str("</feed>\n");
    out
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
}
