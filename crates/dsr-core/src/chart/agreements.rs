//! Chart `agreements`: partner countries by agreement, latest count, as sorted horizontal bars.

use super::{
    nice_ticks, render_framed, text_width, Action, Anchor, Canvas, ChartError, Drawing, Frame,
    Input, Mark, MarkShape, Size, Table, Theme,
};
use crate::i18n::{charts, Lang};
use crate::model::{Agreement, AgreementKind, Counts, Observation, Qualifier};

/// One bar: an agreement and its latest undisputed observation.
struct Bar<'a> {
    agreement: &'a Agreement,
    latest: &'a Observation,
    /// Footnote number, when the agreement has a conflict or caveat to show.
    footnote: Option<usize>,
}

/// The markers used for footnotes, in order.
const MARKERS: &[&str] = &["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];

fn marker(n: usize) -> String {
    MARKERS
        .get(n - 1)
        .map_or_else(|| format!("[{n}]"), |m| (*m).to_owned())
}

/// Bars sorted by count (largest first), with footnotes numbered top to bottom.
fn bars<'a>(input: &Input<'a>) -> (Vec<Bar<'a>>, Vec<String>) {
    let lang = input.lang;
    let mut bars: Vec<Bar> = input
        .ds
        .agreements
        .iter()
        .filter_map(|a| {
            a.latest().map(|latest| Bar {
                agreement: a,
                latest,
                footnote: None,
            })
        })
        .collect();
    bars.sort_by(|a, b| {
        b.latest
            .count
            .cmp(&a.latest.count)
            .then_with(|| a.agreement.name.get(lang).cmp(b.agreement.name.get(lang)))
    });
    // Only conflicts get a marker and a footnote; other caveats are in the
    // tooltip and the table.
    let mut notes = Vec::new();
    for bar in &mut bars {
        let conflicts: Vec<String> = bar
            .agreement
            .observations
            .iter()
            .filter(|o| o.disputed)
            .map(|d| short_conflict(bar, d, lang))
            .collect();
        if !conflicts.is_empty() {
            notes.push(conflicts.join(" "));
            bar.footnote = Some(notes.len());
        }
    }
    (bars, notes)
}

/// The footnote for a disputed figure: what it is and why it is disputed.
fn conflict_text(a: &Agreement, d: &Observation, lang: Lang) -> String {
    let why = d.note.as_ref().map(|n| n.get(lang)).unwrap_or("");
    charts::conflict(
        lang,
        a.name.get(lang),
        &d.count_label(lang),
        &d.as_of_label(lang),
        why,
    )
}

/// The footnote under the chart: the disputed figure next to the charted one
/// (its marker on the bar's name says which agreement).
fn short_conflict(bar: &Bar, d: &Observation, lang: Lang) -> String {
    charts::short_conflict(
        lang,
        &bar.latest.count_label(lang),
        &bar.latest.as_of_label(lang),
        &d.count_label(lang),
        &d.as_of_label(lang),
    )
}

/// Caveats of a bar's latest figure, and any conflicts, for the tooltip and the table.
fn caveats(bar: &Bar, lang: Lang) -> String {
    let mut parts: Vec<String> = bar
        .latest
        .note
        .iter()
        .map(|n| n.get(lang).to_owned())
        .collect();
    parts.extend(
        bar.agreement
            .observations
            .iter()
            .filter(|o| o.disputed)
            .map(|d| conflict_text(bar.agreement, d, lang)),
    );
    parts.join(" ")
}

/// "17 partners · end 2022", "more than 10 signatories incl. China · 18 Oct 2023".
fn value_label(bar: &Bar, lang: Lang) -> String {
    let o = bar.latest;
    let n = o.count_label(lang);
    let date = o.as_of_label(lang);
    match bar.agreement.counts {
        Counts::Partners => charts::partners_value(lang, &n, &date),
        Counts::Signatories => charts::signatories_value(lang, &n, &date),
    }
}

fn sources_line(o: &Observation, lang: Lang) -> String {
    charts::source_line(lang, &crate::model::list_sources(&o.sources, lang))
}

fn kind_color(kind: AgreementKind, theme: Theme) -> plotters::style::RGBColor {
    let s = &theme.palette().series;
    match kind {
        AgreementKind::BilateralMouSeries => s[0],
        AgreementKind::MultilateralInitiative => s[1],
        AgreementKind::TradeAgreement => s[2],
    }
}

/// The title in the chosen language.
pub fn title(lang: Lang) -> &'static str {
    charts::AGREEMENTS_TITLE.get(lang)
}

/// The height of one bar with its name above it: tighter on phones, so that the
/// whole chart fits on a phone's first screen.
fn row_height(width: u32, theme: Theme) -> f64 {
    (if width < 600 { 34.0 } else { 46.0 }) * theme.scale()
}

/// The chart's frame: title, subtitle, description and the conflicts' footnotes.
fn frame(input: &Input, notes: &[String]) -> Frame {
    let lang = input.lang;
    let mut frame = Frame::new(
        &input.ds.meta,
        lang,
        title(lang).to_owned(),
        charts::AGREEMENTS_SUBTITLE.get(lang).to_owned(),
        charts::AGREEMENTS_DESCRIPTION.get(lang).to_owned(),
    );
    frame.footnotes = notes
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} {n}", marker(i + 1)))
        .collect();
    frame
}

/// The agreement kinds present, in legend order.
fn kinds(bars: &[Bar]) -> Vec<AgreementKind> {
    AgreementKind::ALL
        .iter()
        .copied()
        .filter(|k| bars.iter().any(|b| b.agreement.kind == *k))
        .collect()
}

/// The chart's model: its bars and footnotes, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    bars: Vec<Bar<'a>>,
    notes: Vec<String>,
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let (bars, notes) = bars(input);
        Self {
            input: *input,
            bars,
            notes,
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        render(&self.input, &self.bars, &self.notes, theme, size)
    }
    fn table(&self) -> Table {
        table(&self.input, &self.bars)
    }
    fn numbers(&self, theme: Theme) -> Option<super::Numbers> {
        Some(numbers(&self.input, &self.bars, theme))
    }
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        preferred_height(&self.input, &self.bars, &self.notes, width, theme)
    }
}

/// The height that fits every bar at `width`: the frame's words, the legend and the rows.
fn preferred_height(
    input: &Input,
    bars: &[Bar],
    notes: &[String],
    width: u32,
    theme: Theme,
) -> u32 {
    let frame = frame(input, notes);
    let pad = 16.0 * theme.scale();
    let labels: Vec<&str> = kinds(bars).iter().map(|k| k.label(input.lang)).collect();
    let legend = Canvas::legend_height(&labels, pad, f64::from(width) - pad, theme);
    let rows = bars.len().max(1) as f64 * row_height(width, theme);
    (frame.chrome_height(width, theme) + legend + 12.0 * theme.scale() * 0.5 + rows + 4.0).ceil()
        as u32
}

/// Draws the chart.
fn render(
    input: &Input,
    bars: &[Bar],
    notes: &[String],
    theme: Theme,
    size: Size,
) -> Result<Drawing, ChartError> {
    let lang = input.lang;
    let frame = frame(input, notes);
    let max = bars.iter().map(|b| b.latest.count).max().unwrap_or(1) as f64;
    let (axis_max, _) = nice_ticks(max);
    let kinds = kinds(bars);

    render_framed("agreements", size, theme, &frame, |c, (x0, y0, x1, y1)| {
        let pal = c.palette();
        // Legend: what the bar colours mean.
        let entries: Vec<(plotters::style::RGBColor, &str)> = kinds
            .iter()
            .map(|&k| (kind_color(k, theme), k.label(lang)))
            .collect();
        let y0 = c.legend(&entries, x0, x1, y0)? + c.px(12.0) * 0.5;

        let n = bars.len().max(1) as f64;
        let row = (y1 - y0) / n;
        let base_name = c.px(13.0);
        // Two lines per bar (name above) when there is room, else one line
        // (name at the left), with type shrunk to fit the row.
        let two_lines = row >= base_name * 1.35 + 10.0 * theme.scale() + 6.0;
        let name_px = if two_lines {
            base_name
        } else {
            base_name.min(row * 0.62).max(7.0)
        };
        let value_px = (c.px(12.0)).min(name_px);
        let (bar_x0, name_w) = if two_lines {
            (x0, x1 - x0)
        } else {
            let longest = bars
                .iter()
                .map(|b| text_width(b.agreement.name.get(lang), name_px) + name_px)
                .fold(0.0, f64::max);
            let w = longest.min((x1 - x0) * 0.42);
            (x0 + w + 8.0, w)
        };
        let bar_h = if two_lines {
            (row - name_px * 1.35 - 4.0).clamp(4.0, 22.0 * theme.scale())
        } else {
            (row * 0.62).clamp(3.0, 22.0 * theme.scale())
        };
        // The scale that lets every bar end with its label inside the chart.
        let ext = |b: &Bar| {
            if b.latest.qualifier == Some(Qualifier::MoreThan) {
                ((x1 - bar_x0) * 0.08).max(14.0) + 10.0
            } else {
                0.0
            }
        };
        let scale = bars
            .iter()
            .map(|b| {
                // Bold text runs wider than the estimate.
                let room =
                    x1 - bar_x0 - text_width(&value_label(b, lang), value_px) * 1.1 - ext(b) - 10.0;
                room.max(20.0) / f64::from(b.latest.count.max(1))
            })
            .fold(f64::INFINITY, f64::min)
            .min((x1 - bar_x0) / axis_max);
        let plot_w = axis_max * scale;
        let mut marks = Vec::with_capacity(bars.len());
        for (i, bar) in bars.iter().enumerate() {
            let top = y0 + row * i as f64;
            let mut name = bar.agreement.name.get(lang).to_owned();
            if let Some(f) = bar.footnote {
                name.push_str(&marker(f));
            }
            let name = fit(&name, name_px, name_w);
            let by = if two_lines {
                c.text(&name, x0, top, name_px, Anchor::Start, pal.fg, false)?;
                top + name_px * 1.35
            } else {
                let by = top + (row - bar_h) / 2.0;
                c.text(
                    &name,
                    x0,
                    by + (bar_h - name_px) / 2.0 - 1.0,
                    name_px,
                    Anchor::Start,
                    pal.fg,
                    false,
                )?;
                by
            };
            let w = f64::from(bar.latest.count) * scale;
            let color = kind_color(bar.agreement.kind, theme);
            c.rect(bar_x0, by, bar_x0 + w.max(2.0), by + bar_h, color)?;
            let mut label_x = bar_x0 + w + 6.0;
            if bar.latest.qualifier == Some(Qualifier::MoreThan) {
                // A lower bound: an open, dashed continuation and an arrowhead.
                let ext = (plot_w * 0.08).max(14.0);
                let mid = by + bar_h / 2.0;
                let mut x = bar_x0 + w;
                while x < bar_x0 + w + ext - 3.0 {
                    c.line(&[(x, mid), (x + 4.0, mid)], color, theme.stroke())?;
                    x += 7.0;
                }
                let tip = bar_x0 + w + ext + 4.0;
                c.line(
                    &[(tip - 6.0, by), (tip, mid), (tip - 6.0, by + bar_h)],
                    color,
                    theme.stroke(),
                )?;
                label_x = tip + 6.0;
            }
            // On a phone the longest labels ("more than 10 signatories incl. China · 18 Oct 2023")
            // can outrun the chart: they end with an ellipsis instead (the table and tooltip have it whole).
            c.text(
                &fit(&value_label(bar, lang), value_px * 1.1, x1 - label_x),
                label_x,
                by + (bar_h - value_px) / 2.0 - 1.0,
                value_px,
                Anchor::Start,
                pal.fg,
                true,
            )?;
            let first = bar
                .agreement
                .observations
                .first()
                .map_or(0, |o| o.as_of.year());
            let last = bar.latest.as_of.year();
            let range = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            let title = charts::bar_mark(
                lang,
                bar.agreement.name.get(lang),
                &value_label(bar, lang),
                &sources_line(bar.latest, lang),
                &caveats(bar, lang),
                &range,
            );
            marks.push(Mark {
                shape: MarkShape::Rect {
                    x: x0,
                    y: top,
                    w: x1 - x0,
                    h: row,
                },
                title,
                action: Some(Action::Years {
                    from: first,
                    to: last,
                }),
            });
        }
        Ok(marks)
    })
}

/// `s` shortened with an ellipsis to fit `max` at `px`.
fn fit(s: &str, px: f64, max: f64) -> String {
    if text_width(s, px) <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    for ch in s.chars() {
        if text_width(&format!("{out}{ch}…"), px) > max {
            break;
        }
        out.push(ch);
    }
    format!("{}…", out.trim_end())
}

/// The same numbers as a table.
fn table(input: &Input, bars: &[Bar]) -> Table {
    let lang = input.lang;
    Table {
        caption: title(lang).to_owned(),
        head: vec![
            charts::HEAD_AGREEMENT.get(lang).to_owned(),
            charts::HEAD_COUNTRY_COUNT.get(lang).to_owned(),
            charts::HEAD_COUNTS.get(lang).to_owned(),
            charts::HEAD_AS_OF.get(lang).to_owned(),
            charts::HEAD_SOURCES.get(lang).to_owned(),
            charts::HEAD_NOTE.get(lang).to_owned(),
        ],
        rows: bars
            .iter()
            .map(|b| {
                vec![
                    b.agreement.name.get(lang).to_owned(),
                    b.latest.count_label(lang),
                    match b.agreement.counts {
                        Counts::Partners => charts::PARTNERS.get(lang).to_owned(),
                        Counts::Signatories => charts::SIGNATORIES.get(lang).to_owned(),
                    },
                    b.latest.as_of_label(lang),
                    sources_line(b.latest, lang),
                    caveats(b, lang),
                ]
            })
            .collect(),
    }
}

/// The bars' values, for a native chart: the latest count of each agreement, coloured by kind.
fn numbers(input: &Input, bars: &[Bar], theme: Theme) -> super::Numbers {
    let lang = input.lang;
    super::Numbers {
        kind: super::NumbersKind::Bars,
        category_head: charts::HEAD_AGREEMENT.get(lang).to_owned(),
        categories: bars
            .iter()
            .map(|b| b.agreement.name.get(lang).to_owned())
            .collect(),
        series: vec![super::NumberSeries {
            name: charts::HEAD_COUNTRY_COUNT.get(lang).to_owned(),
            values: bars
                .iter()
                .map(|b| Some(f64::from(b.latest.count)))
                .collect(),
            color: theme.palette().series[0],
            point_colors: bars
                .iter()
                .map(|b| kind_color(b.agreement.kind, theme))
                .collect(),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Chart;
    use crate::testing::bundled;
    use crate::testing::*;

    #[test]
    fn one_bar_per_agreement_sorted_with_counts_dates_and_sources() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(900, 700))
            .unwrap()
            .screen();
        assert_well_formed(&svg);
        let titles = mark_titles(&svg);
        assert_eq!(titles.len(), ds.agreements.len());
        let dsr = titles
            .iter()
            .find(|t| t.starts_with("Digital Silk Road cooperation"))
            .expect("the DSR MoU bar");
        assert!(dsr.contains("17 partners · "), "{dsr}");
        assert!(dsr.contains("Source:"), "{dsr}");
        // Sorted: the first bar has the largest count.
        let counts: Vec<u32> = ds
            .agreements
            .iter()
            .filter_map(|a| a.latest())
            .map(|o| o.count)
            .collect();
        assert!(titles[0].contains(&counts.iter().max().unwrap().to_string()));
        let texts = texts(&svg);
        assert!(
            texts.iter().any(|t| t.starts_with("17 partners · ")),
            "{texts:?}"
        );
        assert!(texts
            .iter()
            .any(|t| t == "Countries taking part, by agreement"));
        assert!(texts.iter().any(|t| t.starts_with("Source: DSR Tracker")));
        assert!(texts
            .iter()
            .any(|t| t.starts_with("Dataset v1.1.0, updated 1 Dec 2026")));
        assert_eq!(view_box(&svg).as_deref(), Some("0 0 900 700"));
    }

    #[test]
    fn more_than_ten_is_a_lower_bound_not_ten() {
        let (ds, countries) = bundled();
        let svg = Model::new(&Input::new(&ds, &countries, &[], Lang::En))
            .draw(Theme::Light, Size::new(900, 700))
            .unwrap()
            .screen();
        let texts = texts(&svg);
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("more than 10 signatories")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.starts_with("10 signatories")));
    }

    #[test]
    fn conflicts_get_a_marker_and_a_footnote() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(900, 760))
            .unwrap()
            .screen();
        let words = texts(&svg).join(" ");
        // The footnote names the disputed figure beside the charted one.
        let footnote = "another source gives 7 as of 3 Dec 2017";
        assert!(words.contains("¹ "), "no footnote marker: {words}");
        assert!(
            words.contains(footnote),
            "no footnote with the disputed 7: {words}"
        );
        let rows = Model::new(&input).table().rows;
        let row = rows
            .iter()
            .find(|r| r[0].contains("Digital Economy International"))
            .expect("the 2017 initiative");
        assert!(
            row[5].contains("a conflicting figure of 7 as of 3 Dec 2017"),
            "the conflicting 7 is in the note: {row:?}"
        );

        // Without the disputed observation, neither the footnote nor the note is there.
        let mut settled = ds.clone();
        for a in &mut settled.agreements {
            a.observations.retain(|o| !o.disputed);
        }
        let input = Input::new(&settled, &countries, &[], Lang::En);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(900, 760))
            .unwrap()
            .screen();
        assert!(!texts(&svg).join(" ").contains(footnote));
        assert!(Model::new(&input)
            .table()
            .rows
            .iter()
            .all(|r| !r[5].contains("conflicting figure")));
    }

    #[test]
    fn it_stays_legible_from_a_phone_to_a_slide_and_in_chinese() {
        let (ds, countries) = bundled();
        for (w, theme) in [
            (320, Theme::Light),
            (1920, Theme::Presentation),
            (600, Theme::Dark),
        ] {
            let input = Input::new(&ds, &countries, &[], Lang::Zh);
            let h = Model::new(&input).preferred_height(w, theme);
            let svg = Model::new(&input)
                .draw(theme, Size::new(w, h))
                .unwrap()
                .screen();
            assert_well_formed(&svg);
            assert_eq!(mark_titles(&svg).len(), ds.agreements.len());
            assert!(texts(&svg).iter().any(|t| t.contains("个伙伴国")));
        }
    }
}
