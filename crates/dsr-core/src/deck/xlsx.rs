//! The workbook embedded in a native chart: its categories and series as a sheet, so that "Edit data" opens them.

use super::zip::{Zip, ZipError};
use crate::chart::Numbers;
use crate::xml::Xml;

/// The column letters of the sheet: A for the categories, then one per series.
pub fn column(i: usize) -> String {
    let mut n = i + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn cell_text(out: &mut String, r: &str, s: &str) {
    let mut x = Xml::fragment();
    x.open("c", [("r", r.into()), ("t", "inlineStr".into())])
        .open("is", [])
        .leaf("t", [("xml:space", "preserve".into())], s);
    out.push_str(&x.finish());
}

/// The sheet: a header row, then a row per category.
fn sheet(n: &Numbers) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">",
    );
    cell_text(&mut out, "A1", &n.category_head);
    for (i, s) in n.series.iter().enumerate() {
        cell_text(&mut out, &format!("{}1", column(i + 1)), &s.name);
    }
    out.push_str("</row>");
    for (row, cat) in n.categories.iter().enumerate() {
        let r = row + 2;
        out.push_str(&format!("<row r=\"{r}\">"));
        cell_text(&mut out, &format!("A{r}"), cat);
        for (i, s) in n.series.iter().enumerate() {
            if let Some(Some(v)) = s.values.get(row) {
                out.push_str(&format!("<c r=\"{}{r}\"><v>{v}</v></c>", column(i + 1)));
            }
        }
        out.push_str("</row>");
    }
    out.push_str("</sheetData></worksheet>");
    out
}

/// The workbook file (.xlsx) for a chart's numbers.
pub fn workbook(n: &Numbers) -> Result<Vec<u8>, ZipError> {
    let mut z = Zip::new();
    z.add(
        "[Content_Types].xml",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    )?;
    z.add(
        "_rels/.rels",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    )?;
    z.add(
        "xl/workbook.xml",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    )?;
    z.add(
        "xl/_rels/workbook.xml.rels",
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
    )?;
    z.add("xl/worksheets/sheet1.xml", sheet(n).as_bytes())?;
    z.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_does() {
        assert_eq!(column(0), "A");
        assert_eq!(column(25), "Z");
        assert_eq!(column(26), "AA");
        assert_eq!(column(27), "AB");
    }
}
