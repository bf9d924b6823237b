//! The workbook as an Office Open XML spreadsheet (.xlsx): written with the deck's ZIP writer, read with a small ZIP reader and roxmltree; header rows frozen, drop-down lists for the closed vocabularies, dates kept as text.

use std::collections::HashMap;

use super::columns::{Values, Vocab, LISTS, META, RECORD_SHEETS};
use super::grid::{number_text, Book, Cell, Sheet};
use super::unzip::Archive;
use super::SheetProblem;
use crate::deck::xlsx::column as letters;
use crate::deck::zip::{Zip, ZipError};

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Text as XML character data: `&`, `<`, `>`, `"` escaped, a carriage return
/// kept as a character reference (a parser would make it a line feed), and a
/// literal `_xHHHH_` protected from being read as OOXML's own escape.
fn escape(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '_' && is_ooxml_escape(rest) {
            out.push_str("_x005F_");
            rest = &rest[1..];
            continue;
        }
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// `_xHHHH_` at the start of `s`.
fn is_ooxml_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7
        && b.first() == Some(&b'_')
        && b.get(1) == Some(&b'x')
        && b.get(2..6)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
        && b.get(6) == Some(&b'_')
}

/// Undoes OOXML's `_xHHHH_` escapes.
fn unescape(s: &str) -> String {
    if !s.contains("_x") {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '_' && is_ooxml_escape(rest) {
            let decoded = rest
                .get(2..6)
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .and_then(char::from_u32);
            if let Some(d) = decoded {
                out.push(d);
                rest = &rest[7..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// How one sheet is laid out.
#[derive(Default)]
struct Layout {
    widths: Vec<u8>,
    /// Columns typed as text, so that a date typed there stays text.
    text: Vec<usize>,
    /// Drop-down lists: column and the defined name of its list.
    lists: Vec<(usize, &'static str)>,
    /// Columns of long text, wrapped in their width.
    wrap: Vec<usize>,
}

fn layout(sheet: &Sheet) -> Layout {
    if sheet.name == super::columns::README {
        return Layout {
            widths: vec![14, 18, 9, 40, 24, 60, 50],
            wrap: vec![3, 5, 6],
            ..Layout::default()
        };
    }
    let specs = RECORD_SHEETS.iter().chain([&META]);
    let Some(spec) = specs.into_iter().find(|s| s.name == sheet.name) else {
        return Layout {
            widths: vec![18; 10],
            ..Layout::default()
        };
    };
    let mut l = Layout::default();
    for (i, c) in spec.columns.iter().enumerate() {
        l.widths.push(match c.values {
            Values::Text
                if c.header.starts_with("summary")
                    || c.header.starts_with("note")
                    || c.header.starts_with("description")
                    || c.header == "value" =>
            {
                50
            }
            Values::Text | Values::Url => 30,
            Values::Id => 24,
            _ => 14,
        });
        if matches!(c.values, Values::Date | Values::Id | Values::Countries) {
            l.text.push(i);
        }
        if let Values::List(v) = c.values {
            l.lists.push((i, v.name()));
        }
    }
    l
}

fn worksheet(sheet: &Sheet, first: bool) -> String {
    let l = layout(sheet);
    let mut x = String::with_capacity(4096);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    x.push_str(&format!("<worksheet xmlns=\"{MAIN}\" xmlns:r=\"{REL}\">"));
    // Printed (or converted to PDF), a sheet is as wide as a landscape page.
    x.push_str("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    x.push_str(&format!(
        "<sheetViews><sheetView workbookViewId=\"0\"{}><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>",
        if first { " tabSelected=\"1\"" } else { "" }
    ));
    if !l.widths.is_empty() {
        x.push_str("<cols>");
        for (i, w) in l.widths.iter().enumerate() {
            let style = if l.text.contains(&i) {
                " style=\"2\""
            } else {
                ""
            };
            x.push_str(&format!(
                "<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"{style}/>",
                n = i + 1
            ));
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    for (r, row) in sheet.rows.iter().enumerate() {
        let rn = r + 1;
        x.push_str(&format!("<row r=\"{rn}\">"));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{rn}", letters(c));
            let style = if r == 0 {
                " s=\"1\""
            } else if l.text.contains(&c) {
                " s=\"2\""
            } else if l.wrap.contains(&c) {
                " s=\"3\""
            } else {
                ""
            };
            match cell {
                Cell::Empty => {}
                Cell::Number(n) => x.push_str(&format!(
                    "<c r=\"{at}\"{style}><v>{}</v></c>",
                    number_text(*n)
                )),
                Cell::Bool(b) => x.push_str(&format!(
                    "<c r=\"{at}\"{style} t=\"b\"><v>{}</v></c>",
                    u8::from(*b)
                )),
                Cell::Formula(f) => {
                    x.push_str(&format!("<c r=\"{at}\"{style}><f>"));
                    escape(&mut x, f);
                    x.push_str("</f></c>");
                }
                Cell::Text(s) | Cell::Date(s) | Cell::Error(s) => {
                    x.push_str(&format!(
                        "<c r=\"{at}\"{style} t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    ));
                    escape(&mut x, s);
                    x.push_str("</t></is></c>");
                }
            }
        }
        x.push_str("</row>");
    }
    x.push_str("</sheetData>");
    if !l.lists.is_empty() {
        x.push_str(&format!("<dataValidations count=\"{}\">", l.lists.len()));
        for (c, name) in &l.lists {
            let col = letters(*c);
            x.push_str(&format!(
                "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"{col}2:{col}100000\"><formula1>{name}</formula1></dataValidation>"
            ));
        }
        x.push_str("</dataValidations>");
    }
    x.push_str("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/><pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
    x.push_str("</worksheet>");
    x
}

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

/// The book as .xlsx bytes. Each closed vocabulary of the lists sheet gets a
/// defined name, which the drop-down lists refer to.
pub fn write(book: &Book) -> Result<Vec<u8>, ZipError> {
    let mut z = Zip::new();
    let n = book.sheets.len();
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    );
    for i in 1..=n {
        types.push_str(&format!("<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
    }
    types.push_str("</Types>");
    z.add("[Content_Types].xml", types.as_bytes())?;
    z.add(
        "_rels/.rels",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    )?;
    let mut wb = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (i, s) in book.sheets.iter().enumerate() {
        let id = i + 1;
        wb.push_str("<sheet name=\"");
        escape(&mut wb, &s.name);
        wb.push_str(&format!("\" sheetId=\"{id}\" r:id=\"rId{id}\"/>"));
        rels.push_str(&format!("<Relationship Id=\"rId{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{id}.xml\"/>"));
    }
    wb.push_str("</sheets>");
    if let Some(lists) = book.sheet(LISTS) {
        wb.push_str("<definedNames>");
        for (i, v) in Vocab::ALL.iter().enumerate() {
            let filled = lists
                .rows
                .iter()
                .skip(1)
                .take_while(|r| r.get(i).is_some_and(|c| !c.is_empty()))
                .count();
            let col = letters(i);
            wb.push_str(&format!(
                "<definedName name=\"{}\">{LISTS}!${col}$2:${col}${}</definedName>",
                v.name(),
                filled.max(1) + 1
            ));
        }
        wb.push_str("</definedNames>");
    }
    wb.push_str("</workbook>");
    rels.push_str(&format!("<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>", n + 1));
    z.add("xl/workbook.xml", wb.as_bytes())?;
    z.add("xl/_rels/workbook.xml.rels", rels.as_bytes())?;
    z.add("xl/styles.xml", STYLES.as_bytes())?;
    // The sheets are most of the file, and their text deflates about sixfold.
    for (i, s) in book.sheets.iter().enumerate() {
        let xml = worksheet(s, i == 0);
        let packed = miniz_oxide::deflate::compress_to_vec(xml.as_bytes(), 6);
        z.add_deflated(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            xml.as_bytes(),
            &packed,
        )?;
    }
    z.finish()
}

fn xml_error(part: &str, e: roxmltree::Error) -> SheetProblem {
    SheetProblem::Damaged(format!("{part}: {e}"))
}

fn main_ns(node: &roxmltree::Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

/// The text of a string item (`<si>` or `<is>`): its `<t>`, or its runs' `<t>`s, without phonetic runs.
fn string_item(node: roxmltree::Node) -> String {
    let mut out = String::new();
    for d in node.descendants().filter(|d| main_ns(d, "t")) {
        if d.ancestors().any(|a| main_ns(&a, "rPh")) {
            continue;
        }
        out.push_str(d.text().unwrap_or(""));
    }
    unescape(&out)
}

/// A cell reference's column and row (0-based): `B12` → (1, 11).
fn reference(r: &str) -> Option<(usize, usize)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    let mut col = 0usize;
    for b in letters.bytes() {
        if !b.is_ascii_uppercase() {
            return None;
        }
        col = col
            .checked_mul(26)?
            .checked_add(usize::from(b - b'A') + 1)?;
    }
    let row: usize = digits.parse().ok()?;
    Some((col.checked_sub(1)?, row.checked_sub(1)?))
}

/// The most rows and columns a sheet is read to: beyond, cells are refused.
const MAX_ROWS: usize = crate::limits::MAX_RECORDS + 2;
const MAX_COLUMNS: usize = 200;

fn worksheet_cells(
    xml: &str,
    part: &str,
    shared: &[String],
) -> Result<Vec<Vec<Cell>>, SheetProblem> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| xml_error(part, e))?;
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let Some(data) = doc.descendants().find(|n| main_ns(n, "sheetData")) else {
        return Ok(rows);
    };
    let mut next_row = 0usize;
    for row in data.children().filter(|n| main_ns(n, "row")) {
        let r = row
            .attribute("r")
            .and_then(|r| r.parse::<usize>().ok())
            .and_then(|r| r.checked_sub(1))
            .unwrap_or(next_row);
        next_row = r + 1;
        if row.children().all(|c| !main_ns(&c, "c")) {
            continue;
        }
        if r >= MAX_ROWS {
            return Err(SheetProblem::TooManyRows);
        }
        if rows.len() <= r {
            rows.resize(r + 1, Vec::new());
        }
        let mut next_col = 0usize;
        for c in row.children().filter(|n| main_ns(n, "c")) {
            let col = c
                .attribute("r")
                .and_then(reference)
                .map(|(c, _)| c)
                .unwrap_or(next_col);
            next_col = col + 1;
            if col >= MAX_COLUMNS {
                continue;
            }
            let v = c
                .children()
                .find(|n| main_ns(n, "v"))
                .and_then(|v| v.text())
                .unwrap_or("");
            let formula = c.children().find(|n| main_ns(n, "f"));
            let cell = if let Some(f) = formula {
                Cell::Formula(f.text().unwrap_or("").to_owned())
            } else {
                match c.attribute("t").unwrap_or("n") {
                    "s" => v
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| shared.get(i))
                        .map(|s| Cell::text(s.clone()))
                        .unwrap_or(Cell::Empty),
                    "inlineStr" => c
                        .children()
                        .find(|n| main_ns(n, "is"))
                        .map(|is| Cell::text(string_item(is)))
                        .unwrap_or(Cell::Empty),
                    "str" => Cell::text(unescape(v)),
                    "b" => Cell::Bool(v.trim() == "1"),
                    "e" => Cell::Error(v.to_owned()),
                    "d" => Cell::Date(v.to_owned()),
                    _ if v.trim().is_empty() => Cell::Empty,
                    _ => v
                        .trim()
                        .parse::<f64>()
                        .map(Cell::Number)
                        .unwrap_or_else(|_| Cell::text(v)),
                }
            };
            if let Some(cells) = rows.get_mut(r) {
                if cells.len() <= col {
                    cells.resize(col + 1, Cell::Empty);
                }
                if let Some(slot) = cells.get_mut(col) {
                    *slot = cell;
                }
            }
        }
    }
    Ok(rows)
}

/// Where a relationship's target is, from the `xl/` folder.
fn part_path(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(abs) => abs.to_owned(),
        None => format!("xl/{}", target.trim_start_matches("./")),
    }
}

/// Reads an .xlsx file's sheets.
pub fn read(bytes: &[u8]) -> Result<Book, SheetProblem> {
    let zip = Archive::open(bytes)?;
    let text = |name: &str| -> Result<String, SheetProblem> {
        let data = zip
            .read(name)?
            .ok_or_else(|| SheetProblem::Damaged(format!("{name} is missing")))?;
        String::from_utf8(data).map_err(|_| SheetProblem::Damaged(format!("{name} is not UTF-8")))
    };
    let workbook = text("xl/workbook.xml")?;
    let rels = text("xl/_rels/workbook.xml.rels")?;
    let rels_doc =
        roxmltree::Document::parse(&rels).map_err(|e| xml_error("workbook.xml.rels", e))?;
    let targets: HashMap<&str, &str> = rels_doc
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "Relationship")
        .filter_map(|n| Some((n.attribute("Id")?, n.attribute("Target")?)))
        .collect();
    let shared: Vec<String> = match zip.read("xl/sharedStrings.xml")? {
        None => Vec::new(),
        Some(data) => {
            let xml = String::from_utf8(data)
                .map_err(|_| SheetProblem::Damaged("sharedStrings.xml is not UTF-8".into()))?;
            let doc =
                roxmltree::Document::parse(&xml).map_err(|e| xml_error("sharedStrings.xml", e))?;
            doc.root_element()
                .children()
                .filter(|n| main_ns(n, "si"))
                .map(string_item)
                .collect()
        }
    };
    let doc = roxmltree::Document::parse(&workbook).map_err(|e| xml_error("workbook.xml", e))?;
    let mut book = Book::default();
    for s in doc.descendants().filter(|n| main_ns(n, "sheet")) {
        let name = s.attribute("name").unwrap_or("").to_owned();
        let id = s.attribute((REL, "id")).unwrap_or("");
        let Some(target) = targets.get(id) else {
            continue;
        };
        let path = part_path(target);
        let xml = text(&path)?;
        let mut sheet = Sheet::new(&name);
        sheet.rows = worksheet_cells(&xml, &path, &shared)?;
        sheet.trim();
        book.sheets.push(sheet);
    }
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_survive_the_trip() {
        for s in [
            "a & b <c> \"d\"",
            "line\r\nbreak",
            "_x0041_ stays",
            "tab\there",
        ] {
            let mut x = String::new();
            escape(&mut x, s);
            let xml = format!("<t>{x}</t>");
            let doc = roxmltree::Document::parse(&xml).unwrap();
            assert_eq!(unescape(doc.root_element().text().unwrap()), s);
        }
        assert_eq!(unescape("_x0041_B"), "AB");
    }

    #[test]
    fn references_are_read() {
        assert_eq!(reference("A1"), Some((0, 0)));
        assert_eq!(reference("AB12"), Some((27, 11)));
        assert_eq!(reference("12"), None);
        assert_eq!(reference("a1"), None);
    }
}
