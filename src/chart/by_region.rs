//! Chart `countries-by-region`: distinct partner countries named in the filtered milestones, by UN region.

use super::{
    nice_ticks, render_framed, Anchor, ChartError, Frame, Input, Mark, MarkShape, Size, Table,
    Theme,
};
use crate::aggregate::{self, RegionCount};
use crate::i18n::Lang;

pub fn title(lang: Lang) -> &'static str {
    lang.pick(
        "Partner countries named, by UN region",
        "按联合国区域统计的伙伴国家",
    )
}

pub fn preferred_height(theme: Theme) -> u32 {
    (420.0 * theme.scale()) as u32
}

fn rows(input: &Input) -> Vec<RegionCount> {
    let mut rows = aggregate::partners_by_region(input.ds, input.indices, input.countries);
    rows.sort_by_key(|r| std::cmp::Reverse(r.countries.len()));
    rows
}

fn names(input: &Input, r: &RegionCount) -> String {
    let list: Vec<String> = r
        .countries
        .iter()
        .map(|&c| input.countries.name(c, input.lang))
        .collect();
    list.join(input.lang.pick(", ", "、"))
}

/// Draws the chart.
pub fn render(input: &Input, theme: Theme, size: Size) -> Result<String, ChartError> {
    let lang = input.lang;
    let rows = rows(input);
    let total: usize = rows.iter().map(|r| r.countries.len()).sum();
    let frame = Frame::new(
        &input.ds.meta,
        lang,
        title(lang).to_owned(),
        match lang {
            Lang::En => format!("{} · {total} distinct countries other than China", input.subtitle()),
            Lang::Zh => format!("{} · 中国以外共{total}个国家", input.subtitle()),
        },
        lang.pick(
            "Horizontal bar chart. A country counts once per region, however many milestones name it.",
            "横向条形图。一个国家无论出现在多少条大事记中，只计一次。",
        )
        .to_owned(),
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
                let title = match lang {
                    Lang::En => format!(
                        "{}: {} partner countr{}{}{}. Select to show only these milestones.",
                        r.region.label(lang),
                        r.countries.len(),
                        if r.countries.len() == 1 { "y" } else { "ies" },
                        if r.countries.is_empty() { "" } else { ": " },
                        names(input, r)
                    ),
                    Lang::Zh => format!(
                        "{}：{}个伙伴国家{}{}。选择以只显示这些大事记。",
                        r.region.label(lang),
                        r.countries.len(),
                        if r.countries.is_empty() { "" } else { "：" },
                        names(input, r)
                    ),
                };
                marks.push(Mark {
                    shape: MarkShape::Rect {
                        x: x0,
                        y: top,
                        w: x1 - x0,
                        h: row_h,
                    },
                    title,
                    data: vec![("region", r.region.as_str().to_owned())],
                });
            }
            Ok(marks)
        },
    )
}

/// The same numbers as a table, with the countries named.
pub fn table(input: &Input) -> Table {
    let lang = input.lang;
    Table {
        caption: format!("{} — {}", title(lang), input.subtitle()),
        head: vec![
            lang.pick("UN region", "联合国区域").to_owned(),
            lang.pick("Partner countries", "伙伴国家数量").to_owned(),
            lang.pick("Countries", "国家").to_owned(),
        ],
        rows: rows(input)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::test_support::*;
    use crate::chart::tests_data::bundled;
    use crate::countries::Region;
    use crate::filter::{self, Filters, CHINA};
    use std::collections::BTreeSet;

    #[test]
    fn counts_distinct_partners_per_region_and_follows_the_filters() {
        let (ds, countries) = bundled();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let input = Input::new(&ds, &countries, &all, Lang::En);
        let svg = render(&input, Theme::Light, Size::new(700, 420)).unwrap();
        assert_balanced(&svg);
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
        let only = filter::apply(&ds, &filters, &countries);
        let input = Input::new(&ds, &countries, &only, Lang::En).with_filters(&filters);
        let table = table(&input);
        let asia_row = table.rows.iter().find(|r| r[0] == "Asia").unwrap();
        assert_eq!(
            asia_row[1], "2",
            "Kazakhstan and Indonesia in 2013: {asia_row:?}"
        );
    }
}
