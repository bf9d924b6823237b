//! Chart `milestones-by-year`: filtered milestones per year, stacked by category.

use super::markers::{self, Marker};
use super::{
    category_color, nice_ticks, render_framed, Action, Anchor, ChartError, Drawing, Frame, Input,
    Mark, MarkShape, Size, Table, Theme,
};
use crate::aggregate::{self, YearCounts};
use crate::i18n::{charts, data, Lang};
use crate::model::{Category, Dataset, PartialDate};

pub fn title(lang: Lang) -> &'static str {
    charts::BY_YEAR_TITLE.get(lang)
}

fn preferred_height(width: u32, theme: Theme) -> u32 {
    ((f64::from(width) * 0.5).clamp(320.0, 520.0) * theme.scale().sqrt() + 80.0 * theme.scale())
        as u32
}

/// Milestones per year and category, and the last year when the data does
/// not cover it to its end.
pub(super) struct Years {
    pub counts: YearCounts,
    /// The last year and the last day the data covers in it, if before 31 Dec.
    pub partial: Option<(u16, PartialDate)>,
}

/// The counts of `indices` per year and category, over the dataset's years
/// (up to the `asof=` year).
pub(super) fn counts(input: &Input, indices: &[usize]) -> Years {
    let ds: &Dataset = input.ds;
    let (first, last) = ds.years();
    let last = input
        .asof()
        .map_or(last, |d| d.year().clamp(first, last.max(first)));
    let counts = aggregate::by_year(ds, indices, (first, last));
    let partial = super::partial_through(&ds.meta, input.asof(), last).map(|d| (last, d));
    Years { counts, partial }
}

/// "2026 is a partial year: the data runs through 6 May 2026."
pub(super) fn partial_note(lang: Lang, years: &Years) -> Option<String> {
    years
        .partial
        .map(|(y, d)| charts::partial_note(lang, y, &d.human(lang)))
}

/// The chart's model: the filtered milestones' counts per year and the milestone markers, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    counts: Years,
    markers: Vec<Marker>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        Self {
            input: *input,
            counts: counts(input, input.indices),
            markers: markers::markers(input),
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        let input = &self.input;
        let lang = input.lang;
        let mut frame = Frame::new(
            &input.ds.meta,
            lang,
            title(lang).to_owned(),
            input.subtitle(),
            charts::BY_YEAR_DESCRIPTION.get(lang).to_owned(),
        );
        frame.footnotes.extend(partial_note(lang, &self.counts));
        frame
            .footnotes
            .extend(markers::note(lang, &self.markers, size.width));
        columns(
            "milestones-by-year",
            lang,
            (&self.counts, &self.markers),
            theme,
            size,
            &frame,
        )
    }
    fn table(&self) -> Table {
        let lang = self.input.lang;
        table(
            lang,
            &self.counts,
            charts::caption(lang, title(lang), &self.input.subtitle()),
        )
    }
    fn numbers(&self, _theme: Theme) -> Option<super::Numbers> {
        Some(numbers(self.input.lang, &self.counts))
    }
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        let extra = markers::extra_height(&self.markers, f64::from(width), theme.scale());
        preferred_height(width, theme)
            + if self.counts.partial.is_some() { 20 } else { 0 }
            + extra as u32
    }
}

/// A year's label in a table or on a slide: "2026 (through 6 May)" when partial.
fn year_label(years: &Years, year: u16, lang: Lang) -> String {
    match years.partial {
        Some((y, d)) if y == year => charts::partial_year(lang, year, &d.human_in_year(lang)),
        _ => year.to_string(),
    }
}

fn year_title(years: &Years, year: u16, lang: Lang) -> String {
    let c = &years.counts;
    let parts: Vec<String> = Category::ALL
        .iter()
        .filter(|&&cat| c.get(year, cat) > 0)
        .map(|&cat| charts::category_count(lang, cat.label(lang), c.get(year, cat)))
        .collect();
    let total = c.total(year);
    let parts = if parts.is_empty() {
        String::new()
    } else {
        charts::year_parts(lang, &parts.join(charts::PARTS_SEPARATOR.get(lang)))
    };
    let mark = charts::year_mark(lang, year, total, data::plural_s(total), &parts);
    match partial_note(lang, years).filter(|_| years.partial.is_some_and(|(y, _)| y == year)) {
        Some(note) => format!("{mark} {note}"),
        None => mark,
    }
}

/// Draws one year's column of `c` at `x`, `bar_w` wide, its categories
/// stacked from `bottom` (`sy` maps a count to a y), hatched when the year
/// is `partial`. Returns the column's total.
pub(super) fn stack(
    cv: &super::Canvas,
    c: &YearCounts,
    year: u16,
    (x, bar_w): (f64, f64),
    bottom: f64,
    sy: &dyn Fn(f64) -> f64,
    partial: bool,
) -> Result<usize, ChartError> {
    let pal = cv.palette();
    let mut acc = 0usize;
    for &cat in Category::ALL {
        let n = c.get(year, cat);
        if n == 0 {
            continue;
        }
        let (ya, yb) = (sy(acc as f64), sy((acc + n) as f64));
        cv.rect(x, yb, x + bar_w, ya, category_color(cat))?;
        // A thin separator keeps adjacent segments apart for every reader.
        cv.line(&[(x, yb), (x + bar_w, yb)], pal.bg, 1)?;
        acc += n;
    }
    if partial && acc > 0 {
        // Hatched: the year is not over.
        hatch(cv, (x, sy(acc as f64), bar_w, bottom), pal.bg)?;
    }
    Ok(acc)
}

/// Diagonal lines in the background colour across a column: the mark of a partial year.
fn hatch(
    cv: &super::Canvas,
    (x, top, w, bottom): (f64, f64, f64, f64),
    color: plotters::style::RGBColor,
) -> Result<(), ChartError> {
    let h = bottom - top;
    let mut k = x + 3.0;
    while k < x + w + h {
        let (xa, xb) = ((k).min(x + w), (k - h).max(x));
        if xa > xb {
            cv.line(
                &[(xa, bottom - (k - xa)), (xb, bottom - (k - xb))],
                color,
                2,
            )?;
        }
        k += 6.0;
    }
    Ok(())
}

/// Draws the columns of `c` inside `frame`, with the milestone markers, as
/// the chart `id` (the country profile draws its country's milestones per
/// year this way too, without markers).
pub(super) fn columns(
    id: &'static str,
    lang: Lang,
    (years_counts, marker_list): (&Years, &[Marker]),
    theme: Theme,
    size: Size,
    frame: &Frame,
) -> Result<Drawing, ChartError> {
    let c = &years_counts.counts;
    let (y_max, y_step) = nice_ticks(c.max_total().max(1) as f64);
    let used: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|&cat| c.years().any(|y| c.get(y, cat) > 0))
        .collect();

    render_framed(id, size, theme, frame, |cv, (x0, y0, x1, y1)| {
        let pal = cv.palette();
        let tick_px = cv.px(11.5);
        // Legend: a swatch and the category's name.
        let entries: Vec<(plotters::style::RGBColor, &str)> = used
            .iter()
            .map(|&cat| (category_color(cat), cat.label(lang)))
            .collect();
        let below = cv.legend(&entries, x0, x1, y0)?;
        let band_top = below + cv.px(12.0) * 0.5;
        let top = band_top + markers::band_height(cv, marker_list, x1 - x0) + cv.px(12.0) * 0.2;
        let left = x0 + tick_px * 2.4;
        let bottom = y1 - tick_px * 1.8;
        let years: Vec<u16> = c.years().collect();
        let slot = (x1 - left) / years.len().max(1) as f64;
        let bar_w = (slot * 0.72).max(2.0);
        let sy = |v: f64| bottom - v / y_max * (bottom - top);
        cv.y_grid(left, x1, y_max, y_step, sy)?;
        let every = usize::from(super::label_step(slot, tick_px * 2.8));
        // The milestone markers, at their dates within each year's slot,
        // drawn behind the columns.
        let first = years.first().copied().map_or(0.0, f64::from);
        let sx = |t: f64| left + (t - first) * slot;
        let span = (first, first + years.len() as f64);
        let marker_marks =
            markers::draw(cv, marker_list, &sx, span, (left, x1), (band_top, bottom))?;
        let mut marks = Vec::with_capacity(years.len() + marker_marks.len());
        for (i, &year) in years.iter().enumerate() {
            let x = left + slot * i as f64 + (slot - bar_w) / 2.0;
            let partial = years_counts.partial.filter(|(y, _)| *y == year);
            let acc = stack(cv, c, year, (x, bar_w), bottom, &sy, partial.is_some())?;
            if let Some((_, through)) = partial {
                cv.text(
                    &charts::partial_short(lang, &through.human_in_year(lang)),
                    x + bar_w / 2.0,
                    bottom + 5.0 + tick_px * 1.2,
                    tick_px * 0.9,
                    if i + 1 == years.len() && slot < tick_px * 6.0 {
                        Anchor::End
                    } else {
                        Anchor::Middle
                    },
                    pal.fg,
                    false,
                )?;
            }
            if acc > 0 {
                cv.text(
                    &acc.to_string(),
                    x + bar_w / 2.0,
                    sy(acc as f64) - tick_px * 1.25,
                    tick_px,
                    Anchor::Middle,
                    pal.fg,
                    true,
                )?;
            }
            if i % every == 0 {
                cv.text(
                    &year.to_string(),
                    x + bar_w / 2.0,
                    bottom + 5.0,
                    tick_px,
                    Anchor::Middle,
                    pal.muted,
                    false,
                )?;
            }
            marks.push(Mark {
                shape: MarkShape::Rect {
                    x: left + slot * i as f64,
                    y: top,
                    w: slot,
                    h: bottom - top,
                },
                title: year_title(years_counts, year, lang),
                action: Some(Action::Years {
                    from: year,
                    to: year,
                }),
            });
        }
        // Their marks after the years', so that a rule is on top of its year.
        marks.extend(marker_marks);
        Ok(marks)
    })
}

/// The same numbers as a table: a row per year, a column per category.
pub(super) fn table(lang: Lang, years: &Years, caption: String) -> Table {
    let c = &years.counts;
    let mut head = vec![charts::HEAD_YEAR.get(lang).to_owned()];
    head.extend(Category::ALL.iter().map(|cat| cat.label(lang).to_owned()));
    head.push(charts::HEAD_TOTAL.get(lang).to_owned());
    Table {
        caption,
        head,
        rows: c
            .years()
            .map(|y| {
                let mut row = vec![year_label(years, y, lang)];
                row.extend(Category::ALL.iter().map(|&cat| c.get(y, cat).to_string()));
                row.push(c.total(y).to_string());
                row
            })
            .collect(),
    }
}

/// The columns' values, for a native chart: milestones per year, stacked by category.
pub(super) fn numbers(lang: Lang, counts: &Years) -> super::Numbers {
    let c = &counts.counts;
    let years: Vec<u16> = c.years().collect();
    super::Numbers {
        kind: super::NumbersKind::StackedColumns,
        category_head: charts::HEAD_YEAR.get(lang).to_owned(),
        categories: years.iter().map(|&y| year_label(counts, y, lang)).collect(),
        series: Category::ALL
            .iter()
            .map(|&cat| super::NumberSeries {
                name: cat.label(lang).to_owned(),
                values: years.iter().map(|&y| Some(c.get(y, cat) as f64)).collect(),
                color: category_color(cat),
                point_colors: Vec::new(),
            })
            .collect(),
        key: Vec::new(),
        caveats: partial_note(lang, counts).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Chart;
    use crate::filter::{self, Filters};
    use crate::testing::bundled;
    use crate::testing::*;

    #[test]
    fn one_bar_per_year_with_totals_that_follow_the_filters() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let input = Input::new(&ds, &countries, &all, Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(900, 480))
            .unwrap()
            .screen();
        assert_well_formed(&svg);
        let (first, last) = ds.year_span().unwrap();
        assert_eq!((first, last), (2013, 2026));
        assert_eq!(mark_data(&svg, "from").len(), 14, "2013 to 2026");
        let titles = mark_titles(&svg);
        let n2013 = ds
            .milestones
            .iter()
            .filter(|m| m.date.year() == 2013)
            .count();
        assert!(
            titles[0].starts_with(&format!("2013: {n2013} milestone")),
            "{}",
            titles[0]
        );
        assert!(texts(&svg).iter().any(|t| t == "All milestones"));

        let filters = Filters {
            cats: vec![Category::Forum],
            ..Filters::default()
        };
        let forum = filter::apply(&ds, &filters, &countries, None);
        let input = Input::new(&ds, &countries, &forum, Lang::En).with_filters(&filters);
        let svg = Model::new(&input)
            .draw(Theme::Dark, Size::new(900, 480))
            .unwrap()
            .screen();
        let sum: usize = Model::new(&input)
            .table()
            .rows
            .iter()
            .map(|r| r.last().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(sum, forum.len());
        assert!(
            texts(&svg).iter().any(|t| t == "Forum"),
            "the subtitle names the filter"
        );
    }
}
