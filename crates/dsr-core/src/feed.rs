//! Atom feeds (RFC 4287), one per language: an entry per milestone (newest first) and per dataset release, written at build time into `dist/feed.xml` and `dist/feed.zh.xml`; and the same for one country or one category (`dist/feeds/country-KEN.xml`, `dist/feeds/category-forum.zh.xml`), for a desk that follows only that.
//!
//! Every link is relative (`./?event=<id>`), so that a feed read from
//! `https://host/any/path/feed.xml` points into the site beside it, wherever
//! it is hosted. Ids are `tag:` URIs that never change with the host. It is
//! written with [`crate::xml::Xml`], which escapes every value and text and
//! drops the characters XML 1.0 forbids.

use crate::countries::Countries;
use crate::i18n::{feed as text, Lang};
use crate::model::{Category, Changes, CountryCode, Dataset, Milestone, PartialDate};
use crate::query::{Query, View};
use crate::xml::Xml;

/// The authority and year of every id: they must not change.
const TAG: &str = "tag:dsr-tracker.org,2026";

/// The feed's file name in `dist/` for a language.
pub fn file_name(lang: Lang) -> String {
    Scope::All.file_name(lang)
}

/// What a feed follows: the whole record, one country, or one category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    Country(CountryCode),
    Category(Category),
}

impl Scope {
    /// Its file, relative to `dist/`: `feed.xml`, `feeds/country-KEN.zh.xml`.
    pub fn file_name(self, lang: Lang) -> String {
        let ext = match lang.as_str() {
            "en" => "xml".to_owned(),
            other => format!("{other}.xml"),
        };
        match self {
            Scope::All => format!("feed.{ext}"),
            Scope::Country(c) => format!("feeds/country-{c}.{ext}"),
            Scope::Category(c) => format!("feeds/category-{}.{ext}", c.as_str()),
        }
    }

    /// Whether a milestone belongs in it.
    pub fn keeps(self, m: &Milestone) -> bool {
        match self {
            Scope::All => true,
            Scope::Country(c) => m.countries.contains(&c),
            Scope::Category(c) => m.category == c,
        }
    }

    /// The way from the feed's folder back to the site's page.
    fn base(self) -> &'static str {
        match self {
            Scope::All => "./",
            _ => "../",
        }
    }

    /// The part of its id that tells it from the other feeds.
    fn id(self, lang: Lang) -> String {
        match self {
            Scope::All => format!("feed:{}", lang.as_str()),
            Scope::Country(c) => format!("feed:country:{c}:{}", lang.as_str()),
            Scope::Category(c) => format!("feed:category:{}:{}", c.as_str(), lang.as_str()),
        }
    }

    /// The page's address that shows what it follows.
    fn page(self) -> Query {
        let mut q = Query::default();
        match self {
            Scope::All => {}
            Scope::Country(c) => q.filters.countries = vec![c],
            Scope::Category(c) => q.filters.cats = vec![c],
        }
        q
    }

    /// What it follows, for a reader; `None` for the whole record.
    fn name(self, countries: &Countries, lang: Lang) -> Option<String> {
        match self {
            Scope::All => None,
            Scope::Country(c) => Some(countries.name(c, lang)),
            Scope::Category(c) => Some(c.label(lang).to_owned()),
        }
    }
}

/// Every scope with a milestone: each country named by one, each category
/// used, besides the whole record.
pub fn scopes(ds: &Dataset) -> Vec<Scope> {
    let mut codes: Vec<CountryCode> = ds
        .milestones
        .iter()
        .flat_map(|m| m.countries.iter().copied())
        .collect();
    codes.sort();
    codes.dedup();
    let cats = Category::ALL
        .iter()
        .copied()
        .filter(|c| ds.milestones.iter().any(|m| m.category == *c));
    std::iter::once(Scope::All)
        .chain(codes.into_iter().map(Scope::Country))
        .chain(cats.map(Scope::Category))
        .collect()
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

fn milestone_entry(
    x: &mut Xml,
    m: &Milestone,
    ds: &Dataset,
    changes: &Changes,
    lang: Lang,
    base: &str,
) {
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
        base,
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

/// A link into the site, from the feed's folder (`base`), written by the
/// URL-parameter table (`./?event=…&lang=zh`); the writer escapes it for the attribute.
fn link(mut q: Query, lang: Lang, base: &str) -> String {
    q.lang = (lang != Lang::En).then_some(lang);
    match q.to_query_string() {
        qs if qs.is_empty() => base.to_owned(),
        qs => format!("{base}?{qs}"),
    }
}

/// The feed of the whole record for `lang`: well-formed Atom, newest first.
pub fn atom(ds: &Dataset, changes: &Changes, lang: Lang) -> String {
    atom_of(ds, &Countries::default(), changes, lang, Scope::All)
}

/// The feed of `scope` for `lang`: its milestones, newest first, and the
/// releases that changed one of them, with those changes only.
pub fn atom_of(
    ds: &Dataset,
    countries: &Countries,
    changes: &Changes,
    lang: Lang,
    scope: Scope,
) -> String {
    let name = crate::i18n::app::NAME.get(lang);
    let base = scope.base();
    let kept: std::collections::HashSet<&str> = ds
        .milestones
        .iter()
        .filter(|m| scope.keeps(m))
        .map(|m| m.id.as_str())
        .collect();
    let in_scope = |record: &str| scope == Scope::All || kept.contains(record);
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
    x.leaf("id", [], &format!("{TAG}:{}", scope.id(lang)))
        .newline();
    let (title, subtitle) = match scope.name(countries, lang) {
        None => (text::title(lang, name), text::SUBTITLE.get(lang).to_owned()),
        Some(what) => (
            text::scoped_title(lang, name, &what),
            text::scoped_subtitle(lang, &what),
        ),
    };
    x.leaf("title", [("type", "text".into())], &title).newline();
    x.leaf("subtitle", [("type", "text".into())], &subtitle)
        .newline();
    x.leaf("updated", [], &timestamp(newest)).newline();
    x.open("author", [])
        .leaf("name", [], name)
        .close()
        .newline();
    x.leaf("rights", [("type", "text".into())], &ds.meta.licence.name)
        .newline();
    let file = scope.file_name(lang);
    let file = file.rsplit('/').next().unwrap_or(&file).to_owned();
    x.empty(
        "link",
        [
            ("rel", "self".into()),
            ("type", "application/atom+xml".into()),
            ("href", (&file).into()),
        ],
    )
    .newline();
    let home = link(scope.page(), lang, base);
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
        base,
    );
    for r in &changes.releases {
        let ours: Vec<_> = r.changes.iter().filter(|c| in_scope(&c.record)).collect();
        if scope != Scope::All && ours.is_empty() {
            continue;
        }
        let lines: Vec<String> = ours
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
    for m in ds.milestones.iter().rev().filter(|m| scope.keeps(m)) {
        milestone_entry(&mut x, m, ds, changes, lang, base);
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

    #[test]
    fn a_country_or_category_feed_holds_its_milestones_with_links_back_to_the_site() {
        let (ds, countries) = bundled();
        let ch = changes(&ds);
        let scopes = scopes(&ds);
        let kenya = Scope::Country(CountryCode::parse("KEN").unwrap());
        assert!(scopes.contains(&kenya) && scopes.contains(&Scope::Category(Category::Talent)));
        assert_eq!(kenya.file_name(Lang::Zh), "feeds/country-KEN.zh.xml");
        assert_eq!(
            Scope::Category(Category::Forum).file_name(Lang::En),
            "feeds/category-forum.xml"
        );
        for scope in [kenya, Scope::Category(Category::Talent)] {
            let xml = atom_of(&ds, &countries, &ch, Lang::En, scope);
            let doc = roxmltree::Document::parse(&xml).unwrap();
            let want: std::collections::HashSet<String> = ds
                .milestones
                .iter()
                .filter(|m| scope.keeps(m))
                .map(|m| format!("{TAG}:milestone:{}", m.id))
                .collect();
            assert!(!want.is_empty());
            let got: std::collections::HashSet<String> = doc
                .descendants()
                .filter(|n| n.has_tag_name("id"))
                .filter_map(|n| n.text())
                .filter(|t| t.contains(":milestone:"))
                .map(str::to_owned)
                .collect();
            assert_eq!(got, want, "{scope:?}");
            for l in doc.descendants().filter(|n| n.has_tag_name("link")) {
                let href = l.attribute("href").unwrap();
                match l.attribute("rel").unwrap() {
                    "alternate" => assert!(href.starts_with("../"), "{href}"),
                    "self" => assert!(!href.contains('/'), "{href}"),
                    _ => {}
                }
            }
        }
        let xml = atom_of(&ds, &countries, &ch, Lang::En, kenya);
        assert!(xml.contains("DSR Tracker: Kenya, new and changed milestones"));
        assert!(xml.contains("href=\"../?country=KEN\""), "the feed's page");
    }
}
