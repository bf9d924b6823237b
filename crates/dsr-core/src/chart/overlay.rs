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

/// Adds the accessible name and description after the `<svg>` tag, the
/// overlay of marks before `</svg>`, and a class for styling.
/// `title` is the accessible name, `description` the longer `<desc>`.
pub(crate) fn finish_svg(
    id: &str,
    svg: String,
    title: &str,
    description: &str,
    marks: &[Mark],
) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    let rest = &rest[1..];
    let body = rest.trim_end().strip_suffix("</svg>").unwrap_or(rest);
    let mut out = String::with_capacity(svg.len() + marks.len() * 200 + 400);
    let _ = write!(
        out,
        "{open} class=\"chart-svg\" data-chart=\"{id}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"{font}\">",
        id = escape_xml(id),
        font = escape_xml(FONT_STACK)
    );
    let _ = write!(
        out,
        "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_xml(title),
        escape_xml(description),
        id = escape_xml(id)
    );
    out.push_str(body);
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
        match &m.shape {
            &MarkShape::Rect { x, y, w, h } => {
                let _ = write!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\"/>",
                    w.max(1.0),
                    h.max(1.0)
                );
            }
            &MarkShape::Circle { cx, cy, r } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"transparent\"/>"
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
                out.push_str("\" fill=\"transparent\"/>");
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
