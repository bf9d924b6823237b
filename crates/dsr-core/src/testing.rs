//! Test helpers for the whole crate: the bundled data, and readers of chart SVG (with roxmltree) that look at its structure, never its bytes.

use crate::countries::Countries;
use crate::model::Dataset;

/// The bundled dataset and country list, validated.
pub fn bundled() -> (Dataset, Countries) {
    let countries = Countries::parse(
        "countries.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/countries.json"
        )),
    )
    .unwrap();
    let ds = crate::validate::parse_dataset(
        "dsr.json",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/dsr.json"
        )),
        &countries,
    )
    .unwrap();
    (ds, countries)
}

/// Parses an SVG string as XML; panics, naming the problem, if it is not well-formed.
pub fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg)
        .unwrap_or_else(|e| panic!("the SVG is not well-formed XML: {e}"))
}

fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Every `<text>` element's content, unescaped, in drawing order.
pub fn texts(svg: &str) -> Vec<String> {
    text_ys(svg).into_iter().map(|(t, _)| t).collect()
}

/// Every `<text>` element's content with its `y`, in drawing order.
pub fn text_ys(svg: &str) -> Vec<(String, f64)> {
    parse(svg)
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let y = n
                .attribute("y")
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(f64::NAN);
            (text_of(n), y)
        })
        .collect()
}

/// The overlay's marks (the elements with `class="mark"`).
fn marks<'a>(doc: &'a roxmltree::Document<'a>) -> impl Iterator<Item = roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("mark"))
}

/// Every overlay mark's `<title>`, unescaped.
pub fn mark_titles(svg: &str) -> Vec<String> {
    let doc = parse(svg);
    marks(&doc)
        .filter_map(|m| m.children().find(|c| c.has_tag_name("title")))
        .map(text_of)
        .collect()
}

/// The values of a `data-<name>` attribute on the marks, in order.
pub fn mark_data(svg: &str, name: &str) -> Vec<String> {
    let doc = parse(svg);
    let attr = format!("data-{name}");
    marks(&doc)
        .filter_map(|m| m.attribute(attr.as_str()).map(str::to_owned))
        .collect()
}

/// The `viewBox` attribute of the root element.
pub fn view_box(svg: &str) -> Option<String> {
    parse(svg)
        .root_element()
        .attribute("viewBox")
        .map(str::to_owned)
}

/// Checks that the SVG is well-formed XML with an `<svg>` root.
pub fn assert_well_formed(svg: &str) {
    let doc = parse(svg);
    assert_eq!(doc.root_element().tag_name().name(), "svg");
}
