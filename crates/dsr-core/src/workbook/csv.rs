//! Reads a CSV of milestones (the Table view's download, or a sheet saved as CSV) into a book: its byte-order mark and `#` lines skipped, comma, semicolon or tab found from the header, the `sources` column split into the sources sheet, the meta sheet made from the `#` lines.

use super::columns::{META, META_FIELDS, MILESTONES, SOURCES};
use super::grid::{Book, Cell, Sheet, ShownAs};
use super::SheetProblem;

/// The download's columns derived from others, left out when it is read back.
const DERIVED: &[&str] = &[
    "countries_en",
    "countries_zh",
    "n_sources",
    "official_source",
    "independent_source",
];

/// Splits CSV text into records of fields (RFC 4180 quoting, any line ending).
fn records(text: &str, delimiter: char) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' {
            quoted = true;
        } else if c == delimiter {
            row.push(std::mem::take(&mut field));
        } else if c == '\r' || c == '\n' {
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
            }
            row.push(std::mem::take(&mut field));
            out.push(std::mem::take(&mut row));
        } else {
            field.push(c);
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        out.push(row);
    }
    out
}

/// The delimiter a header line uses: the most frequent of `,`, `;` and tab outside quotes.
fn delimiter(header: &str) -> char {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts.get(i).copied().unwrap_or(0), 3 - i))
        .unwrap_or(0);
    [',', ';', '\t'].get(best).copied().unwrap_or(',')
}

/// A cell as the download wrote it: a leading `'` that protected a formula-like value removed.
fn unprotect(s: String) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => s,
    }
}

/// One source in the download's words: `publisher [kind] — title (date) <link>`.
pub fn parse_source(s: &str) -> Option<[String; 5]> {
    let mut rest = s.trim();
    let mut url = String::new();
    if rest.ends_with('>') {
        if let Some(i) = rest.rfind(" <") {
            url = rest.get(i + 2..rest.len() - 1)?.to_owned();
            rest = rest.get(..i)?;
        }
    }
    let mut date = String::new();
    if rest.ends_with(')') {
        if let Some(i) = rest.rfind(" (") {
            date = rest.get(i + 2..rest.len() - 1)?.to_owned();
            rest = rest.get(..i)?;
        }
    }
    let (publisher, title) = rest.split_once(" — ")?;
    let (publisher, kind) = match publisher
        .strip_suffix(']')
        .and_then(|p| p.rsplit_once(" ["))
    {
        Some((p, k)) => (p, k),
        None => (publisher, ""),
    };
    Some([
        publisher.trim().to_owned(),
        kind.to_owned(),
        title.trim().to_owned(),
        date,
        url,
    ])
}

/// The download's first line: `# title — version V, updated U, data current through C`.
fn title_line(line: &str) -> Option<(String, String, String, String)> {
    let line = line.strip_prefix('#')?.trim();
    let (title, rest) = line.rsplit_once(" — version ")?;
    let (version, rest) = rest.split_once(", updated ")?;
    let (updated, through) = rest.split_once(", data current through ")?;
    Some((
        title.to_owned(),
        version.to_owned(),
        updated.to_owned(),
        through.trim().to_owned(),
    ))
}

/// Reads a CSV of milestones, named `file`. The problems of its `sources`
/// column are named at its own row.
pub fn read(file: &str, bytes: &[u8]) -> Result<Book, (Option<usize>, SheetProblem)> {
    let text = std::str::from_utf8(bytes).map_err(|_| (None, SheetProblem::NotUtf8))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The `#` lines before the header.
    let mut comments = Vec::new();
    let mut body = text;
    while body.starts_with('#') {
        let (line, rest) = body.split_once('\n').unwrap_or((body, ""));
        comments.push(line.trim_end_matches('\r'));
        body = rest;
    }
    let header_line = body.lines().next().unwrap_or("");
    let rows = records(body, delimiter(header_line));
    let Some((header, data)) = rows.split_first() else {
        return Err((None, SheetProblem::MissingSheet(MILESTONES.name.to_owned())));
    };
    let offset = comments.len();
    let keep: Vec<usize> = (0..header.len())
        .filter(|&i| {
            header
                .get(i)
                .is_some_and(|h| !DERIVED.contains(&h.trim()) && h.trim() != "sources")
        })
        .collect();
    let sources_at = header.iter().position(|h| h.trim() == "sources");

    let mut milestones = Sheet::new(MILESTONES.name);
    milestones.offset = offset;
    let pick = |row: &[String]| -> Vec<Cell> {
        keep.iter()
            .map(|&i| Cell::text(unprotect(row.get(i).cloned().unwrap_or_default())))
            .collect()
    };
    milestones.rows.push(pick(header));
    let mut sources = Sheet::new(SOURCES.name);
    sources.rows.push(
        SOURCES
            .columns
            .iter()
            .map(|c| Cell::text(c.header))
            .collect(),
    );
    let mut shown = ShownAs {
        sheet: MILESTONES.name.to_owned(),
        column: "sources".to_owned(),
        rows: vec![offset + 1],
    };
    let id_at = header.iter().position(|h| h.trim() == "id");
    let mut latest = String::new();
    let mut years = (u16::MAX, 0u16);
    let date_at = header.iter().position(|h| h.trim() == "date");
    for (r, row) in data.iter().enumerate() {
        if row.iter().all(|c| c.trim().is_empty()) {
            milestones.rows.push(Vec::new());
            continue;
        }
        let number = offset + r + 2;
        milestones.rows.push(pick(row));
        let id = id_at.and_then(|i| row.get(i)).cloned().unwrap_or_default();
        if let Some(d) = date_at.and_then(|i| row.get(i)).map(|d| d.trim()) {
            let valid = d.parse::<crate::model::PartialDate>().is_ok();
            if valid && d > latest.as_str() {
                latest = d.to_owned();
            }
            if let Some(y) = d
                .get(..4)
                .and_then(|y| y.parse::<u16>().ok())
                .filter(|_| valid)
            {
                years = (years.0.min(y), years.1.max(y));
            }
        }
        let Some(cell) = sources_at.and_then(|i| row.get(i)) else {
            continue;
        };
        for one in cell.split(" | ").filter(|s| !s.trim().is_empty()) {
            let Some([publisher, kind, title, date, url]) = parse_source(one) else {
                return Err((
                    Some(number),
                    SheetProblem::BadSource(one.chars().take(200).collect()),
                ));
            };
            sources.rows.push(vec![
                Cell::text(id.clone()),
                Cell::text("milestone"),
                Cell::Empty,
                Cell::text(title),
                Cell::text(publisher),
                Cell::text(kind),
                Cell::text(date),
                Cell::text(url),
                Cell::Empty,
            ]);
            shown.rows.push(number);
        }
    }
    sources.shown_as = Some(shown);

    let stem = file
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(file)
        .to_owned();
    let (title, version, updated, through) = comments
        .first()
        .and_then(|l| title_line(l))
        .unwrap_or_else(|| {
            let day = match latest.len() {
                4 => format!("{latest}-01-01"),
                7 => format!("{latest}-01"),
                _ => latest.clone(),
            };
            (stem.clone(), "1".to_owned(), day, latest.clone())
        });
    if years.0 > years.1 {
        years = (2000, 2000);
    }
    let values = [
        String::new(),
        title.clone(),
        title.clone(),
        version,
        updated,
        through,
        years.0.to_string(),
        years.1.to_string(),
        "not stated".to_owned(),
        String::new(),
        title.clone(),
        title,
    ];
    let mut meta = Sheet::new(META.name);
    meta.rows
        .push(vec![Cell::text("field"), Cell::text("value")]);
    for (f, v) in META_FIELDS.iter().zip(values) {
        meta.rows.push(vec![Cell::text(f.header), Cell::text(v)]);
    }
    Ok(Book {
        sheets: vec![milestones, sources, meta],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_quoted_fields_and_finds_the_delimiter() {
        assert_eq!(delimiter("id;date;\"a,b\""), ';');
        assert_eq!(delimiter("id,date"), ',');
        assert_eq!(delimiter("id\tdate"), '\t');
        assert_eq!(
            records("a,\"b \"\"q\"\"\nc\",d\r\ne,f", ','),
            vec![vec!["a", "b \"q\"\nc", "d"], vec!["e", "f"]]
        );
    }

    #[test]
    fn reads_a_source_as_the_download_writes_it() {
        assert_eq!(
            parse_source(
                "Xinhua [state-media] — Title — with a dash (2019-04-18) <https://x.cn/a>"
            ),
            Some([
                "Xinhua".into(),
                "state-media".into(),
                "Title — with a dash".into(),
                "2019-04-18".into(),
                "https://x.cn/a".into()
            ])
        );
        assert_eq!(
            parse_source("Ministry — Report (2020)"),
            Some([
                "Ministry".into(),
                "".into(),
                "Report".into(),
                "2020".into(),
                "".into()
            ])
        );
        assert_eq!(parse_source("just text"), None);
        assert_eq!(unprotect("'=1+1".into()), "=1+1");
        assert_eq!(unprotect("'quoted".into()), "'quoted");
    }
}
