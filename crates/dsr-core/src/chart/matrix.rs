//! Chart `membership`: who joined what, when: countries in rows, agreements in numbered columns, each cell the year a country joined, "?" where the agreement is known only as a count, blank where a complete list leaves it out.

use super::lanes::names;
use super::{
    render_framed, Action, Anchor, ChartError, Drawing, Frame, Input, Mark, MarkShape, Size, Table,
    Theme,
};
use crate::i18n::{charts, compare as text, filters, Lang};
use crate::membership::{Cell, Matrix};

pub fn title(lang: Lang) -> &'static str {
    text::MATRIX_TITLE.get(lang)
}

/// What the rows are, instead of the timeline's filters (the matrix follows
/// only the countries, the region and the date).
fn subtitle(input: &Input) -> String {
    let lang = input.lang;
    let f = input.filters.cloned().unwrap_or_default();
    let mut line = if f.countries.is_empty() {
        let region = f
            .region
            .map(|r| text::matrix_in_region(lang, r.label(lang)))
            .unwrap_or_default();
        text::matrix_every(lang, &region)
    } else {
        let list: Vec<String> = f
            .countries
            .iter()
            .map(|&c| input.countries.name(c, lang))
            .collect();
        let list: Vec<&str> = list.iter().map(String::as_str).collect();
        text::matrix_chosen(lang, &names(lang, &list))
    };
    if let Some(d) = f.asof {
        line = format!(
            "{line} · {}",
            filters::as_of(lang, &d.last_day().human(lang))
        );
    }
    line
}

/// The size, at most `px`, at which `text` fits in `room` px; `None` when
/// that would be under 7 px (too small to read).
fn fitted(text: &str, px: f64, room: f64) -> Option<f64> {
    let w = super::text_width(text, px);
    let size = if w <= room {
        px
    } else {
        px * room / w.max(1.0)
    };
    (size >= 7.0).then_some(size)
}

/// The chart's model: the matrix, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    matrix: Matrix<'a>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        Self {
            input: *input,
            matrix: Matrix::of(
                input.ds,
                input.countries,
                input.filters,
                input.matrix,
                input.lang,
            ),
        }
    }

    fn frame(&self) -> Frame {
        let lang = self.input.lang;
        let mut frame = Frame::new(
            &self.input.ds.meta,
            lang,
            title(lang).to_owned(),
            subtitle(&self.input),
            text::MATRIX_DESCRIPTION.get(lang).to_owned(),
        );
        if self.matrix.rows.is_empty() {
            frame.footnotes.push(text::NO_ROWS.get(lang).to_owned());
        }
        frame.footnotes.push(text::KEY_JOINED.get(lang).to_owned());
        frame
            .footnotes
            .push(text::KEY_NOT_NAMED.get(lang).to_owned());
        frame.footnotes.push(text::KEY_NO.get(lang).to_owned());
        for (k, col) in self.matrix.columns.iter().enumerate() {
            frame
                .footnotes
                .push(text::column_key(lang, k + 1, col.agreement.name.get(lang)));
        }
        frame
    }

    /// The width of the names column and the row height at `width`.
    fn geometry(&self, width: u32, theme: Theme) -> (f64, f64, f64) {
        let s = theme.scale();
        let px = if width < 520 { 11.0 } else { 12.0 } * s;
        let longest = self
            .matrix
            .rows
            .iter()
            .map(|r| super::text_width(r.country.name(self.input.lang), px))
            .fold(0.0, f64::max);
        let name_w = (longest + 8.0).min(f64::from(width) * 0.3);
        (px, name_w, px * 1.9)
    }

    fn cell_text(&self, cell: Cell, lang: Lang) -> String {
        match cell {
            Cell::Joined(d) => d.year().to_string(),
            Cell::NotNamed => text::NOT_NAMED.get(lang).to_owned(),
            Cell::No => text::NOT_A_MEMBER.get(lang).to_owned(),
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        let lang = self.input.lang;
        let m = &self.matrix;
        let (natural_px, name_w, natural_row) = self.geometry(size.width, theme);
        render_framed(
            "membership",
            size,
            theme,
            &self.frame(),
            |cv, (x0, y0, x1, y1)| {
                // A frame too short for every row (a PNG preset) gets smaller
                // rows rather than rows over the key.
                let fit = ((y1 - y0) / (natural_row * (m.rows.len() + 1) as f64)).min(1.0);
                let (px, row_h) = (natural_px * fit, natural_row * fit);
                let pal = cv.palette();
                let left = x0 + name_w;
                let col_w = (x1 - left) / m.columns.len().max(1) as f64;
                let mut marks = Vec::new();
                // Numbered column heads; the key under the chart names them.
                for (k, col) in m.columns.iter().enumerate() {
                    let x = left + col_w * k as f64;
                    let head = (k + 1).to_string();
                    let size = fitted(&head, px, col_w - 1.0).unwrap_or(7.0);
                    cv.text(
                        &head,
                        x + col_w / 2.0,
                        y0,
                        size,
                        Anchor::Middle,
                        pal.fg,
                        true,
                    )?;
                    marks.push(Mark {
                        shape: MarkShape::Rect {
                            x,
                            y: y0,
                            w: col_w,
                            h: row_h,
                        },
                        title: text::column_title(
                            lang,
                            col.agreement.name.get(lang),
                            col.named(),
                            &col.figure.count_label(lang),
                        ),
                        action: None,
                    });
                }
                let mut y = y0 + row_h;
                for (i, row) in m.rows.iter().enumerate() {
                    if i % 2 == 0 {
                        cv.rect(x0, y, x1, y + row_h, pal.grid)?;
                    }
                    let name = row.country.name(lang);
                    let shown = super::markers::short(name, px, name_w - 6.0);
                    cv.text(
                        &shown,
                        x0 + 2.0,
                        y + (row_h - px) / 2.0,
                        px,
                        Anchor::Start,
                        pal.fg,
                        false,
                    )?;
                    marks.push(Mark {
                        shape: MarkShape::Rect {
                            x: x0,
                            y,
                            w: name_w,
                            h: row_h,
                        },
                        title: name.to_owned(),
                        action: Some(Action::Country(row.country.code)),
                    });
                    for (k, (&cell, col)) in row.cells.iter().zip(&m.columns).enumerate() {
                        let x = left + col_w * k as f64;
                        let cx = x + col_w / 2.0;
                        let ty = y + (row_h - px) / 2.0;
                        let agreement = col.agreement.name.get(lang);
                        let title = match cell {
                            Cell::Joined(d) => {
                                let (a, b) = (x + 1.5, x + col_w - 1.5);
                                cv.rect(a, y + 2.0, b, y + row_h - 2.0, pal.series[0])?;
                                let year = d.year().to_string();
                                // The year, or its last two digits, at a size that fits the
                                // cell; none in a cell too narrow (its tooltip and the table say it).
                                let short = format!("{:02}", d.year() % 100);
                                let fitting = [year, short].into_iter().find_map(|t| {
                                    fitted(&t, px * 0.95, col_w - 3.0).map(|size| (t, size))
                                });
                                if let Some((shown, size)) = fitting {
                                    let ty = y + (row_h - size) / 2.0;
                                    cv.text(&shown, cx, ty, size, Anchor::Middle, pal.bg, true)?;
                                }
                                text::joined_title(lang, name, agreement, &d.human(lang))
                            }
                            Cell::NotNamed => {
                                cv.text("?", cx, ty, px, Anchor::Middle, pal.muted, false)?;
                                text::not_named_title(
                                    lang,
                                    name,
                                    agreement,
                                    &col.figure.count_label(lang),
                                    &col.figure.as_of_label(lang),
                                )
                            }
                            Cell::No => text::no_title(lang, name, agreement),
                        };
                        marks.push(Mark {
                            shape: MarkShape::Rect {
                                x,
                                y,
                                w: col_w,
                                h: row_h,
                            },
                            title,
                            action: None,
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
        let mut head = vec![text::COUNTRY.get(lang).to_owned()];
        head.extend(
            self.matrix
                .columns
                .iter()
                .map(|c| c.agreement.name.get(lang).to_owned()),
        );
        let rows = self
            .matrix
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![r.country.name(lang).to_owned()];
                row.extend(r.cells.iter().map(|&c| self.cell_text(c, lang)));
                row
            })
            .collect();
        Table {
            caption: charts::caption(lang, title(lang), &subtitle(&self.input)),
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

    fn fills_height(&self) -> bool {
        false
    }

    /// The rows it shows: it follows only the countries, the region and the date.
    fn own_subtitle(&self) -> Option<String> {
        Some(subtitle(&self.input))
    }

    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        let (_, _, row_h) = self.geometry(width, theme);
        let chrome = self.frame().chrome_height(width, theme);
        (chrome + row_h * (self.matrix.rows.len() + 1) as f64 + 8.0).ceil() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Chart as _, ChartId};
    use crate::filter::Filters;
    use crate::membership::MatrixOrder;
    use crate::model::CountryCode;
    use crate::testing::*;

    #[test]
    fn the_matrix_draws_a_cell_for_each_country_and_agreement_and_its_table_says_the_same() {
        let (ds, countries) = bundled();
        for lang in [Lang::En, Lang::Zh] {
            let filters = Filters {
                countries: ["KEN", "DZA", "THA"]
                    .map(|c| CountryCode::parse(c).unwrap())
                    .to_vec(),
                ..Filters::default()
            };
            let mut input = Input::new(&ds, &countries, &[], lang).with_filters(&filters);
            input.matrix = MatrixOrder::Name;
            let chart = ChartId::Membership.model(&input);
            let table = chart.table();
            assert_eq!(table.rows.len(), 3);
            assert_eq!(table.head.len(), ds.agreements.len() + 1);
            let not_named = text::NOT_NAMED.get(lang);
            assert!(table.rows.iter().flatten().any(|c| c == not_named));
            for width in [320, 1000] {
                let h = chart.preferred_height(width, Theme::Light);
                let d = chart.draw(Theme::Light, Size::new(width, h)).unwrap();
                // A head per column, a name per row, a cell per row and column.
                let cols = ds.agreements.len();
                assert_eq!(d.marks().len(), cols + 3 * (cols + 1));
                for mark in d.marks() {
                    if let MarkShape::Rect { y, h: mh, .. } = mark.shape {
                        assert!(y + mh <= f64::from(h), "{} below {h}", y + mh);
                    }
                }
                assert_well_formed(&chart.document(Theme::Dark, Size::new(width, h)).unwrap());
            }
        }
        // Every country named anywhere, without a country filter.
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let all = ChartId::Membership.model(&input).table();
        assert!(all.rows.len() > 30, "{}", all.rows.len());
        let svg = ChartId::Membership
            .model(&input)
            .document(Theme::Light, Size::new(900, 1400))
            .unwrap();
        let words = texts(&svg).join(" ");
        assert!(
            words.contains("1: ") && words.contains("?: not named"),
            "{words}"
        );
    }

    #[test]
    fn a_cell_s_year_is_drawn_at_a_size_that_fits_or_not_at_all() {
        assert_eq!(fitted("2021", 12.0, 60.0), Some(12.0));
        let size = fitted("2021", 12.0, 20.0).unwrap();
        assert!(size < 12.0 && crate::chart::text_width("2021", size) <= 20.0 + 1e-9);
        assert_eq!(fitted("2021", 12.0, 8.0), None);
    }

    #[test]
    fn at_every_png_preset_the_rows_stay_above_the_key() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let model = Model::new(&input);
        assert!(model.matrix.rows.len() > 30);
        for p in crate::chart::export::PRESETS {
            let size = Size::new(p.width, p.height);
            let (_, below) = model.frame().margins(p.width, Theme::Light);
            let d = model.draw(Theme::Light, size).unwrap();
            for m in d.marks() {
                if let MarkShape::Rect { y, h, .. } = m.shape {
                    assert!(
                        y + h <= f64::from(p.height) - below + 0.5,
                        "{}: {} over the key at {}",
                        p.id,
                        y + h,
                        f64::from(p.height) - below
                    );
                }
            }
        }
    }
}
