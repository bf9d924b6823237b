//! The year overview strip above the timeline: milestones per year; a year is a button.

use plotters::prelude::*;

use super::{Action, Anchor, Canvas, ChartError, Drawing, Mark, MarkShape, Size, Theme};
use crate::aggregate::YearCounts;
use crate::i18n::{charts, data, Lang};

/// What the strip shows.
pub struct StripInput<'a> {
    /// Counts of the filtered milestones.
    pub filtered: &'a YearCounts,
    /// Counts of all milestones, drawn faintly behind, over the same years.
    pub all: &'a YearCounts,
    /// The selected year range, if any: years outside it are dimmed.
    pub range: (Option<u16>, Option<u16>),
    pub lang: Lang,
    /// The newest year first (left), as the timeline's order is.
    pub newest_first: bool,
}

/// Draws the strip. Each year is an overlay mark with `data-year`.
pub fn render(input: &StripInput, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
    let years: Vec<u16> = input.all.years().collect();
    let n = years.len().max(1) as f64;
    let (w, h) = (f64::from(size.width), f64::from(size.height));
    let label_px = 11.0 * theme.scale();
    let top = 16.0 * theme.scale();
    let bottom = h - label_px * 1.6;
    let slot = w / n;
    let bar_w = (slot * 0.7).max(2.0);
    let max = input.all.max_total().max(1) as f64;
    // Label every year when there is room, else every 2nd, 5th or 10th.
    let every = super::label_step(slot, label_px * 2.6);

    let mut buf = String::new();
    let mut marks = Vec::with_capacity(years.len());
    {
        let root = SVGBackend::with_string(&mut buf, (size.width, size.height)).into_drawing_area();
        let c = Canvas { area: &root, theme };
        let pal = theme.palette();
        root.fill(&pal.bg)?;
        c.line(&[(0.0, bottom), (w, bottom)], pal.axis, 1)?;
        // In the timeline's order, so that the strip reads as the list does,
        // and the keyboard meets the years in that order too.
        let shown: Vec<u16> = if input.newest_first {
            years.iter().rev().copied().collect()
        } else {
            years.clone()
        };
        for (i, &year) in shown.iter().enumerate() {
            let x = slot * i as f64 + (slot - bar_w) / 2.0;
            let total = input.all.total(year) as f64;
            let count = input.filtered.total(year);
            let in_range =
                input.range.0.is_none_or(|f| year >= f) && input.range.1.is_none_or(|t| year <= t);
            let y_all = bottom - (bottom - top) * total / max;
            let y = bottom - (bottom - top) * count as f64 / max;
            if total > 0.0 {
                c.rect(x, y_all, x + bar_w, bottom, pal.grid)?;
            }
            if count > 0 {
                let color = if in_range { pal.series[0] } else { pal.axis };
                c.rect(x, y, x + bar_w, bottom, color)?;
                if slot >= label_px * 1.4 {
                    c.text(
                        &count.to_string(),
                        x + bar_w / 2.0,
                        y - label_px * 1.15,
                        label_px,
                        Anchor::Middle,
                        pal.fg,
                        false,
                    )?;
                }
            }
            if (year - years.first().copied().unwrap_or(year)).is_multiple_of(every) {
                let label = if every > 1 || slot >= label_px * 2.6 {
                    year.to_string()
                } else {
                    format!("'{:02}", year % 100)
                };
                c.text(
                    &label,
                    x + bar_w / 2.0,
                    bottom + 3.0,
                    label_px,
                    Anchor::Middle,
                    pal.muted,
                    false,
                )?;
            }
            let title = charts::strip_mark(
                input.lang,
                year,
                count,
                data::plural_s(count),
                input.all.total(year),
            );
            marks.push(Mark {
                shape: MarkShape::Rect {
                    x: slot * i as f64,
                    y: 0.0,
                    w: slot,
                    h,
                },
                title,
                action: Some(Action::ToggleYear(year)),
            });
        }
        root.present()?;
    }
    let label = charts::YEAR_STRIP_TITLE.get(input.lang);
    Ok(Drawing::new("year-strip", &buf, label, "", marks))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    fn counts(first: u16, totals: &[usize]) -> YearCounts {
        YearCounts {
            first,
            last: first + totals.len() as u16 - 1,
            counts: totals.iter().map(|&t| [t, 0, 0, 0, 0, 0, 0, 0]).collect(),
        }
    }

    #[test]
    fn one_button_per_year_with_its_counts() {
        let all = counts(2013, &[2, 0, 5, 3]);
        let filtered = counts(2013, &[1, 0, 5, 0]);
        let svg = render(
            &StripInput {
                filtered: &filtered,
                all: &all,
                range: (None, None),
                lang: Lang::En,
                newest_first: false,
            },
            Theme::Light,
            Size::new(600, 90),
        )
        .unwrap()
        .screen();
        assert_well_formed(&svg);
        assert_eq!(mark_data(&svg, "year"), ["2013", "2014", "2015", "2016"]);
        let titles = mark_titles(&svg);
        assert!(
            titles[0].starts_with("2013: 1 milestone shown of 2"),
            "{}",
            titles[0]
        );
        assert!(
            titles[2].starts_with("2015: 5 milestones shown of 5"),
            "{}",
            titles[2]
        );
        let texts = texts(&svg);
        assert!(texts.contains(&"2016".to_owned()));
        assert!(texts.contains(&"5".to_owned()));
        assert_eq!(view_box(&svg).as_deref(), Some("0 0 600 90"));
    }

    #[test]
    fn a_narrow_strip_thins_its_labels_but_keeps_every_button() {
        let all = counts(1990, &[1; 36]);
        let svg = render(
            &StripInput {
                filtered: &all,
                all: &all,
                range: (Some(2000), Some(2001)),
                lang: Lang::Zh,
                newest_first: false,
            },
            Theme::Dark,
            Size::new(300, 80),
        )
        .unwrap()
        .screen();
        assert_eq!(mark_data(&svg, "year").len(), 36);
        let years = texts(&svg).iter().filter(|t| t.len() == 4).count();
        assert!((3..36).contains(&years), "{years} year labels");
        assert!(mark_titles(&svg)[0].contains("1990年"));
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use crate::aggregate::YearCounts;

    #[test]
    fn newest_first_puts_the_last_year_on_the_left() {
        let all = YearCounts {
            first: 2013,
            last: 2016,
            counts: vec![[1, 0, 0, 0, 0, 0, 0, 0]; 4],
        };
        let years = |newest_first| {
            let d = render(
                &StripInput {
                    filtered: &all,
                    all: &all,
                    range: (None, None),
                    lang: Lang::En,
                    newest_first,
                },
                Theme::Light,
                Size::new(400, 90),
            )
            .unwrap();
            d.marks()
                .iter()
                .map(|m| match (m.action, &m.shape) {
                    (Some(Action::ToggleYear(y)), MarkShape::Rect { x, .. }) => (y, *x as i64),
                    _ => panic!("{m:?}"),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            years(false),
            [(2013, 0), (2014, 100), (2015, 200), (2016, 300)]
        );
        assert_eq!(
            years(true),
            [(2016, 0), (2015, 100), (2014, 200), (2013, 300)]
        );
    }
}
