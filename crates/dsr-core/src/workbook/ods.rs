//! Reads an OpenDocument spreadsheet (.ods, what LibreOffice saves): each table's rows and cells from `content.xml`, repeated rows and columns expanded only where they hold values.

use roxmltree::Node;

use super::grid::{Book, Cell, Sheet};
use super::unzip::Archive;
use super::SheetProblem;

const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

const MAX_ROWS: usize = crate::limits::MAX_RECORDS + 2;
const MAX_COLUMNS: usize = 200;

fn is(node: &Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(ns) && node.tag_name().name() == name
}

fn repeated(node: &Node, name: &str) -> usize {
    node.attribute((TABLE, name))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The text of a paragraph: its text, spaces (`text:s`), tabs and line breaks, through spans and links.
fn paragraph(node: Node, out: &mut String) {
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or(""));
        } else if is(&child, TEXT, "s") {
            let n = child
                .attribute((TEXT, "c"))
                .and_then(|c| c.parse::<usize>().ok())
                .unwrap_or(1)
                .min(10_000);
            out.extend(std::iter::repeat_n(' ', n));
        } else if is(&child, TEXT, "tab") {
            out.push('\t');
        } else if is(&child, TEXT, "line-break") {
            out.push('\n');
        } else if child.is_element() && child.tag_name().name() != "annotation" {
            paragraph(child, out);
        }
    }
}

fn cell(node: Node) -> Cell {
    if let Some(f) = node.attribute((TABLE, "formula")) {
        return Cell::Formula(
            f.trim_start_matches("of:")
                .trim_start_matches('=')
                .to_owned(),
        );
    }
    let value = |name: &str| node.attribute((OFFICE, name)).unwrap_or("");
    match node.attribute((OFFICE, "value-type")) {
        Some("float" | "percentage" | "currency") => value("value")
            .parse::<f64>()
            .map(Cell::Number)
            .unwrap_or(Cell::Empty),
        Some("boolean") => Cell::Bool(value("boolean-value") == "true"),
        Some("date") => Cell::Date(value("date-value").to_owned()),
        Some("time") => Cell::Date(value("time-value").to_owned()),
        _ => {
            let mut text = String::new();
            for (i, p) in node.children().filter(|c| is(c, TEXT, "p")).enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                paragraph(p, &mut text);
            }
            Cell::text(text)
        }
    }
}

fn table(node: Node) -> Result<Sheet, SheetProblem> {
    let mut sheet = Sheet::new(node.attribute((TABLE, "name")).unwrap_or(""));
    // Rows may sit in row groups and header-row wrappers.
    let rows = node.descendants().filter(|n| is(n, TABLE, "table-row"));
    let mut pending_empty = 0usize;
    for row in rows {
        let times = repeated(&row, "number-rows-repeated");
        let mut cells = Vec::new();
        for c in row
            .children()
            .filter(|c| is(c, TABLE, "table-cell") || is(c, TABLE, "covered-table-cell"))
        {
            let n = repeated(&c, "number-columns-repeated");
            let value = cell(c);
            if value.is_empty() {
                // Empty columns repeated to the sheet's edge are not cells.
                if cells.len() + n <= MAX_COLUMNS {
                    cells.extend(std::iter::repeat_n(Cell::Empty, n));
                }
                continue;
            }
            if cells.len() + n > MAX_COLUMNS {
                break;
            }
            cells.extend(std::iter::repeat_n(value, n));
        }
        while cells.last().is_some_and(Cell::is_empty) {
            cells.pop();
        }
        if cells.is_empty() {
            pending_empty = pending_empty.saturating_add(times);
            continue;
        }
        let total = sheet.rows.len() + pending_empty + times;
        if total > MAX_ROWS {
            return Err(SheetProblem::TooManyRows);
        }
        sheet
            .rows
            .extend(std::iter::repeat_n(Vec::new(), pending_empty));
        pending_empty = 0;
        sheet.rows.extend(std::iter::repeat_n(cells, times));
    }
    Ok(sheet)
}

/// Reads an .ods file's tables.
pub fn read(bytes: &[u8]) -> Result<Book, SheetProblem> {
    let zip = Archive::open(bytes)?;
    let content = zip
        .read("content.xml")?
        .ok_or_else(|| SheetProblem::Damaged("content.xml is missing".into()))?;
    let xml = String::from_utf8(content)
        .map_err(|_| SheetProblem::Damaged("content.xml is not UTF-8".into()))?;
    let doc = roxmltree::Document::parse(&xml)
        .map_err(|e| SheetProblem::Damaged(format!("content.xml: {e}")))?;
    let mut book = Book::default();
    for t in doc.descendants().filter(|n| is(n, TABLE, "table")) {
        book.sheets.push(table(t)?);
    }
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(body: &str) -> String {
        format!(
            r#"<office:document-content xmlns:office="{OFFICE}" xmlns:table="{TABLE}" xmlns:text="{TEXT}"><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"#
        )
    }

    #[test]
    fn reads_values_repeats_and_text() {
        let xml = content(
            r#"<table:table table:name="milestones">
<table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="17"/><table:table-cell office:value-type="date" office:date-value="2019-04-18"/><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b</text:p><text:p>c</text:p></table:table-cell><table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"/></table:table-row>
<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>
</table:table>"#,
        );
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let t = table(doc.descendants().find(|n| is(n, TABLE, "table")).unwrap()).unwrap();
        assert_eq!(t.name, "milestones");
        assert_eq!(t.rows.len(), 4);
        assert_eq!(
            t.rows[0],
            vec![Cell::text("id"), Cell::text("x"), Cell::text("x")]
        );
        assert!(t.rows[1].is_empty() && t.rows[2].is_empty());
        assert_eq!(
            t.rows[3],
            vec![
                Cell::Number(17.0),
                Cell::Date("2019-04-18".into()),
                Cell::text("a  b\nc"),
                Cell::Formula("1+1".into())
            ]
        );
    }
}
