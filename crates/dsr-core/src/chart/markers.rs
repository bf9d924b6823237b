//! Milestone markers on the time charts: the agreement and forum milestones among the filtered ones, as vertical rules with short labels that never collide (`marks=off` hides them), each a mark whose tooltip names the milestone and whose click selects it.

use super::{text_width, Action, Anchor, Canvas, ChartError, Input, Mark, MarkShape};
use crate::i18n::{charts, Lang};
use crate::model::{Category, PartialDate};

/// The categories drawn as markers.
pub const KINDS: [Category; 2] = [Category::Agreement, Category::Forum];

/// Below this width (a phone) the rules go unlabelled, and the note is short:
/// the plot keeps its height.
pub const NARROW: f64 = 500.0;

/// Rows of labels above a plot `width` wide: two, none on a phone.
pub fn rows(width: f64) -> usize {
    if width < NARROW {
        0
    } else {
        2
    }
}

/// The height a chart `width` wide (at a theme's `scale`) gives its
/// markers: the label rows and the footnote.
pub fn extra_height(markers: &[Marker], width: f64, scale: f64) -> f64 {
    if markers.is_empty() {
        return 0.0;
    }
    let note_lines = if width < NARROW { 2.0 } else { 1.0 };
    (10.5 * 1.3 * rows(width) as f64 + 4.0 + 15.0 * note_lines) * scale
}

/// The height of the band above the plot alone (what `band_height` draws),
/// for a chart that counts its footnotes itself.
pub fn band_px(markers: &[Marker], width: f64, scale: f64) -> f64 {
    match rows(width) {
        _ if markers.is_empty() => 0.0,
        0 => HANDLE,
        n => 10.5 * scale * 1.3 * n as f64 + 4.0,
    }
}

/// One marker: which milestone, where on the time axis, and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Index into `ds.milestones`.
    pub index: usize,
    /// The middle of its date's period, in years (3 Dec 2017 is 2017.92).
    pub t: f64,
    /// Its title, which the label shortens.
    pub title: String,
    /// The tooltip and accessible name: date, title, kind, what a click does.
    pub tip: String,
}

/// The middle of a date's period on a year axis: a day is itself, a month
/// its middle, a year alone its middle.
pub fn middle(d: PartialDate) -> f64 {
    let y = f64::from(d.year());
    match (d.month(), d.day()) {
        (None, _) => y + 0.5,
        (Some(m), None) => y + (f64::from(m) - 0.5) / 12.0,
        (Some(_), Some(_)) => d.end_year_fraction(),
    }
}

/// The markers of the filtered milestones (already cut at `asof=`), in date
/// order; none when the reader turned them off.
pub fn markers(input: &Input) -> Vec<Marker> {
    if !input.marks {
        return Vec::new();
    }
    let lang = input.lang;
    let mut out: Vec<Marker> = input
        .indices
        .iter()
        .filter_map(|&i| input.ds.milestones.get(i).map(|m| (i, m)))
        .filter(|(_, m)| KINDS.contains(&m.category))
        .map(|(index, m)| Marker {
            index,
            t: middle(m.date),
            title: m.title.get(lang).to_owned(),
            tip: charts::marker_tip(
                lang,
                &m.date_label(lang),
                m.title.get(lang),
                m.category.label(lang),
            ),
        })
        .collect();
    // Nearly in order already: the filtered milestones are in order of their first day.
    super::sort_small(&mut out, |a, b| a.t.total_cmp(&b.t));
    out
}

/// `title` cut to `max` wide at `px` with an ellipsis, at a space where
/// that keeps most of it (Chinese text is cut between characters).
pub fn short(title: &str, px: f64, max: f64) -> String {
    if text_width(title, px) <= max {
        return title.to_owned();
    }
    let mut cut = String::new();
    for c in title.chars() {
        cut.push(c);
        if text_width(&cut, px) + text_width("…", px) > max {
            cut.pop();
            break;
        }
    }
    if let Some(at) = cut.rfind(' ').filter(|&at| at * 10 >= cut.len() * 6) {
        cut.truncate(at);
    }
    format!("{}…", cut.trim_end())
}

/// A placed label: its row (0 is the top one) and the x where its text starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    pub row: usize,
    pub x: f64,
}

/// Places each label (a rule at `xs[i]`, text `widths[i]` wide) in the
/// first of `rows` rows where it does not come within `gap` of the label
/// before it, to the right of its rule, or to its left where the right has
/// no room; `None` when no row has room (the rule is drawn unlabelled).
/// `xs` is in increasing order.
pub fn place(
    xs: &[f64],
    widths: &[f64],
    (left, right): (f64, f64),
    rows: usize,
    gap: f64,
) -> Vec<Option<Slot>> {
    let mut ends = vec![f64::NEG_INFINITY; rows];
    xs.iter()
        .zip(widths)
        .map(|(&x, &w)| {
            let start = if x + 3.0 + w <= right {
                x + 3.0
            } else {
                x - 3.0 - w
            };
            if start < left {
                return None;
            }
            let row = ends.iter().position(|&end| end + gap <= start)?;
            if let Some(end) = ends.get_mut(row) {
                *end = start + w;
            }
            Some(Slot { row, x: start })
        })
        .collect()
}

/// The footnote under a chart `width` wide with markers.
pub fn note(lang: Lang, markers: &[Marker], width: u32) -> Option<String> {
    (!markers.is_empty()).then(|| {
        if f64::from(width) < NARROW {
            charts::markers_note_short(lang, markers.len())
        } else {
            charts::markers_note(lang, markers.len())
        }
    })
}

/// The height of the band above a plot `width` wide where the markers'
/// labels and handles are: the label rows, or on a phone a strip of handles.
pub fn band_height(c: &Canvas, markers: &[Marker], width: f64) -> f64 {
    match rows(width) {
        _ if markers.is_empty() => 0.0,
        0 => HANDLE,
        n => c.px(10.5) * 1.3 * n as f64 + 4.0,
    }
}

/// The height of a marker's handle: the top of its rule, where a pointer
/// finds it (the plot below stays the data's).
const HANDLE: f64 = 14.0;

/// Draws the markers whose time falls in `span`: a thin rule from the label
/// band (starting at `band_top`) to `bottom`, with a handle at its top, and
/// the labels there is room for. Returns their marks (tooltip, focus, click
/// selects the milestone): each the handle and the label, so that in the
/// plot a pointer reaches the data.
/// (One copy for both charts: not generic, never inlined.)
#[inline(never)]
pub fn draw(
    c: &Canvas,
    markers: &[Marker],
    sx: &dyn Fn(f64) -> f64,
    span: (f64, f64),
    (left, right): (f64, f64),
    (band_top, bottom): (f64, f64),
) -> Result<Vec<Mark>, ChartError> {
    let pal = c.palette();
    let px = c.px(10.5);
    let row_h = px * 1.3;
    let shown: Vec<&Marker> = markers
        .iter()
        .filter(|m| m.t >= span.0 && m.t <= span.1)
        .collect();
    let xs: Vec<f64> = shown.iter().map(|m| sx(m.t)).collect();
    let max_w = (px * 10.0).min((right - left) / 3.0);
    let labels: Vec<String> = shown.iter().map(|m| short(&m.title, px, max_w)).collect();
    let widths: Vec<f64> = labels.iter().map(|l| text_width(l, px)).collect();
    let n_rows = rows(right - left);
    let plot_top = band_top + band_height(c, markers, right - left);
    let slots = place(&xs, &widths, (left, right), n_rows, px * 0.8);
    let mut marks = Vec::with_capacity(shown.len());
    let each = shown.iter().zip(&xs).zip(&labels).zip(&slots).zip(&widths);
    for ((((m, &x), label), slot), &w) in each {
        // The rule starts under its label's row, or under the band.
        let from = slot.map_or(band_top + row_h * n_rows as f64, |s| {
            band_top + row_h * s.row as f64
        });
        c.line(&[(x, from), (x, bottom)], pal.grid, 1)?;
        c.line(&[(x, plot_top - HANDLE * 0.6), (x, plot_top)], pal.muted, 2)?;
        if let Some(s) = slot {
            c.text(
                label,
                s.x,
                band_top + row_h * s.row as f64,
                px,
                Anchor::Start,
                pal.muted,
                false,
            )?;
        }
        // One target per milestone: its handle, 12 px wide, and its label
        // when it has one.
        let rect =
            |x0: f64, y0: f64, x1: f64, y1: f64| vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)];
        let mut rings = vec![rect(
            x - 6.0,
            from.min(plot_top - HANDLE),
            x + 6.0,
            plot_top,
        )];
        if let Some(s) = slot {
            let y = band_top + row_h * s.row as f64;
            rings.push(rect(s.x, y, s.x + w, y + row_h));
        }
        marks.push(Mark {
            shape: MarkShape::Path(rings),
            title: m.tip.clone(),
            action: Some(Action::Milestone(
                u32::try_from(m.index).unwrap_or(u32::MAX),
            )),
        });
    }
    Ok(marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{self, Filters};
    use crate::testing::bundled;
    use proptest::prelude::*;

    #[test]
    fn markers_are_the_filtered_agreements_and_fora_in_date_order() {
        let (ds, countries) = bundled();
        let filters = Filters::default();
        let ids = filter::apply(&ds, &filters, &countries, None);
        let mut input = Input::new(&ds, &countries, &ids, Lang::En).with_filters(&filters);
        let all = markers(&input);
        let expected = ds
            .milestones
            .iter()
            .filter(|m| KINDS.contains(&m.category))
            .count();
        assert_eq!(all.len(), expected);
        assert!(all.len() >= 40, "{}", all.len());
        assert!(all.windows(2).all(|w| w[0].t <= w[1].t));
        let wic = all
            .iter()
            .find(|m| ds.milestones[m.index].id == "wic-2015")
            .unwrap();
        assert!(
            wic.tip.contains("16 Dec 2015") && wic.tip.contains("Forum"),
            "{}",
            wic.tip
        );
        input.marks = false;
        assert!(markers(&input).is_empty());
    }

    #[test]
    fn a_date_sits_in_the_middle_of_its_period() {
        let at = |s: &str| middle(s.parse().unwrap());
        assert!((at("2019") - 2019.5).abs() < 1e-9);
        assert!((at("2019-04") - (2019.0 + 3.5 / 12.0)).abs() < 1e-9);
        assert!(at("2019-04-25") > at("2019-04-01") && at("2019-04-25") < 2019.34);
    }

    #[test]
    fn a_short_label_fits_and_keeps_most_of_the_title() {
        let s = short(
            "First China\u{2013}Central Asia Summit in Xi'an",
            10.5,
            105.0,
        );
        assert!(text_width(&s, 10.5) <= 105.0, "{s}");
        assert!(s.starts_with("First China") && s.ends_with('…'), "{s}");
        let zh = short("首届中国—中亚峰会在西安举行", 10.5, 60.0);
        assert!(zh.starts_with("首届中国") && zh.ends_with('…'), "{zh}");
        assert_eq!(
            short("RCEP enters into force", 10.5, 200.0),
            "RCEP enters into force"
        );
    }

    #[test]
    fn crowded_labels_go_unlabelled_rather_than_overlap() {
        let xs: Vec<f64> = (0..30).map(|i| 10.0 + f64::from(i) * 5.0).collect();
        let widths = vec![60.0; 30];
        let slots = place(&xs, &widths, (0.0, 400.0), 2, 4.0);
        assert!(slots.iter().any(Option::is_none));
        assert!(slots.iter().filter(|s| s.is_some()).count() >= 2);
    }

    proptest! {
        #[test]
        fn placed_labels_never_overlap_and_stay_inside(
            mut xs in proptest::collection::vec(0.0f64..600.0, 0..60),
            widths in proptest::collection::vec(10.0f64..150.0, 60),
            rows in 1usize..4,
        ) {
            xs.sort_by(f64::total_cmp);
            let slots = place(&xs, &widths, (0.0, 600.0), rows, 4.0);
            prop_assert_eq!(slots.len(), xs.len());
            let mut placed: Vec<(usize, f64, f64)> = Vec::new();
            for (slot, w) in slots.iter().zip(&widths) {
                if let Some(s) = slot {
                    prop_assert!(s.row < rows);
                    prop_assert!(s.x >= 0.0 && s.x + w <= 600.0 + 1e-9);
                    for &(row, a, b) in &placed {
                        if row == s.row {
                            prop_assert!(s.x >= b + 4.0 - 1e-9 || s.x + w + 4.0 <= a + 1e-9);
                        }
                    }
                    placed.push((s.row, s.x, s.x + w));
                }
            }
        }
    }
}
