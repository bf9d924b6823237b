//! Chart `compare`: two to six countries' milestones as lanes on one true time axis, a mark per milestone in its category's colour and a bar for a span, never overlapping.

use super::markers::middle;
use super::{
    category_color, render_framed, Action, Anchor, Canvas, ChartError, Drawing, Frame, Input, Mark,
    MarkShape, Size, Table, Theme,
};
use crate::compare::{rows, Comparison};
use crate::i18n::{compare as text, Lang};
use crate::model::{Category, PartialDate};

pub fn title(lang: Lang) -> &'static str {
    text::LANES_TITLE.get(lang)
}

/// The comparison of the countries chosen in `input`'s filters.
pub fn comparison<'a>(input: &Input<'a>) -> Option<Comparison<'a>> {
    Comparison::of(input.ds, input.countries, input.indices, input.filters)
}

/// "Kenya, Ethiopia and Nigeria".
pub fn names(lang: Lang, list: &[&str]) -> String {
    match list {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => text::and_list(lang, &rest.join(lang.list_separator()), last),
    }
}

/// The years the axis runs over: the year filters, else the data's years (up to `asof=`).
pub(super) fn axis_years(input: &Input) -> (u16, u16) {
    let (first, last) = input.ds.years();
    let last = input
        .asof()
        .map_or(last, |d| d.year().clamp(first, last.max(first)));
    let f = input.filters;
    let from = f.and_then(|f| f.from).unwrap_or(first).max(first.min(last));
    let to = f.and_then(|f| f.to).unwrap_or(last).min(last).max(from);
    (from, to)
}

/// The start of a date's period on a year axis (a day is itself).
fn start(d: PartialDate) -> f64 {
    let y = f64::from(d.year());
    match (d.month(), d.day()) {
        (None, _) => y,
        (Some(m), None) => y + f64::from(m - 1) / 12.0,
        (Some(_), Some(_)) => d.end_year_fraction(),
    }
}

/// A lane's items `(start, end)` in px, and the row of each.
type Placed = (Vec<(f64, f64)>, Vec<usize>);

/// How many rows a lane's items take.
fn n_rows(rows: &[usize]) -> usize {
    rows.iter().copied().max().map_or(1, |m| m + 1)
}

/// Sizes of the chart at a width, shared by the drawing and the height it asks for.
#[derive(Clone, Copy)]
struct Geometry {
    /// Type size of the labels.
    px: f64,
    /// The radius of a mark.
    r: f64,
    /// A row's height in a lane.
    row: f64,
    /// The width of the country names at the left (0 on a phone: names go above their lane).
    label_w: f64,
    /// Whether names go above their lane.
    stacked: bool,
}

impl Geometry {
    fn new(width: u32, theme: Theme) -> Self {
        let s = theme.scale();
        let stacked = width < 520;
        let r = 5.5 * s;
        Self {
            px: 12.0 * s,
            r,
            row: 2.0 * r + 5.0 * s,
            label_w: if stacked {
                0.0
            } else {
                (f64::from(width) * 0.18).clamp(90.0, 170.0) * s
            },
            stacked,
        }
    }

    /// The same sizes times `f` (names stay where they are).
    fn scaled(&self, f: f64) -> Self {
        Self {
            px: self.px * f,
            r: self.r * f,
            row: self.row * f,
            ..*self
        }
    }

    /// The height of the lanes as `placed`.
    fn lanes_h(&self, placed: &[Placed]) -> f64 {
        placed
            .iter()
            .map(|(_, rows)| self.lane_h(n_rows(rows)))
            .sum()
    }

    /// A lane's height for `n_rows` rows.
    fn lane_h(&self, n_rows: usize) -> f64 {
        let label = if self.stacked { self.px * 1.4 } else { 0.0 };
        label + n_rows.max(1) as f64 * self.row + self.px * 0.8
    }
}

/// The chart's model: the comparison and each milestone's category and extent, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    comparison: Option<Comparison<'a>>,
    years: (u16, u16),
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        Self {
            input: *input,
            comparison: comparison(input),
            years: axis_years(input),
        }
    }

    fn frame(&self, c: &Comparison) -> Frame {
        let lang = self.input.lang;
        let list: Vec<&str> = c.lanes.iter().map(|l| l.country.name(lang)).collect();
        let mut frame = Frame::new(
            &self.input.ds.meta,
            lang,
            text::lanes_title(lang, &names(lang, &list)),
            self.input.subtitle(),
            text::LANES_DESCRIPTION.get(lang).to_owned(),
        );
        if let Some(d) =
            super::partial_through(&self.input.ds.meta, self.input.asof(), self.years.1)
        {
            frame.footnotes.push(crate::i18n::charts::partial_note(
                lang,
                self.years.1,
                &d.human(lang),
            ));
        }
        frame
    }

    /// The categories drawn, for the legend.
    fn used(&self, c: &Comparison) -> Vec<Category> {
        Category::ALL
            .iter()
            .copied()
            .filter(|&cat| {
                c.lanes.iter().any(|l| {
                    l.milestones.iter().any(|&i| {
                        self.input
                            .ds
                            .milestones
                            .get(i)
                            .is_some_and(|m| m.category == cat)
                    })
                })
            })
            .collect()
    }

    /// Each lane's items `(start, end)` in px, and their rows, at a plot from `left` to `right`.
    fn placed(&self, c: &Comparison, g: &Geometry, (left, right): (f64, f64)) -> Vec<Placed> {
        let (first, last) = self.years;
        let span = f64::from(last + 1 - first).max(1.0);
        let sx = |t: f64| left + (t - f64::from(first)) / span * (right - left);
        c.lanes
            .iter()
            .map(|lane| {
                let items: Vec<(f64, f64)> = lane
                    .milestones
                    .iter()
                    .filter_map(|&i| self.input.ds.milestones.get(i))
                    .map(|m| match m.end {
                        Some(end) => {
                            let a = sx(start(m.date).max(f64::from(first)));
                            let b = sx(end.end_year_fraction().min(f64::from(last + 1)));
                            // At least a mark wide, around its middle.
                            let mid = (a + b) / 2.0;
                            let half = ((b - a) / 2.0).max(g.r);
                            (mid - half, mid + half)
                        }
                        None => {
                            let x = sx(middle(m.date));
                            (x - g.r, x + g.r)
                        }
                    })
                    .collect();
                let r = rows(&items, 2.0);
                (items, r)
            })
            .collect()
    }

    fn plot_x(&self, g: &Geometry, width: f64, theme: Theme) -> (f64, f64) {
        let pad = 16.0 * theme.scale();
        (
            pad + g.label_w + if g.stacked { 0.0 } else { 8.0 },
            width - pad - g.r,
        )
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        let c = self.comparison.as_ref().ok_or(ChartError::NoCountry)?;
        let lang = self.input.lang;
        let ds = self.input.ds;
        let natural = Geometry::new(size.width, theme);
        let (left, right) = self.plot_x(&natural, f64::from(size.width), theme);
        let used = self.used(c);
        let (first, last) = self.years;
        render_framed(
            "compare",
            size,
            theme,
            &self.frame(c),
            |cv: &Canvas, (x0, y0, x1, y1)| {
                let pal = cv.palette();
                let entries: Vec<(plotters::style::RGBColor, &str)> = used
                    .iter()
                    .map(|&cat| (category_color(cat), cat.label(lang)))
                    .collect();
                let mut y = cv.legend(&entries, x0, x1, y0)? + natural.px * 0.4;
                // A frame too short for every lane (a PNG preset) gets smaller
                // marks and rows, placed again so that they still never overlap.
                let mut g = natural;
                let mut placed = self.placed(c, &g, (left, right));
                let room = y1 - natural.px * 1.6 - y;
                let need = g.lanes_h(&placed);
                if need > room && room > 0.0 {
                    g = g.scaled((room / need).max(0.4));
                    placed = self.placed(c, &g, (left, right));
                }
                let span = f64::from(last + 1 - first).max(1.0);
                let sx = |t: f64| left + (t - f64::from(first)) / span * (right - left);
                let axis_bottom = y1 - g.px * 1.6;
                // Year lines behind the lanes.
                let tick_every = super::label_step((right - left) / span, g.px * 3.2);
                let lanes_top = y;
                let mut marks = Vec::new();
                for (k, (lane, (items, rows))) in c.lanes.iter().zip(&placed).enumerate() {
                    let h = g.lane_h(n_rows(rows));
                    if k % 2 == 1 {
                        cv.rect(x0, y, x1, y + h, pal.grid)?;
                    }
                    let name =
                        text::lane_count(lang, lane.country.name(lang), lane.milestones.len());
                    let mut top = y + g.px * 0.4;
                    if g.stacked {
                        cv.text(&name, x0 + 2.0, top, g.px, Anchor::Start, pal.fg, true)?;
                        top += g.px * 1.4;
                    } else {
                        let label = super::markers::short(&name, g.px, g.label_w);
                        cv.text(
                            &label,
                            x0 + 2.0,
                            top + (g.row - g.px) / 2.0,
                            g.px,
                            Anchor::Start,
                            pal.fg,
                            true,
                        )?;
                    }
                    if lane.milestones.is_empty() {
                        cv.text(
                            text::EMPTY_LANE.get(lang),
                            left,
                            top + (g.row - g.px) / 2.0,
                            g.px * 0.95,
                            Anchor::Start,
                            pal.muted,
                            false,
                        )?;
                    }
                    for ((&i, &(a, b)), &row) in lane.milestones.iter().zip(items).zip(rows) {
                        let Some(m) = ds.milestones.get(i) else {
                            continue;
                        };
                        let cy = top + row as f64 * g.row + g.r;
                        let color = category_color(m.category);
                        let shape = if m.end.is_some() {
                            cv.rect(a, cy - g.r * 0.6, b, cy + g.r * 0.6, color)?;
                            MarkShape::Rect {
                                x: a,
                                y: cy - g.r,
                                w: b - a,
                                h: 2.0 * g.r,
                            }
                        } else {
                            let cx = (a + b) / 2.0;
                            cv.dot(cx, cy, g.r, color, true)?;
                            cv.dot(cx, cy, g.r, pal.bg, false)?;
                            MarkShape::Circle {
                                cx,
                                cy,
                                r: g.r + 2.0,
                            }
                        };
                        marks.push(Mark {
                            shape,
                            title: text::mark_title(
                                lang,
                                lane.country.name(lang),
                                &m.date_label(lang),
                                m.title.get(lang),
                                m.category.label(lang),
                            ),
                            action: u32::try_from(i).ok().map(Action::Milestone),
                        });
                    }
                    y += h;
                }
                // The time axis under the lanes.
                cv.line(&[(left, y), (right, y)], pal.axis, 1)?;
                let mut year = first;
                while year <= last {
                    let x = sx(f64::from(year));
                    cv.line(&[(x, lanes_top), (x, y)], pal.axis, 1)?;
                    let centre = sx(f64::from(year) + 0.5);
                    cv.text(
                        &year.to_string(),
                        centre,
                        (y + 4.0).min(axis_bottom),
                        g.px * 0.95,
                        Anchor::Middle,
                        pal.muted,
                        false,
                    )?;
                    year += tick_every;
                }
                Ok(marks)
            },
        )
    }

    fn table(&self) -> Table {
        let lang = self.input.lang;
        let head = [text::COUNTRY, text::DATE, text::MILESTONE, text::CATEGORY]
            .map(|t| t.get(lang).to_owned())
            .to_vec();
        let mut rows = Vec::new();
        let mut caption = title(lang).to_owned();
        if let Some(c) = &self.comparison {
            let list: Vec<&str> = c.lanes.iter().map(|l| l.country.name(lang)).collect();
            caption = text::lanes_title(lang, &names(lang, &list));
            for lane in &c.lanes {
                let name = lane.country.name(lang).to_owned();
                if lane.milestones.is_empty() {
                    rows.push(vec![
                        name.clone(),
                        "—".to_owned(),
                        text::NONE_ROW.get(lang).to_owned(),
                        "—".to_owned(),
                    ]);
                }
                for m in lane
                    .milestones
                    .iter()
                    .filter_map(|&i| self.input.ds.milestones.get(i))
                {
                    rows.push(vec![
                        name.clone(),
                        m.date_label(lang),
                        m.title.get(lang).to_owned(),
                        m.category.label(lang).to_owned(),
                    ]);
                }
            }
        }
        Table {
            caption,
            head,
            rows,
        }
    }

    fn numbers(&self, _theme: Theme) -> Option<super::Numbers> {
        None
    }

    fn slide_table(&self) -> bool {
        true
    }

    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        let Some(c) = &self.comparison else {
            return 300;
        };
        let g = Geometry::new(width, theme);
        let (left, right) = self.plot_x(&g, f64::from(width), theme);
        let lanes = g.lanes_h(&self.placed(c, &g, (left, right)));
        let labels: Vec<&str> = self
            .used(c)
            .iter()
            .map(|cat| cat.label(self.input.lang))
            .collect();
        let pad = 16.0 * theme.scale();
        let legend = Canvas::legend_height(&labels, pad, f64::from(width) - pad, theme);
        let chrome = self.frame(c).chrome_height(width, theme);
        (chrome + legend + g.px * 0.4 + lanes + g.px * 2.4).ceil() as u32
    }

    fn ready(&self) -> bool {
        self.comparison.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each mark's box (a dot's, 2 px inside its edge), to check for overlaps.
    fn mark_boxes(d: &crate::chart::Drawing) -> Vec<(f64, f64, f64, f64)> {
        d.marks()
            .iter()
            .map(|m| match &m.shape {
                MarkShape::Circle { cx, cy, r } => {
                    (cx - r + 2.0, cy - r + 2.0, cx + r - 2.0, cy + r - 2.0)
                }
                MarkShape::Rect { x, y, w, h } => (*x, *y, x + w, y + h),
                MarkShape::Path(_) => unreachable!(),
            })
            .collect()
    }
    use crate::chart::{Chart as _, ChartId};
    use crate::filter::{self, Filters};
    use crate::model::CountryCode;
    use crate::testing::*;

    fn input_for<'a>(
        ds: &'a crate::model::Dataset,
        countries: &'a crate::countries::Countries,
        filters: &'a Filters,
        indices: &'a [usize],
        lang: Lang,
    ) -> Input<'a> {
        Input::new(ds, countries, indices, lang).with_filters(filters)
    }

    #[test]
    fn each_milestone_is_a_mark_in_its_lane_and_marks_never_overlap() {
        let (ds, countries) = bundled();
        for (codes, lang) in [
            (vec!["KEN", "ETH"], Lang::En),
            (vec!["THA", "LAO", "IDN", "SGP", "KHM", "VNM"], Lang::Zh),
            (vec!["EGY", "ALB"], Lang::En),
        ] {
            let filters = Filters {
                countries: codes
                    .iter()
                    .map(|c| CountryCode::parse(c).unwrap())
                    .collect(),
                ..Filters::default()
            };
            let indices = filter::apply(&ds, &filters, &countries, None);
            let input = input_for(&ds, &countries, &filters, &indices, lang);
            let model = Model::new(&input);
            let c = model.comparison.as_ref().unwrap();
            for width in [320u32, 390, 900, 1200] {
                let chart = ChartId::Compare.model(&input);
                let h = chart.preferred_height(width, Theme::Light);
                let d = chart.draw(Theme::Light, Size::new(width, h)).unwrap();
                let expected: usize = c.lanes.iter().map(|l| l.milestones.len()).sum();
                assert_eq!(d.marks().len(), expected, "{codes:?} at {width}");
                // No two marks' shapes overlap, and every mark is inside the picture.
                let boxes = mark_boxes(&d);
                for (i, a) in boxes.iter().enumerate() {
                    assert!(
                        a.0 >= 0.0 && a.2 <= f64::from(width) && a.3 <= f64::from(h),
                        "{a:?} outside {width}×{h}"
                    );
                    for b in &boxes[i + 1..] {
                        let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                        assert!(apart, "{codes:?} at {width}: {a:?} overlaps {b:?}");
                    }
                }
                assert_well_formed(&chart.document(Theme::Dark, Size::new(width, h)).unwrap());
            }
            // The table lists every milestone of every lane, an empty lane once.
            let table = ChartId::Compare.model(&input).table();
            let expected: usize = c.lanes.iter().map(|l| l.milestones.len().max(1)).sum();
            assert_eq!(table.rows.len(), expected);
        }
        // A span is a bar from its start to its end (at least a mark wide).
        let (ds, countries) = bundled();
        let span = ds
            .milestones
            .iter()
            .find(|m| m.end.is_some() && m.countries.len() > 1)
            .expect("a milestone that spans years");
        let filters = Filters {
            countries: span.countries.iter().copied().take(2).collect(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let input = input_for(&ds, &countries, &filters, &indices, Lang::En);
        let chart = ChartId::Compare.model(&input);
        let d = chart
            .draw(
                Theme::Light,
                Size::new(1000, chart.preferred_height(1000, Theme::Light)),
            )
            .unwrap();
        let title = span.title.get(Lang::En);
        let bar = d.marks().iter().find(|m| m.title.contains(title)).unwrap();
        assert!(
            matches!(bar.shape, MarkShape::Rect { w, .. } if w >= 10.0),
            "{bar:?}"
        );
    }

    #[test]
    fn a_past_state_is_named_once_in_both_charts_of_the_comparison() {
        let (ds, countries) = bundled();
        let filters = Filters {
            countries: ["KEN", "ETH"]
                .map(|c| CountryCode::parse(c).unwrap())
                .to_vec(),
            asof: PartialDate::from_parts(2022, 0, 0).ok(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let input = input_for(&ds, &countries, &filters, &indices, Lang::En);
        for id in [ChartId::Compare, ChartId::CompareByYear] {
            let svg = id
                .model(&input)
                .document(Theme::Light, Size::new(900, 700))
                .unwrap();
            let words = texts(&svg).join(" ");
            assert_eq!(
                words.matches("as of 31 Dec 2022").count(),
                1,
                "{id:?}: {words}"
            );
        }
    }

    #[test]
    fn at_every_png_preset_the_lanes_stay_above_the_footnotes_and_apart() {
        let (ds, countries) = bundled();
        let filters = Filters {
            countries: ["THA", "LAO", "IDN", "SGP", "KHM", "VNM"]
                .map(|c| CountryCode::parse(c).unwrap())
                .to_vec(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let input = input_for(&ds, &countries, &filters, &indices, Lang::En);
        let model = Model::new(&input);
        let c = model.comparison.as_ref().unwrap();
        // A frame shorter than the lanes want, and the presets.
        let sizes = crate::chart::export::PRESETS
            .iter()
            .map(|p| (p.width, p.height))
            .chain([(900, 420)]);
        for (fw, fh) in sizes {
            let (_, below) = model.frame(c).margins(fw, Theme::Light);
            let d = model.draw(Theme::Light, Size::new(fw, fh)).unwrap();
            let boxes = mark_boxes(&d);
            for (i, a) in boxes.iter().enumerate() {
                assert!(
                    a.3 <= f64::from(fh) - below + 0.5,
                    "{fw}×{fh}: {a:?} over the footnotes"
                );
                for b in &boxes[i + 1..] {
                    assert!(
                        a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1,
                        "{fw}×{fh}: {a:?} overlaps {b:?}"
                    );
                }
            }
        }
    }
}
