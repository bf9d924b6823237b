//! Chart `countries-by-region`: distinct partner countries named in the filtered milestones, by UN region.

use super::{
    nice_ticks, render_framed, Action, Anchor, ChartError, Drawing, Frame, Input, Mark, MarkShape,
    Size, Table, Theme,
};
use crate::aggregate::{self, RegionCount};
use crate::i18n::{charts, Lang};

pub fn title(lang: Lang) -> &'static str {
    charts::BY_REGION_TITLE.get(lang)
}

fn preferred_height(theme: Theme) -> u32 {
    (420.0 * theme.scale()) as u32
}

fn rows(input: &Input) -> Vec<RegionCount> {
    let mut rows = aggregate::partners_by_region(input.ds, input.indices, input.countries);
    super::sort_small(&mut rows, |a, b| b.countries.len().cmp(&a.countries.len()));
    rows
}

/// The chart's model: the partners per region, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    rows: Vec<RegionCount>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        Self {
            input: *input,
            rows: rows(input),
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        render(&self.input, &self.rows, theme, size)
    }
    fn table(&self) -> Table {
        table(&self.input, &self.rows)
    }
    fn numbers(&self, theme: Theme) -> Option<super::Numbers> {
        Some(numbers(&self.input, &self.rows, theme))
    }
    fn preferred_height(&self, _width: u32, theme: Theme) -> u32 {
        preferred_height(theme)
    }
}

fn names(input: &Input, r: &RegionCount) -> String {
    let list: Vec<String> = r
        .countries
        .iter()
        .map(|&c| input.countries.name(c, input.lang))
        .collect();
    input.lang.join(&list)
}

/// Draws the chart.
fn render(
    input: &Input,
    rows: &[RegionCount],
    theme: Theme,
    size: Size,
) -> Result<Drawing, ChartError> {
    let lang = input.lang;
    let total: usize = rows.iter().map(|r| r.countries.len()).sum();
    let frame = Frame::new(
        &input.ds.meta,
        lang,
        title(lang).to_owned(),
        charts::subtitle_and(
            lang,
            &input.subtitle(),
            &charts::distinct_partners(lang, total),
        ),
        charts::BY_REGION_DESCRIPTION.get(lang).to_owned(),
    );
    let (axis_max, _) = nice_ticks(
        rows.iter()
            .map(|r| r.countries.len())
            .max()
            .unwrap_or(1)
            .max(1) as f64,
    );
    render_framed(
        "countries-by-region",
        size,
        theme,
        &frame,
        |c, (x0, y0, x1, y1)| {
            let pal = c.palette();
            let name_px = c.px(13.0);
            let n = rows.len().max(1) as f64;
            let row_h = (y1 - y0) / n;
            let bar_h = (row_h * 0.42).clamp(6.0, 28.0 * theme.scale());
            let plot_w = (x1 - x0) * 0.82;
            let mut marks = Vec::new();
            for (i, r) in rows.iter().enumerate() {
                let top = y0 + row_h * i as f64;
                c.text(
                    r.region.label(lang),
                    x0,
                    top,
                    name_px,
                    Anchor::Start,
                    pal.fg,
                    false,
                )?;
                let by = top + name_px * 1.4;
                let w = r.countries.len() as f64 / axis_max * plot_w;
                c.rect(
                    x0,
                    by,
                    x0 + w.max(if r.countries.is_empty() { 0.0 } else { 2.0 }),
                    by + bar_h,
                    pal.series[0],
                )?;
                c.text(
                    &r.countries.len().to_string(),
                    x0 + w + 6.0,
                    by + (bar_h - name_px) / 2.0,
                    name_px,
                    Anchor::Start,
                    pal.fg,
                    true,
                )?;
                let region = r.region.label(lang);
                let title = match r.countries.len() {
                    0 => charts::region_mark_none(lang, region),
                    1 => charts::region_mark_one(lang, region, &names(input, r)),
                    n => charts::region_mark(lang, region, n, &names(input, r)),
                };
                marks.push(Mark {
                    shape: MarkShape::Rect {
                        x: x0,
                        y: top,
                        w: x1 - x0,
                        h: row_h,
                    },
                    title,
                    action: Some(Action::Region(r.region)),
                });
            }
            Ok(marks)
        },
    )
}

/// The same numbers as a table, with the countries named.
fn table(input: &Input, rows: &[RegionCount]) -> Table {
    let lang = input.lang;
    Table {
        caption: charts::caption(lang, title(lang), &input.subtitle()),
        head: vec![
            charts::HEAD_REGION.get(lang).to_owned(),
            charts::HEAD_PARTNER_COUNT.get(lang).to_owned(),
            charts::HEAD_COUNTRIES.get(lang).to_owned(),
        ],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.region.label(lang).to_owned(),
                    r.countries.len().to_string(),
                    names(input, r),
                ]
            })
            .collect(),
    }
}

/// The bars' values, for a native chart: distinct partners per region.
fn numbers(input: &Input, rows: &[RegionCount], theme: Theme) -> super::Numbers {
    let lang = input.lang;
    super::Numbers {
        kind: super::NumbersKind::Bars,
        category_head: charts::HEAD_REGION.get(lang).to_owned(),
        categories: rows
            .iter()
            .map(|r| r.region.label(lang).to_owned())
            .collect(),
        series: vec![super::NumberSeries {
            name: charts::HEAD_PARTNER_COUNT.get(lang).to_owned(),
            values: rows
                .iter()
                .map(|r| Some(r.countries.len() as f64))
                .collect(),
            color: theme.palette().series[0],
            point_colors: Vec::new(),
        }],
        key: Vec::new(),
        caveats: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Chart;
    use crate::countries::Region;
    use crate::filter::{self, Filters};
    use crate::model::CHINA;
    use crate::testing::bundled;
    use crate::testing::*;
    use std::collections::BTreeSet;

    #[test]
    fn counts_distinct_partners_per_region_and_follows_the_filters() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let input = Input::new(&ds, &countries, &all, Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(700, 420))
            .unwrap()
            .screen();
        assert_well_formed(&svg);
        assert_eq!(mark_data(&svg, "region").len(), 5);
        // Independent count for Asia.
        let asia: BTreeSet<_> = ds
            .milestones
            .iter()
            .flat_map(|m| m.countries.iter().copied())
            .filter(|&c| c != CHINA && countries.region_of(c) == Some(Region::Asia))
            .collect();
        let titles = mark_titles(&svg);
        let t = titles.iter().find(|t| t.starts_with("Asia:")).unwrap();
        assert!(
            t.starts_with(&format!("Asia: {} partner countries", asia.len())),
            "{t}"
        );
        assert!(t.contains("Kazakhstan"));

        let filters = Filters {
            from: Some(2013),
            to: Some(2013),
            ..Filters::default()
        };
        let only = filter::apply(&ds, &filters, &countries, None);
        let input = Input::new(&ds, &countries, &only, Lang::En).with_filters(&filters);
        let table = Model::new(&input).table();
        let asia_row = table.rows.iter().find(|r| r[0] == "Asia").unwrap();
        assert_eq!(
            asia_row[1], "2",
            "Kazakhstan and Indonesia in 2013: {asia_row:?}"
        );
    }
}
