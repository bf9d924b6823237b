//! Chart `compare-by-year`: the compared countries' milestones per year, a row each on one shared scale, stacked by category.

use super::by_year::{self, Years};
use super::lanes::{axis_years, comparison, names};
use super::{
    category_color, nice_ticks, render_framed, Action, Anchor, ChartError, Drawing, Frame, Input,
    Mark, MarkShape, NumberSeries, Numbers, NumbersKind, Size, Table, Theme,
};
use crate::compare::Comparison;
use crate::i18n::{compare as text, data, Lang};
use crate::model::Category;

pub fn title(lang: Lang) -> &'static str {
    text::YEARS_TITLE.get(lang)
}

/// The chart's model: each compared country's counts per year, and the one scale they share.
pub struct Model<'a> {
    input: Input<'a>,
    comparison: Option<Comparison<'a>>,
    counts: Vec<Years>,
    years: (u16, u16),
    max: (f64, f64),
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let comparison = comparison(input);
        let counts: Vec<Years> = comparison
            .iter()
            .flat_map(|c| c.lanes.iter())
            .map(|l| by_year::counts(input, &l.milestones))
            .collect();
        let years = axis_years(input);
        let top = counts
            .iter()
            .flat_map(|y| (years.0..=years.1).map(|year| y.counts.total(year)))
            .max()
            .unwrap_or(0);
        Self {
            input: *input,
            comparison,
            counts,
            years,
            max: nice_ticks(top.max(1) as f64),
        }
    }

    fn frame(&self, c: &Comparison) -> Frame {
        let lang = self.input.lang;
        let list: Vec<&str> = c.lanes.iter().map(|l| l.country.name(lang)).collect();
        let mut frame = Frame::new(
            &self.input.ds.meta,
            lang,
            text::years_title(lang, &names(lang, &list)),
            self.input.subtitle(),
            text::YEARS_DESCRIPTION.get(lang).to_owned(),
        );
        frame
            .footnotes
            .push(text::shared_scale(lang, self.max.0 as u32));
        if let Some(note) = self
            .counts
            .first()
            .and_then(|y| by_year::partial_note(lang, y))
        {
            frame.footnotes.push(note);
        }
        frame
    }

    fn year_list(&self) -> Vec<u16> {
        (self.years.0..=self.years.1).collect()
    }

    /// A row's height at `width`.
    fn row_h(width: u32, theme: Theme) -> f64 {
        (f64::from(width) * 0.12).clamp(64.0, 110.0) * theme.scale().sqrt() + 38.0 * theme.scale()
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        let c = self.comparison.as_ref().ok_or(ChartError::NoCountry)?;
        let lang = self.input.lang;
        let years = self.year_list();
        let (y_max, _) = self.max;
        let used: Vec<Category> = Category::ALL
            .iter()
            .copied()
            .filter(|&cat| {
                self.counts
                    .iter()
                    .any(|y| years.iter().any(|&yr| y.counts.get(yr, cat) > 0))
            })
            .collect();
        let row_h = Self::row_h(size.width, theme);
        render_framed(
            "compare-by-year",
            size,
            theme,
            &self.frame(c),
            |cv, (x0, y0, x1, y1)| {
                let pal = cv.palette();
                let px = cv.px(12.0);
                let tick = cv.px(11.0);
                let entries: Vec<(plotters::style::RGBColor, &str)> = used
                    .iter()
                    .map(|&cat| (category_color(cat), cat.label(lang)))
                    .collect();
                let mut y = cv.legend(&entries, x0, x1, y0)? + px * 0.3;
                // A frame too short for every row (a PNG preset) gets shorter
                // rows, down to room for a name, a column and the years.
                let least = px * 2.2 + tick * 1.5 + 12.0;
                let row_h = row_h.min(((y1 - y) / c.lanes.len().max(1) as f64).max(least));
                let left = x0 + tick * 2.4;
                let slot = (x1 - left) / years.len().max(1) as f64;
                let bar_w = (slot * 0.72).max(2.0);
                let every = usize::from(super::label_step(slot, tick * 2.8));
                let mut marks = Vec::new();
                for (lane, counts) in c.lanes.iter().zip(&self.counts) {
                    let name = lane.country.name(lang);
                    cv.text(name, x0, y, px, Anchor::Start, pal.fg, true)?;
                    let top = y + px * 2.2;
                    let bottom = y + row_h - tick * 1.5;
                    let sy = |v: f64| bottom - v / y_max * (bottom - top);
                    cv.line(&[(left, sy(y_max)), (x1, sy(y_max))], pal.grid, 1)?;
                    cv.line(&[(left, bottom), (x1, bottom)], pal.axis, 1)?;
                    cv.text(
                        &format!("{y_max:.0}"),
                        left - 5.0,
                        sy(y_max) - tick * 0.6,
                        tick,
                        Anchor::End,
                        pal.muted,
                        false,
                    )?;
                    cv.text(
                        "0",
                        left - 5.0,
                        bottom - tick * 0.6,
                        tick,
                        Anchor::End,
                        pal.muted,
                        false,
                    )?;
                    for (i, &year) in years.iter().enumerate() {
                        let x = left + slot * i as f64 + (slot - bar_w) / 2.0;
                        let partial = counts.partial.is_some_and(|(y, _)| y == year);
                        let acc = by_year::stack(
                            cv,
                            &counts.counts,
                            year,
                            (x, bar_w),
                            bottom,
                            &sy,
                            partial,
                        )?;
                        if i % every == 0 {
                            cv.text(
                                &year.to_string(),
                                x + bar_w / 2.0,
                                bottom + 3.0,
                                tick,
                                Anchor::Middle,
                                pal.muted,
                                false,
                            )?;
                        }
                        let label =
                            super::year_label(&self.input.ds.meta, self.input.asof(), year, lang);
                        marks.push(Mark {
                            shape: MarkShape::Rect {
                                x: left + slot * i as f64,
                                y: top,
                                w: slot,
                                h: bottom - top,
                            },
                            title: text::year_mark(lang, name, &label, acc, data::plural_s(acc)),
                            action: Some(Action::Year(year)),
                        });
                    }
                    y += row_h;
                }
                Ok(marks)
            },
        )
    }

    fn table(&self) -> Table {
        let lang = self.input.lang;
        let mut head = vec![text::YEAR.get(lang).to_owned()];
        let mut caption = title(lang).to_owned();
        if let Some(c) = &self.comparison {
            head.extend(c.lanes.iter().map(|l| l.country.name(lang).to_owned()));
            let list: Vec<&str> = c.lanes.iter().map(|l| l.country.name(lang)).collect();
            // Its title, as the lanes' table is captioned (the filters are under it on a slide).
            caption = text::years_title(lang, &names(lang, &list));
        }
        let rows = self
            .year_list()
            .into_iter()
            .map(|year| {
                let mut row = vec![super::year_label(
                    &self.input.ds.meta,
                    self.input.asof(),
                    year,
                    lang,
                )];
                row.extend(self.counts.iter().map(|y| y.counts.total(year).to_string()));
                row
            })
            .collect();
        Table {
            caption,
            head,
            rows,
        }
    }

    /// A column per country in each year, side by side: a line would draw
    /// the partial last year as a fall.
    fn numbers(&self, theme: Theme) -> Option<Numbers> {
        let lang = self.input.lang;
        let c = self.comparison.as_ref()?;
        let pal = theme.palette();
        let years = self.year_list();
        Some(Numbers {
            kind: NumbersKind::Columns,
            category_head: text::YEAR.get(lang).to_owned(),
            categories: years
                .iter()
                .map(|&y| super::year_label(&self.input.ds.meta, self.input.asof(), y, lang))
                .collect(),
            series: c
                .lanes
                .iter()
                .zip(&self.counts)
                .enumerate()
                .map(|(k, (lane, counts))| NumberSeries {
                    name: lane.country.name(lang).to_owned(),
                    values: years
                        .iter()
                        .map(|&y| Some(counts.counts.total(y) as f64))
                        .collect(),
                    color: pal
                        .series
                        .get(k % pal.series.len())
                        .copied()
                        .unwrap_or(pal.fg),
                    point_colors: Vec::new(),
                })
                .collect(),
            key: Vec::new(),
            caveats: Vec::new(),
        })
    }

    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        let Some(c) = &self.comparison else {
            return 300;
        };
        let pad = 16.0 * theme.scale();
        let labels: Vec<&str> = Category::ALL
            .iter()
            .map(|cat| cat.label(self.input.lang))
            .collect();
        let legend = super::Canvas::legend_height(&labels, pad, f64::from(width) - pad, theme);
        let rows = c.lanes.len() as f64 * Self::row_h(width, theme);
        (self.frame(c).chrome_height(width, theme) + legend + rows + 12.0).ceil() as u32
    }

    fn ready(&self) -> bool {
        self.comparison.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Chart as _, ChartId};
    use crate::filter::{self, Filters};
    use crate::model::CountryCode;
    use crate::testing::*;

    #[test]
    fn every_row_counts_its_country_on_one_shared_scale() {
        let (ds, countries) = bundled();
        let filters = Filters {
            countries: ["THA", "KEN", "ALB"]
                .map(|c| CountryCode::parse(c).unwrap())
                .to_vec(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let input = Input::new(&ds, &countries, &indices, Lang::En).with_filters(&filters);
        let model = Model::new(&input);
        let table = model.table();
        assert_eq!(table.head, ["Year", "Thailand", "Kenya", "Albania"]);
        for (k, code) in ["THA", "KEN", "ALB"].iter().enumerate() {
            let code = CountryCode::parse(code).unwrap();
            let total: usize = table
                .rows
                .iter()
                .map(|r| r[k + 1].parse::<usize>().unwrap())
                .sum();
            let expected = ds
                .milestones
                .iter()
                .filter(|m| m.countries.contains(&code))
                .count();
            assert_eq!(total, expected, "{code}");
        }
        // One scale: the largest count of any country in any year fits under it.
        let most = table
            .rows
            .iter()
            .flat_map(|r| r[1..].iter().map(|v| v.parse::<f64>().unwrap()))
            .fold(0.0, f64::max);
        assert!(model.max.0 >= most && model.max.0 < most * 2.0 + 1.0);
        let chart = ChartId::CompareByYear.model(&input);
        for width in [320, 1000] {
            let h = chart.preferred_height(width, Theme::Light);
            let svg = chart.document(Theme::Light, Size::new(width, h)).unwrap();
            assert_well_formed(&svg);
            assert!(texts(&svg).join(" ").contains("Every row shares one scale"));
        }
        let n = chart.numbers(Theme::Light).unwrap();
        assert_eq!(n.series.len(), 3);
    }

    #[test]
    fn at_every_png_preset_six_rows_stay_above_the_footnotes() {
        let (ds, countries) = bundled();
        let filters = Filters {
            countries: ["THA", "LAO", "IDN", "SGP", "KHM", "VNM"]
                .map(|c| CountryCode::parse(c).unwrap())
                .to_vec(),
            ..Filters::default()
        };
        let indices = filter::apply(&ds, &filters, &countries, None);
        let input = Input::new(&ds, &countries, &indices, Lang::En).with_filters(&filters);
        let model = Model::new(&input);
        let c = model.comparison.as_ref().unwrap();
        for p in crate::chart::export::PRESETS {
            let (_, below) = model.frame(c).margins(p.width, Theme::Light);
            let d = model
                .draw(Theme::Light, Size::new(p.width, p.height))
                .unwrap();
            for m in d.marks() {
                if let MarkShape::Rect { y, h, .. } = m.shape {
                    assert!(
                        y + h <= f64::from(p.height) - below + 0.5,
                        "{}: {} over the footnotes",
                        p.id,
                        y + h
                    );
                }
            }
        }
    }
}
