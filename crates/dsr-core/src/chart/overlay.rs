//! The overlay of interactive marks: a shape per value with its `<title>`, keyboard focus and `data-*` attributes.

use std::fmt::Write as _;

use super::text::{escape_xml, FONT_STACK};
use crate::countries::Region;
use crate::filter::Filters;
use crate::model::CountryCode;

/// One interactive mark of the overlay.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub shape: MarkShape,
    /// Tooltip and accessible name: exact value, date and source.
    pub title: String,
    /// What choosing the mark does, if anything.
    pub action: Option<Action>,
}

/// What choosing a mark does to the filters. Written into the SVG as
/// `data-*` attributes and read back by [`Action::read`], so that the seam
/// between the chart and the page stays typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show one year (`data-year`).
    Year(u16),
    /// Show one year, or every year again if it is the only one shown (the year strip; `data-year`, `data-toggle`).
    ToggleYear(u16),
    /// Show a range of years (`data-from`, `data-to`).
    Years { from: u16, to: u16 },
    /// Show the milestones with a partner in a region (`data-region`).
    Region(Region),
    /// Show one country's milestones (`data-country`).
    Country(CountryCode),
    /// Select a milestone, by its index in the dataset (`data-milestone`):
    /// the page opens it, so it does not change the filters.
    Milestone(u32),
}

impl Action {
    /// The `data-*` attributes that carry the action.
    pub fn attributes(self) -> Vec<(&'static str, String)> {
        match self {
            Action::Year(y) => vec![("year", y.to_string())],
            Action::ToggleYear(y) => vec![("year", y.to_string()), ("toggle", "year".to_owned())],
            Action::Years { from, to } => vec![("from", from.to_string()), ("to", to.to_string())],
            Action::Region(r) => vec![("region", r.as_str().to_owned())],
            Action::Country(c) => vec![("country", c.as_str().to_owned())],
            Action::Milestone(i) => vec![("milestone", i.to_string())],
        }
    }

    /// The action whose attributes `attr` finds (by name, without `data-`), if any.
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> Option<Action> {
        let year = |name: &str| attr(name).and_then(|y| y.parse::<u16>().ok());
        if let Some(y) = year("year") {
            return Some(if attr("toggle").is_some() {
                Action::ToggleYear(y)
            } else {
                Action::Year(y)
            });
        }
        if let (Some(from), Some(to)) = (year("from"), year("to")) {
            return Some(Action::Years { from, to });
        }
        if let Some(i) = attr("milestone").and_then(|i| i.parse::<u32>().ok()) {
            return Some(Action::Milestone(i));
        }
        if let Some(r) = attr("region").and_then(|r| r.parse::<Region>().ok()) {
            return Some(Action::Region(r));
        }
        attr("country")
            .and_then(|c| CountryCode::parse(&c))
            .map(Action::Country)
    }

    /// Applies the action to the filters.
    pub fn apply(self, filters: &mut Filters) {
        match self {
            Action::Year(y) => {
                filters.from = Some(y);
                filters.to = Some(y);
            }
            Action::ToggleYear(y) => filters.toggle_year(y),
            Action::Years { from, to } => {
                filters.from = Some(from);
                filters.to = Some(to);
            }
            Action::Region(r) => filters.region = Some(r),
            Action::Country(c) => filters.countries = vec![c],
            Action::Milestone(_) => {}
        }
    }
}

/// The hit area of a mark, in viewBox pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum MarkShape {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
    },
    /// Closed rings, as a country's outline.
    Path(Vec<Vec<(f64, f64)>>),
}

/// A chart as plotters drew it, with its words and its interactive marks:
/// written out either for the page ([`Drawing::screen`]) or as a document
/// that leaves the browser ([`Drawing::document`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub(crate) id: &'static str,
    /// plotters' SVG, text already placed on absolute baselines.
    pub(crate) svg: String,
    /// The accessible name.
    pub(crate) title: String,
    /// The longer `<desc>`.
    pub(crate) description: String,
    pub(crate) marks: Vec<Mark>,
}

impl Drawing {
    pub(crate) fn new(
        id: &'static str,
        svg: &str,
        title: &str,
        description: &str,
        marks: Vec<Mark>,
    ) -> Self {
        Self {
            id,
            svg: absolute_baselines(svg),
            title: title.to_owned(),
            description: description.to_owned(),
            marks,
        }
    }

    /// The longer description (filters, what is drawn, the source): alt text for a slide.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The interactive marks, for tests and for the page.
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// For the page: the accessible name and description after the `<svg>`
    /// tag, a class for styling, and the overlay of marks before `</svg>`.
    pub fn screen(&self) -> String {
        let Some((open, body)) = split_svg(&self.svg) else {
            return self.svg.clone();
        };
        let id = escape_xml(self.id);
        let mut out = String::with_capacity(self.svg.len() + self.marks.len() * 200 + 400);
        let _ = write!(
            out,
            "{open} class=\"chart-svg\" data-chart=\"{id}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"{font}\">",
            font = escape_xml(FONT_STACK)
        );
        let _ = write!(
            out,
            "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
            escape_xml(&self.title),
            escape_xml(&self.description),
        );
        out.push_str(body);
        write_marks(&mut out, &self.marks);
        out.push_str("</svg>");
        out
    }

    /// A document that leaves the browser (a downloaded SVG, the picture in a
    /// PNG or a slide): the same picture without the overlay, so that every
    /// visible thing has an explicit SVG 1.1 fill, stroke and position, and
    /// LibreOffice, PowerPoint and Inkscape draw what the browser draws.
    pub fn document(&self) -> String {
        let Some((open, body)) = split_svg(&self.svg) else {
            return self.svg.clone();
        };
        let mut out = String::with_capacity(self.svg.len() + 400);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = write!(
            out,
            "{open} version=\"1.1\" role=\"img\" font-family=\"{font}\">",
            font = escape_xml(FONT_STACK)
        );
        let _ = write!(
            out,
            "<title>{}</title><desc>{}</desc>",
            escape_xml(&self.title),
            escape_xml(&self.description),
        );
        out.push_str(body);
        out.push_str("</svg>");
        out
    }
}

/// The `<svg …` opening (without its `>`) and the body before `</svg>`.
fn split_svg(svg: &str) -> Option<(&str, &str)> {
    let open_end = svg.find('>')?;
    let open = svg.get(..open_end)?;
    let rest = svg.get(open_end + 1..)?;
    let body = rest.trim_end().strip_suffix("</svg>").unwrap_or(rest);
    Some((open, body))
}

/// plotters gives every text a `dy` offset in font units (`-0.5ex` for the
/// bottom-anchored text that [`super::Canvas::text`] draws at its baseline),
/// and readers resolve `ex` differently (LibreOffice and PowerPoint not as
/// browsers do). Canvas::text already places the baseline itself, so the
/// offset is dropped: every text sits on an absolute baseline. (A string
/// edit, with no number parsing: float parsing would cost the main module
/// ~15 KB gz.)
pub(crate) fn absolute_baselines(svg: &str) -> String {
    svg.replace(BASELINE_DY, "")
}

/// The offset plotters writes for bottom-anchored text.
pub(crate) const BASELINE_DY: &str = " dy=\"-0.5ex\"";

/// The overlay: a shape per mark, with its `<title>`, keyboard focus and `data-*` attributes.
fn write_marks(out: &mut String, marks: &[Mark]) {
    out.push_str("<g class=\"marks\">");
    for (key, m) in marks.iter().enumerate() {
        // `data-key` tells marks apart, so that focus can come back to the same one.
        let _ = write!(out, "<g class=\"mark\" tabindex=\"0\" data-key=\"{key}\"");
        let clickable = m.action.is_some();
        out.push_str(if clickable {
            " role=\"button\""
        } else {
            " role=\"img\""
        });
        let _ = write!(out, " aria-label=\"{}\"", escape_xml(&m.title));
        for (k, v) in m.action.map(Action::attributes).unwrap_or_default() {
            let _ = write!(out, " data-{}=\"{}\"", k, escape_xml(&v));
        }
        let _ = write!(out, "><title>{}</title>", escape_xml(&m.title));
        // Invisible but hit-testable: a paint with zero opacity (SVG 1.1), not `transparent`.
        const HIDDEN: &str = "fill=\"#000\" fill-opacity=\"0\"";
        match &m.shape {
            &MarkShape::Rect { x, y, w, h } => {
                let _ = write!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" {HIDDEN}/>",
                    w.max(1.0),
                    h.max(1.0)
                );
            }
            &MarkShape::Circle { cx, cy, r } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" {HIDDEN}/>"
                );
            }
            MarkShape::Path(rings) => {
                out.push_str("<path d=\"");
                for ring in rings {
                    for (i, (x, y)) in ring.iter().enumerate() {
                        let _ = write!(out, "{}{x:.0} {y:.0}", if i == 0 { "M" } else { "L" });
                    }
                    out.push('Z');
                }
                let _ = write!(out, "\" {HIDDEN}/>");
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Drawing {
        let svg = "<svg width=\"100\" height=\"50\" viewBox=\"0 0 100 50\" xmlns=\"http://www.w3.org/2000/svg\">\
                   <text x=\"4\" y=\"20\" dy=\"-0.5ex\" text-anchor=\"start\" font-family=\"sans-serif\" font-size=\"12.5\" fill=\"#000000\">Hi</text></svg>";
        let mark = Mark {
            shape: MarkShape::Rect {
                x: 1.0,
                y: 2.0,
                w: 3.0,
                h: 4.0,
            },
            title: "2015: 3".to_owned(),
            action: Some(Action::Year(2015)),
        };
        Drawing::new("demo", svg, "Title & more", "Desc", vec![mark])
    }

    #[test]
    fn text_gets_an_absolute_baseline_in_both_writings() {
        for svg in [sample().screen(), sample().document()] {
            assert!(!svg.contains("dy="), "{svg}");
            assert!(svg.contains(" y=\"20\" text-anchor"), "{svg}");
        }
    }

    #[test]
    fn the_page_gets_the_overlay_and_a_document_does_not() {
        let screen = sample().screen();
        assert!(screen.contains("class=\"marks\"") && screen.contains("data-year=\"2015\""));
        assert!(!screen.contains("transparent"), "{screen}");
        let doc = sample().document();
        assert!(doc.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        for gone in ["marks", "tabindex", "data-", "transparent", "class="] {
            assert!(!doc.contains(gone), "{gone} in {doc}");
        }
        assert!(doc.contains("<title>Title &amp; more</title><desc>Desc</desc>"));
        assert!(doc.contains("viewBox=\"0 0 100 50\"") && doc.contains("width=\"100\""));
    }

    #[test]
    fn an_action_reads_back_from_its_attributes_and_sets_the_filters() {
        let kaz = CountryCode::parse("KAZ").unwrap();
        for action in [
            Action::Year(2015),
            Action::ToggleYear(2016),
            Action::Years {
                from: 2013,
                to: 2020,
            },
            Action::Region(Region::Africa),
            Action::Country(kaz),
            Action::Milestone(7),
        ] {
            let attrs = action.attributes();
            let get = |name: &str| {
                attrs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.clone())
            };
            assert_eq!(Action::read(get), Some(action));
        }
        assert_eq!(Action::read(|_| None), None);
        let mut f = Filters::default();
        Action::Years {
            from: 2013,
            to: 2020,
        }
        .apply(&mut f);
        assert_eq!((f.from, f.to), (Some(2013), Some(2020)));
        Action::ToggleYear(2016).apply(&mut f);
        assert_eq!((f.from, f.to), (Some(2016), Some(2016)));
        Action::ToggleYear(2016).apply(&mut f);
        assert_eq!((f.from, f.to), (None, None));
        Action::Country(kaz).apply(&mut f);
        assert_eq!(f.countries, [kaz]);
    }
}
