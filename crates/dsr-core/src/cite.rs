//! Citations of the dataset, a chart or a milestone: plain text, BibTeX, RIS and CSL-JSON, each with version, dates, link and access date.

use serde_json::json;

use crate::chart::ChartId;
use crate::i18n::{cite, Lang};
use crate::model::{token_enum, Dataset, Milestone, PartialDate};

/// What is cited.
#[derive(Clone, Copy, Debug)]
pub enum Work<'a> {
    Dataset,
    Chart(ChartId),
    Milestone(&'a Milestone),
}

token_enum! {
    /// A citation format.
    Format {
        Text = "text",
        Bibtex = "bibtex",
        Ris = "ris",
        CslJson = "csl-json",
    }
}

impl Format {
    /// The name a reader knows it by.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Format::Text => cite::PLAIN.get(lang),
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
            Format::CslJson => "CSL-JSON",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Bibtex => "bib",
            Format::Ris => "ris",
            Format::CslJson => "json",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Text => "text/plain;charset=utf-8",
            Format::Bibtex => "application/x-bibtex;charset=utf-8",
            Format::Ris => "application/x-research-info-systems;charset=utf-8",
            Format::CslJson => "application/vnd.citationstyles.csl+json;charset=utf-8",
        }
    }
}

/// A citation to write.
#[derive(Clone, Copy, Debug)]
pub struct Citation<'a> {
    pub ds: &'a Dataset,
    pub work: Work<'a>,
    /// The link to what is cited (the view, the chart, the milestone).
    pub link: &'a str,
    pub accessed: PartialDate,
    pub lang: Lang,
    /// The `asof=` date of the state cited, if past: named in the title and the key.
    pub asof: Option<PartialDate>,
}

/// The file name of a citation.
pub fn file_name(c: &Citation, format: Format) -> String {
    format!("{}.{}", key(c), format.extension())
}

/// A stable citation key: `dsr-tracker-1.1.0`, `…-chart-agreements`, `…-<milestone id>`.
fn key(c: &Citation) -> String {
    let base = format!("dsr-tracker-{}", c.ds.meta.version);
    let key = match c.work {
        Work::Dataset => base,
        Work::Chart(id) => format!("{base}-chart-{}", id.as_str()),
        Work::Milestone(m) => format!("{base}-{}", m.id),
    };
    match c.asof {
        Some(d) => format!("{key}-asof-{d}"),
        None => key,
    }
}

/// The part's own title, if a part is cited, and its kind in words.
fn part(c: &Citation) -> Option<(String, String)> {
    let lang = c.lang;
    let (title, kind) = match c.work {
        Work::Dataset => (
            None,
            c.asof
                .map(|_| cite::KIND_DATASET_STATE.get(lang).to_owned())?,
        ),
        Work::Chart(id) => (
            Some(id.title(lang).to_owned()),
            cite::KIND_CHART.get(lang).to_owned(),
        ),
        Work::Milestone(m) => (
            Some(m.title.get(lang).to_owned()),
            cite::kind_record(lang, &m.id),
        ),
    };
    let title = title.unwrap_or_else(|| c.ds.meta.title.get(lang).to_owned());
    Some(match c.asof {
        Some(d) => (cite::as_of(lang, &title, &d.last_day().human(lang)), kind),
        None => (title, kind),
    })
}

/// Escapes BibTeX's special characters in a field value.
fn bib(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(ch);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A URL for BibTeX's verbatim `url` field: as it is (escaping `&` there
/// would put a backslash into the link), without what would end the field.
fn verbatim(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '{' | '}' | '\\') && !c.is_whitespace())
        .collect()
}

/// One RIS line's value: on one line, without control characters.
fn ris(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The citation in `format`.
pub fn write(c: &Citation, format: Format) -> String {
    let lang = c.lang;
    let meta = &c.ds.meta;
    let publisher = cite::PUBLISHER.get(lang);
    let title = meta.title.get(lang);
    let year = meta.updated.year();
    let updated = meta.updated.to_string();
    let accessed = c.accessed.to_string();
    let licence = &meta.licence.name;
    let part = part(c);
    match format {
        Format::Text => ris(&match &part {
            None => cite::dataset(
                lang,
                publisher,
                year,
                title,
                &meta.version,
                &meta.updated.human(lang),
                c.link,
                &c.accessed.human(lang),
                licence,
            ),
            Some((name, kind)) => cite::part(
                lang,
                publisher,
                year,
                name,
                kind,
                title,
                &meta.version,
                &meta.updated.human(lang),
                c.link,
                &c.accessed.human(lang),
                licence,
            ),
        }),
        Format::Bibtex => {
            let (entry_title, container) = match &part {
                None => (title.to_owned(), None),
                Some((name, _)) => (name.clone(), Some(title)),
            };
            let mut fields = vec![
                ("author", format!("{{{}}}", bib(publisher))),
                ("title", format!("{{{}}}", bib(&entry_title))),
            ];
            if let Some(t) = container {
                fields.push(("booktitle", bib(t)));
            }
            fields.extend([
                ("year", year.to_string()),
                ("version", bib(&meta.version)),
                ("date", updated.clone()),
                ("url", verbatim(c.link)),
                ("urldate", accessed.clone()),
                ("howpublished", format!("\\url{{{}}}", verbatim(c.link))),
                (
                    "note",
                    bib(&format!(
                        "Version {}, updated {updated}; accessed {accessed}. Licence: {licence}",
                        meta.version
                    )),
                ),
                ("language", lang.as_str().to_owned()),
            ]);
            let body: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("  {k} = {{{v}}}"))
                .collect();
            format!("@misc{{{},\n{}\n}}\n", key(c), body.join(",\n"))
        }
        Format::Ris => {
            let ty = match c.work {
                Work::Dataset | Work::Milestone(_) => "DATA",
                Work::Chart(_) => "FIGURE",
            };
            let mut lines = vec![format!("TY  - {ty}"), format!("AU  - {}", ris(publisher))];
            match &part {
                None => lines.push(format!("TI  - {}", ris(title))),
                Some((name, _)) => {
                    lines.push(format!("TI  - {}", ris(name)));
                    lines.push(format!("T2  - {}", ris(title)));
                }
            }
            lines.extend([
                format!("PY  - {year}"),
                format!("DA  - {}", updated.replace('-', "/")),
                format!("ET  - {}", ris(&meta.version)),
                format!("UR  - {}", ris(c.link)),
                format!("Y2  - {}", accessed.replace('-', "/")),
                format!("PB  - {}", ris(publisher)),
                format!("LA  - {}", lang.as_str()),
                format!("N1  - {}", ris(&format!("Licence: {licence}"))),
                "ER  - ".to_owned(),
            ]);
            lines.join("\r\n") + "\r\n"
        }
        Format::CslJson => {
            let date = |d: &PartialDate| {
                let mut parts = vec![d.year()];
                parts.extend(d.month().map(u16::from));
                if d.month().is_some() {
                    parts.extend(d.day().map(u16::from));
                }
                json!({ "date-parts": [parts] })
            };
            let (entry_title, container) = match &part {
                None => (title.to_owned(), None),
                Some((name, _)) => (name.clone(), Some(title)),
            };
            let mut item = json!({
                "id": key(c),
                "type": match c.work {
                    Work::Dataset => "dataset",
                    Work::Chart(_) => "figure",
                    Work::Milestone(_) => "entry",
                },
                "title": entry_title,
                "author": [{ "literal": publisher }],
                "publisher": publisher,
                "version": meta.version,
                "issued": date(&meta.updated),
                "accessed": date(&c.accessed),
                "URL": c.link,
                "language": lang.html_lang(),
                "license": licence,
            });
            if let (Some(t), Some(map)) = (container, item.as_object_mut()) {
                map.insert("container-title".to_owned(), json!(t));
            }
            serde_json::to_string_pretty(&json!([item])).unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;

    #[test]
    fn every_format_carries_version_dates_and_link_and_escapes_its_specials() {
        let (ds, _) = bundled();
        let accessed = PartialDate::from_parts(2026, 12, 1).unwrap();
        let mut m = ds.milestones[0].clone();
        m.title.en = "50% of {data} & more_#1 \\ \u{1}".to_owned();
        for work in [
            Work::Dataset,
            Work::Chart(ChartId::Agreements),
            Work::Milestone(&m),
        ] {
            let c = Citation {
                ds: &ds,
                work,
                link: "https://example.org/dsr/?view=charts&chart=agreements",
                accessed,
                lang: Lang::En,
                asof: None,
            };
            for &f in Format::ALL {
                let text = write(&c, f);
                assert!(text.contains(&ds.meta.version), "{f:?}: {text}");
                // The link as it is, `&` unescaped, even in BibTeX's url field.
                assert!(
                    text.contains("https://example.org/dsr/?view=charts&chart=agreements"),
                    "{f:?}: {text}"
                );
                assert!(!text.contains('\u{1}'), "{f:?}");
            }
            if let Work::Milestone(_) = work {
                let b = write(&c, Format::Bibtex);
                assert!(
                    b.contains("50\\% of \\{data\\} \\& more\\_\\#1 \\textbackslash{}"),
                    "{b}"
                );
            }
        }
    }

    #[test]
    fn a_past_state_is_cited_with_its_date_in_every_format() {
        let (ds, _) = bundled();
        let accessed = PartialDate::from_parts(2026, 12, 1).unwrap();
        for work in [Work::Dataset, Work::Chart(ChartId::Agreements)] {
            for lang in [Lang::En, Lang::Zh] {
                let c = Citation {
                    ds: &ds,
                    work,
                    link: "https://example.org/dsr/?asof=2019",
                    accessed,
                    lang,
                    asof: Some("2019".parse().unwrap()),
                };
                let date = lang.select("31 Dec 2019", "2019年12月31日");
                for &f in Format::ALL {
                    let text = write(&c, f);
                    assert!(text.contains(date), "{f:?} {lang:?}: {text}");
                }
                assert!(file_name(&c, Format::Bibtex).contains("asof-2019"));
            }
        }
    }
}
