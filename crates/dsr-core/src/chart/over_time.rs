//! Chart `agreements-over-time`: partner countries over time, a step line per counted series, gaps left open.

use plotters::style::RGBColor;

use super::markers::{self, Marker};
use super::{
    nice_ticks, render_framed, Action, Anchor, Canvas, ChartError, Drawing, Frame, Input, Mark,
    MarkShape, Size, Table, Theme,
};
use crate::i18n::{charts, Lang};
use crate::model::{Agreement, AgreementKind, Observation};

/// Two observations further apart than this (in years) are not joined: the
/// record has a gap there, and a line would claim knowledge we don't have.
pub const MAX_GAP_YEARS: f64 = 1.0;

/// The counted series: agreements of kind `bilateral-mou-series`.
fn series<'a>(input: &Input<'a>) -> Vec<&'a Agreement> {
    input
        .ds
        .agreements
        .iter()
        .filter(|a| a.kind == AgreementKind::BilateralMouSeries)
        .collect()
}

pub fn title(lang: Lang) -> &'static str {
    charts::OVER_TIME_TITLE.get(lang)
}

/// Below this plot width the series are named in a key under the plot, not
/// at the right of their lines (a phone has no room beside the lines).
const KEY_BELOW: f64 = 440.0;

/// The plot's height when the key is under it.
fn narrow_plot_height(width: f64, theme: Theme) -> f64 {
    (width * 0.6).clamp(170.0, 300.0) * theme.scale().sqrt()
}

/// Each series' end label ("36 Silk Road E-commerce…"), for the series that have an undisputed figure.
fn key_labels(list: &[&Agreement], lang: Lang) -> Vec<String> {
    list.iter()
        .filter_map(|a| {
            a.observations
                .iter()
                .rfind(|o| !o.disputed)
                .map(|last| charts::series_end(lang, &last.count_label(lang), a.name.get(lang)))
        })
        .collect()
}

/// The key under the plot: each label wrapped to the width, at most two lines.
fn key_lines(label: &str, px: f64, width: f64) -> Vec<String> {
    let mut lines = super::wrap(label, px, width - px * 1.4);
    if lines.len() > 2 {
        lines.truncate(2);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// The chart's model: the counted series and the milestone markers, found once.
pub struct Model<'a> {
    input: Input<'a>,
    list: Vec<&'a Agreement>,
    markers: Vec<Marker>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let list = series(input);
        let span = span(&list);
        let markers = markers::markers(input)
            .into_iter()
            .filter(|m| m.t >= span.0 && m.t <= span.1)
            .collect();
        Self {
            input: *input,
            list,
            markers,
        }
    }
}

/// The years the axis spans: from the first observation's year to the end of the last's.
fn span(list: &[&Agreement]) -> (f64, f64) {
    let years = || {
        list.iter()
            .flat_map(|a| a.observations.iter())
            .map(|o| o.as_of.year())
    };
    let first = years().min().unwrap_or(2016);
    let last = years().max().unwrap_or(2025);
    (f64::from(first), f64::from(last) + 1.0)
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        render(&self.input, &self.list, &self.markers, theme, size)
    }
    fn table(&self) -> Table {
        table(&self.input, &self.list)
    }
    fn numbers(&self, theme: Theme) -> Option<super::Numbers> {
        Some(numbers(&self.input, &self.list, theme))
    }
    /// Its unit: it does not follow the filters.
    fn own_subtitle(&self) -> Option<String> {
        Some(frame(&self.input, &self.list, &[], 0).subtitle)
    }
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        preferred_height(&self.input, &self.list, &self.markers, width, theme)
    }
}

fn preferred_height(
    input: &Input,
    list: &[&Agreement],
    markers: &[Marker],
    width: u32,
    theme: Theme,
) -> u32 {
    let pad = 16.0 * theme.scale();
    let plot_w = f64::from(width) - 2.0 * pad;
    // The rows of marker labels above the plot, and their footnote.
    let band = markers::extra_height(markers, plot_w, theme.scale());
    if plot_w >= KEY_BELOW {
        return ((f64::from(width) * 0.55).clamp(340.0, 560.0) * theme.scale().sqrt()
            + 60.0 * theme.scale()
            + band) as u32;
    }
    // The frame counts the markers' footnote; only their band is added.
    let band = markers::band_px(markers, plot_w, theme.scale());
    let frame = frame(input, list, markers, width);
    let label_px = 12.5 * theme.scale();
    let tick_px = 11.5 * theme.scale();
    let key: f64 = key_labels(list, input.lang)
        .iter()
        .map(|l| key_lines(l, label_px, plot_w).len() as f64 * label_px * 1.15 + label_px * 0.4)
        .sum();
    (frame.chrome_height(width, theme)
        + band
        + 4.0
        + narrow_plot_height(plot_w, theme)
        + tick_px * 1.8
        + 10.0
        + key
        + 4.0)
        .ceil() as u32
}

/// The `i`th of `list`, starting again after the last; `none` for an empty list.
fn cycle<T: Copy>(list: &[T], i: usize, none: T) -> T {
    list.get(i % list.len().max(1)).copied().unwrap_or(none)
}

/// Marker shapes, one per series, so that series differ by more than colour.
#[derive(Clone, Copy)]
enum Shape {
    Circle,
    Square,
    Diamond,
}

fn draw_marker(
    c: &Canvas,
    shape: Shape,
    x: f64,
    y: f64,
    r: f64,
    color: RGBColor,
    filled: bool,
) -> Result<(), ChartError> {
    match shape {
        Shape::Circle => c.dot(x, y, r, color, filled),
        Shape::Square => {
            if filled {
                c.rect(x - r, y - r, x + r, y + r, color)
            } else {
                c.outline(x - r, y - r, x + r, y + r, color, c.theme.stroke())
            }
        }
        Shape::Diamond => {
            let pts = [
                (x, y - r * 1.3),
                (x + r * 1.3, y),
                (x, y + r * 1.3),
                (x - r * 1.3, y),
                (x, y - r * 1.3),
            ];
            if filled {
                c.line(&pts, color, (r * 1.2) as u32)?;
            }
            c.line(&pts, color, c.theme.stroke())
        }
    }
}

fn point_title(a: &Agreement, o: &Observation, lang: Lang) -> String {
    let disputed = if o.disputed {
        charts::POINT_DISPUTED.get(lang)
    } else {
        ""
    };
    charts::point_mark(
        lang,
        a.name.get(lang),
        &o.count_label(lang),
        &o.as_of_label(lang),
        disputed,
        &crate::model::list_sources(&o.sources, lang),
        o.as_of.year(),
    )
}

/// The chart's frame, with a footnote for each hollow (disputed) marker and one for the milestone markers.
fn frame(input: &Input, list: &[&Agreement], markers: &[Marker], width: u32) -> Frame {
    let lang = input.lang;
    let mut frame = Frame::new(
        &input.ds.meta,
        lang,
        title(lang).to_owned(),
        match input.asof() {
            None => charts::OVER_TIME_SUBTITLE.get(lang).to_owned(),
            Some(d) => charts::over_time_subtitle_asof(lang, &d.last_day().human(lang)),
        },
        charts::OVER_TIME_DESCRIPTION.get(lang).to_owned(),
    );
    let disputed: Vec<(&Agreement, &Observation)> = list
        .iter()
        .flat_map(|a| {
            a.observations
                .iter()
                .filter(|o| o.disputed)
                .map(move |o| (*a, o))
        })
        .collect();
    frame.footnotes = disputed
        .iter()
        .map(|(a, o)| {
            charts::hollow_marker(
                lang,
                a.name.get(lang),
                &o.count_label(lang),
                &o.as_of_label(lang),
            )
        })
        .collect();
    frame.footnotes.extend(markers::note(lang, markers, width));
    frame
}

/// Draws the chart.
fn render(
    input: &Input,
    list: &[&Agreement],
    marker_list: &[Marker],
    theme: Theme,
    size: Size,
) -> Result<Drawing, ChartError> {
    let lang = input.lang;
    let frame = frame(input, list, marker_list, size.width);

    let (x_min, x_max) = span(list);
    let (first_year, last_year) = (x_min as u16, (x_max as u16).saturating_sub(1));
    let max = list
        .iter()
        .flat_map(|a| a.observations.iter())
        .map(|o| o.count)
        .max()
        .unwrap_or(1);
    let (y_max, y_step) = nice_ticks(f64::from(max));

    render_framed(
        "agreements-over-time",
        size,
        theme,
        &frame,
        |c, (x0, y0, x1, y1)| {
            let pal = c.palette();
            let tick_px = c.px(11.5);
            let label_px = c.px(12.5);
            // Room on the left for the y axis, and on the right for the end
            // labels; on a phone the labels are a key under the plot instead.
            let key_below = x1 - x0 < KEY_BELOW;
            let left = x0 + tick_px * 2.6;
            let right = if key_below {
                x1 - 8.0
            } else {
                x1 - (x1 - x0).min(1200.0) * 0.26
            };
            let bottom = if key_below {
                (y0 + 4.0 + narrow_plot_height(x1 - x0, theme)).min(y1 - tick_px * 1.8)
            } else {
                y1 - tick_px * 1.8
            };
            let band_top = y0 + 4.0;
            let top = band_top + markers::band_height(c, marker_list, right - left);
            let sx = |t: f64| left + (t - x_min) / (x_max - x_min) * (right - left);
            let sy = |v: f64| bottom - v / y_max * (bottom - top);

            // Grid and axes.
            c.y_grid(left, right, y_max, y_step, sy)?;
            let every = if (right - left) / (x_max - x_min) < tick_px * 3.2 {
                2
            } else {
                1
            };
            for (i, year) in (first_year..=last_year + 1).enumerate() {
                let x = sx(f64::from(year));
                c.line(&[(x, bottom), (x, bottom + 4.0)], pal.axis, 1)?;
                if i % every == 0 {
                    c.text(
                        &year.to_string(),
                        x,
                        bottom + 6.0,
                        tick_px,
                        Anchor::Middle,
                        pal.muted,
                        false,
                    )?;
                }
            }

            // The milestone markers, under the data; their marks first, so
            // that the data's own marks are on top where they meet.
            let mut marks = markers::draw(
                c,
                marker_list,
                &sx,
                (x_min, x_max),
                (left, right),
                (band_top, bottom),
            )?;

            // The `asof=` date: a dashed rule and its date, the state the page shows.
            if let Some(d) = input.asof() {
                let t = d.end_year_fraction().clamp(x_min, x_max);
                let x = sx(t);
                let mut y = top;
                while y < bottom {
                    c.line(&[(x, y), (x, (y + 5.0).min(bottom))], pal.fg, 1)?;
                    y += 9.0;
                }
                let label = d.last_day().human(lang);
                let anchor = if t > (x_min + x_max) / 2.0 {
                    (x - 4.0, Anchor::End)
                } else {
                    (x + 4.0, Anchor::Start)
                };
                c.text(&label, anchor.0, top, tick_px, anchor.1, pal.fg, true)?;
            }

            let shapes = [Shape::Circle, Shape::Square, Shape::Diamond];
            let r = 4.5 * theme.scale();
            let mut end_labels: Vec<(f64, String, RGBColor, Shape, RGBColor)> = Vec::new();
            for (si, a) in list.iter().enumerate() {
                let color = cycle(&pal.series, si, pal.fg);
                let text_color = cycle(&pal.series_text, si, pal.fg);
                let shape = cycle(&shapes, si, Shape::Circle);
                let solid: Vec<&Observation> =
                    a.observations.iter().filter(|o| !o.disputed).collect();
                // Steps between consecutive points, only across short gaps.
                for (p, q) in solid.iter().zip(solid.iter().skip(1)) {
                    let (tp, tq) = (p.as_of.end_year_fraction(), q.as_of.end_year_fraction());
                    if tq - tp <= MAX_GAP_YEARS + 1e-9 {
                        let (xp, xq) = (sx(tp), sx(tq));
                        let (yp, yq) = (sy(f64::from(p.count)), sy(f64::from(q.count)));
                        c.line(&[(xp, yp), (xq, yp), (xq, yq)], color, theme.stroke())?;
                    }
                }
                for o in &a.observations {
                    let (x, y) = (sx(o.as_of.end_year_fraction()), sy(f64::from(o.count)));
                    draw_marker(c, shape, x, y, r, color, !o.disputed)?;
                    marks.push(Mark {
                        shape: MarkShape::Circle {
                            cx: x,
                            cy: y,
                            // A target of at least 24 px across (WCAG 2.5.8).
                            r: (r + 5.0).max(12.0),
                        },
                        title: point_title(a, o, lang),
                        action: Some(Action::Year(o.as_of.year())),
                    });
                }
                if let Some(last) = solid.last() {
                    let label = charts::series_end(lang, &last.count_label(lang), a.name.get(lang));
                    end_labels.push((sy(f64::from(last.count)), label, text_color, shape, color));
                }
            }
            let line_h = label_px * 1.15;
            if key_below {
                // The key under the plot, one entry per series, in the order of the lines.
                let mut y = bottom + tick_px * 1.8 + 10.0;
                for (_, label, color, shape, mark_color) in &end_labels {
                    draw_marker(
                        c,
                        *shape,
                        x0 + label_px * 0.45,
                        y + label_px * 0.6,
                        r * 0.9,
                        *mark_color,
                        true,
                    )?;
                    let lines = key_lines(label, label_px, x1 - x0);
                    for (k, l) in lines.iter().enumerate() {
                        c.text(
                            l,
                            x0 + label_px * 1.3,
                            y + k as f64 * line_h,
                            label_px,
                            Anchor::Start,
                            *color,
                            k == 0,
                        )?;
                    }
                    y += lines.len() as f64 * line_h + label_px * 0.4;
                }
                return Ok(marks);
            }
            // Direct labels at the right: wrapped, then nudged apart by their
            // full height so that they never overlap.
            let width = x1 - right - 12.0;
            let mut blocks: Vec<(f64, Vec<String>, RGBColor, Shape, RGBColor)> = end_labels
                .into_iter()
                .map(|(y, label, color, shape, mark_color)| {
                    let mut lines = super::wrap(&label, label_px, width - label_px * 1.4);
                    if lines.len() > 4 {
                        lines.truncate(4);
                        if let Some(last) = lines.last_mut() {
                            last.push('…');
                        }
                    }
                    (y - label_px / 2.0, lines, color, shape, mark_color)
                })
                .collect();
            super::sort_small(&mut blocks, |a, b| a.0.total_cmp(&b.0));
            let mut next_free = f64::NEG_INFINITY;
            for (y, lines, _, _, _) in &mut blocks {
                *y = y.max(next_free);
                next_free = *y + lines.len() as f64 * line_h + label_px * 0.4;
            }
            let overflow = (next_free - bottom).max(0.0);
            for (y, lines, color, shape, mark_color) in &blocks {
                // The series' marker before its name ties the label to the line.
                draw_marker(
                    c,
                    *shape,
                    right + 10.0 + label_px * 0.45,
                    y - overflow + label_px * 0.6,
                    r * 0.9,
                    *mark_color,
                    true,
                )?;
                for (k, l) in lines.iter().enumerate() {
                    c.text(
                        l,
                        right + 10.0 + label_px * 1.3,
                        y - overflow + k as f64 * line_h,
                        label_px,
                        Anchor::Start,
                        *color,
                        k == 0,
                    )?;
                }
            }
            Ok(marks)
        },
    )
}

/// The same numbers as a table: one row per observation.
fn table(input: &Input, list: &[&Agreement]) -> Table {
    let lang = input.lang;
    let mut rows = Vec::new();
    for a in list {
        for o in &a.observations {
            rows.push(vec![
                a.name.get(lang).to_owned(),
                o.as_of_label(lang),
                o.count_label(lang),
                match (o.disputed, &o.note) {
                    (true, Some(n)) => charts::disputed_because(lang, n.get(lang)),
                    (true, None) => charts::DISPUTED.get(lang).to_owned(),
                    (false, Some(n)) => n.get(lang).to_owned(),
                    (false, None) => String::new(),
                },
                crate::model::list_sources(&o.sources, lang),
            ]);
        }
    }
    Table {
        caption: title(lang).to_owned(),
        head: vec![
            charts::HEAD_SERIES.get(lang).to_owned(),
            charts::HEAD_AS_OF.get(lang).to_owned(),
            charts::HEAD_COUNTRY_COUNT.get(lang).to_owned(),
            charts::HEAD_STATUS.get(lang).to_owned(),
            charts::HEAD_SOURCES.get(lang).to_owned(),
        ],
        rows,
    }
}

/// The lines' values, for a native chart: one category per year, each
/// series' count as of the year's end (the `asof=` rule; a gap before its
/// first count), so that a slide's evenly spaced categories keep time true.
/// The last year is the `asof=` year, else that of the newest count; a year
/// the data does not cover to its end says so ("2026 (through 6 May)").
fn numbers(input: &Input, list: &[&Agreement], theme: Theme) -> super::Numbers {
    let lang = input.lang;
    let counts = list.iter().flat_map(|a| a.observations.iter());
    let first = counts.clone().map(|o| o.as_of.year()).min().unwrap_or(2016);
    let last = input
        .asof()
        .map(|d| d.year())
        .or_else(|| counts.map(|o| o.as_of.year()).max())
        .unwrap_or(first)
        .max(first);
    let years: Vec<u16> = (first..=last).collect();
    let colors = &theme.palette().series;
    super::Numbers {
        kind: super::NumbersKind::Lines,
        category_head: charts::HEAD_YEAR_END.get(lang).to_owned(),
        categories: years
            .iter()
            .map(|&y| super::year_label(&input.ds.meta, input.asof(), y, lang))
            .collect(),
        series: list
            .iter()
            .enumerate()
            .map(|(i, a)| super::NumberSeries {
                name: a.name.get(lang).to_owned(),
                values: years
                    .iter()
                    .map(|&y| {
                        a.as_of(Some(super::year_end(input.asof(), y)))
                            .map(|o| f64::from(o.count))
                    })
                    .collect(),
                color: cycle(colors, i, colors[0]),
                point_colors: Vec::new(),
            })
            .collect(),
        key: Vec::new(),
        caveats: frame(input, list, &[], 0).footnotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Chart;
    use crate::testing::bundled;
    use crate::testing::*;

    #[test]
    fn every_observation_is_a_marked_point_and_each_series_is_labelled_at_its_end() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(960, 520))
            .unwrap()
            .screen();
        assert_well_formed(&svg);
        let n_points: usize = ds
            .agreements
            .iter()
            .filter(|a| a.kind == AgreementKind::BilateralMouSeries)
            .map(|a| a.observations.len())
            .sum();
        let titles = mark_titles(&svg);
        assert_eq!(titles.len(), n_points);
        assert!(
            titles.iter().any(|t| t.contains("24 as of 10 Nov 2022")),
            "{titles:?}"
        );
        assert!(titles
            .iter()
            .any(|t| t.contains("30 as of end 2022") && t.contains("Disputed")));
        let texts = texts(&svg);
        assert!(
            texts.iter().any(|t| t.starts_with("17 Digital Silk Road")),
            "{texts:?}"
        );
        assert!(texts.iter().any(|t| t.starts_with("36 ")), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("○ Hollow")));
    }

    #[test]
    fn a_slide_has_one_category_per_year_each_value_as_of_its_end() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let n = Model::new(&input).numbers(Theme::Light).unwrap();
        let first = n.categories.first().unwrap();
        assert_eq!(first, "2016");
        // Up to the newest count's year.
        assert_eq!(n.categories.last().unwrap(), "2025");
        assert_eq!(n.categories.len(), 10, "{:?}", n.categories);
        let ecommerce = n
            .series
            .iter()
            .find(|s| s.name.starts_with("Silk Road E-commerce"))
            .unwrap();
        let at = |y: &str| ecommerce.values[n.categories.iter().position(|c| c == y).unwrap()];
        assert_eq!(at("2016"), Some(1.0));
        assert_eq!(at("2019"), Some(22.0));
        assert_eq!(at("2022"), Some(24.0), "the disputed 30 is not the count");
        assert_eq!(at("2023"), Some(30.0));
        let nda = n
            .series
            .iter()
            .find(|s| s.name.contains("National Data"))
            .unwrap();
        assert_eq!(nda.values[0], None, "not yet, never 0");
        assert!(
            n.caveats.iter().any(|c| c.contains("30")),
            "{:?}",
            n.caveats
        );
        // As of a date, the years stop there and the rule is drawn.
        let filters = crate::filter::Filters {
            asof: Some("2019-06".parse().unwrap()),
            ..Default::default()
        };
        let input = input.with_filters(&filters);
        let model = Model::new(&input);
        let n = model.numbers(Theme::Light).unwrap();
        assert_eq!(n.categories.last().unwrap(), "2019 (through 30 Jun)");
        let svg = model
            .draw(Theme::Light, Size::new(900, 600))
            .unwrap()
            .screen();
        assert!(texts(&svg).iter().any(|t| t == "30 Jun 2019"));
    }

    #[test]
    fn gaps_longer_than_a_year_are_not_joined() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(960, 520))
            .unwrap()
            .screen();
        let steps = |color: &str| {
            svg.matches(&format!(
                "<polyline fill=\"none\" opacity=\"1\" stroke=\"{color}\""
            ))
            .count()
        };
        // The first two series, in their colours (the third's diamond markers
        // are drawn as lines too): one step per pair of points at most a year
        // apart (the disputed points left out); longer gaps stay open.
        assert_eq!(series(&input)[0].id, "dsr-mou");
        let (mut open, mut joined_any) = (0, 0);
        for (a, color) in series(&input).iter().zip(["#0072B2", "#E69F00"]) {
            let solid: Vec<&Observation> = a.observations.iter().filter(|o| !o.disputed).collect();
            let joined = solid
                .windows(2)
                .filter(|p| {
                    p[1].as_of.end_year_fraction() - p[0].as_of.end_year_fraction()
                        <= MAX_GAP_YEARS + 1e-9
                })
                .count();
            open += solid.len().saturating_sub(1) - joined;
            joined_any += joined;
            assert_eq!(steps(color), joined, "{}", a.id);
        }
        assert!(
            open > 0,
            "the data has gaps of more than a year (2016 → 2019 e-commerce, 2019 → 2022 DSR MoUs)"
        );
        assert!(joined_any > 0);
    }
}
