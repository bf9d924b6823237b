//! Chart `agreements`: partner countries by agreement, latest count, as sorted horizontal bars.

use super::{
    nice_ticks, render_framed, text_width, Action, Anchor, Canvas, ChartError, Drawing, Frame,
    Input, Mark, MarkShape, Size, Table, Theme,
};
use crate::i18n::{charts, Lang};
use crate::model::{Agreement, AgreementKind, Counts, Observation, PartialDate, Qualifier};

/// One bar: an agreement and its latest undisputed observation.
struct Bar<'a> {
    agreement: &'a Agreement,
    latest: &'a Observation,
    /// The `asof=` date: conflicts published later are not shown.
    asof: Option<PartialDate>,
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

/// Bars sorted by count (largest first), with footnotes numbered top to
/// bottom, each the count as of the `asof=` date; and the agreements with no
/// count yet by then ("not yet", never 0).
fn bars<'a>(input: &Input<'a>) -> (Vec<Bar<'a>>, Vec<String>, Vec<&'a Agreement>) {
    let lang = input.lang;
    let asof = input.asof();
    let mut pending = Vec::new();
    let mut bars: Vec<Bar> = Vec::new();
    for a in &input.ds.agreements {
        match a.as_of(asof) {
            Some(latest) => bars.push(Bar {
                agreement: a,
                latest,
                asof,
                footnote: None,
            }),
            None => pending.push(a),
        }
    }
    super::sort_small(&mut bars, |a, b| {
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
            .filter(|o| o.disputed && o.known_by(asof))
            .map(|d| short_conflict(bar, d, lang))
            .collect();
        if !conflicts.is_empty() {
            notes.push(conflicts.join(" "));
            bar.footnote = Some(notes.len());
        }
    }
    super::sort_small(&mut pending, |a, b| a.name.get(lang).cmp(b.name.get(lang)));
    (bars, notes, pending)
}

/// "Not yet counted as of 31 Dec 2015", for an agreement with no count by then.
fn not_yet(input: &Input) -> String {
    let date = input.asof().map(|d| d.last_day().human(input.lang));
    charts::not_yet(input.lang, date.as_deref().unwrap_or(""))
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
            .filter(|o| o.disputed && o.known_by(bar.asof))
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
        match input.asof() {
            None => charts::AGREEMENTS_SUBTITLE.get(lang).to_owned(),
            Some(d) => charts::agreements_subtitle_asof(lang, &d.last_day().human(lang)),
        },
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
    /// Agreements with no count yet by the `asof=` date, drawn as "not yet" below the bars.
    pending: Vec<&'a Agreement>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let (bars, notes, pending) = bars(input);
        Self {
            input: *input,
            bars,
            notes,
            pending,
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        render(self, theme, size)
    }
    fn table(&self) -> Table {
        table(self)
    }
    fn numbers(&self, theme: Theme) -> Option<super::Numbers> {
        Some(numbers(self, theme))
    }
    /// Its unit and date: it does not follow the filters.
    fn own_subtitle(&self) -> Option<String> {
        Some(frame(&self.input, &self.notes).subtitle)
    }
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        preferred_height(self, width, theme)
    }
}

/// The height that fits every bar at `width`: the frame's words, the legend and the rows.
fn preferred_height(model: &Model, width: u32, theme: Theme) -> u32 {
    let (input, bars) = (&model.input, &model.bars);
    let frame = frame(input, &model.notes);
    let pad = 16.0 * theme.scale();
    let labels: Vec<&str> = kinds(bars).iter().map(|k| k.label(input.lang)).collect();
    let legend = Canvas::legend_height(&labels, pad, f64::from(width) - pad, theme);
    let rows = (bars.len() + model.pending.len()).max(1) as f64 * row_height(width, theme);
    (frame.chrome_height(width, theme) + legend + 12.0 * theme.scale() * 0.5 + rows + 4.0).ceil()
        as u32
}

/// Draws the chart.
fn render(model: &Model, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
    let (input, bars) = (&model.input, &model.bars);
    let lang = input.lang;
    let frame = frame(input, &model.notes);
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

        let n = (bars.len() + model.pending.len()).max(1) as f64;
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
                .map(|b| b.agreement)
                .chain(model.pending.iter().copied())
                .map(|a| text_width(a.name.get(lang), name_px) + name_px)
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
        let not_yet = not_yet(input);
        for (i, a) in model.pending.iter().enumerate() {
            let top = y0 + row * (bars.len() + i) as f64;
            let name = fit(a.name.get(lang), name_px, name_w);
            let (name_y, label_y) = if two_lines {
                (top, top + name_px * 1.35)
            } else {
                let y = top + (row - name_px) / 2.0 - 1.0;
                (y, y)
            };
            c.text(&name, x0, name_y, name_px, Anchor::Start, pal.muted, false)?;
            c.text(
                &fit(&not_yet, value_px * 1.1, x1 - bar_x0),
                bar_x0,
                label_y,
                value_px,
                Anchor::Start,
                pal.muted,
                false,
            )?;
            marks.push(Mark {
                shape: MarkShape::Rect {
                    x: x0,
                    y: top,
                    w: x1 - x0,
                    h: row,
                },
                title: format!("{}: {not_yet}", a.name.get(lang)),
                action: None,
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
fn table(model: &Model) -> Table {
    let (input, bars) = (&model.input, &model.bars);
    let lang = input.lang;
    let not_yet = not_yet(input);
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
            .chain(model.pending.iter().map(|a| {
                vec![
                    a.name.get(lang).to_owned(),
                    not_yet.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]
            }))
            .collect(),
    }
}

/// The bars' values, for a native chart: the latest count of each agreement, coloured by kind.
fn numbers(model: &Model, theme: Theme) -> super::Numbers {
    let (input, bars) = (&model.input, &model.bars);
    let pending = model.pending.iter();
    let lang = input.lang;
    super::Numbers {
        kind: super::NumbersKind::Bars,
        category_head: charts::HEAD_AGREEMENT.get(lang).to_owned(),
        // Each bar's unit and date with its name, so that 36 partners (China
        // not counted) never stands beside 35 signatories (China counted) as alike.
        categories: bars
            .iter()
            .map(|b| (b.agreement, b.latest.as_of_label(lang)))
            .chain(pending.clone().map(|a| (*a, not_yet(input))))
            .map(|(a, date)| {
                let unit = match a.counts {
                    Counts::Partners => charts::PARTNERS.get(lang),
                    Counts::Signatories => charts::SIGNATORIES.get(lang),
                };
                charts::slide_bar(lang, a.name.get(lang), unit, &date)
            })
            .collect(),
        series: vec![super::NumberSeries {
            name: charts::HEAD_COUNTRY_COUNT.get(lang).to_owned(),
            values: bars
                .iter()
                .map(|b| Some(f64::from(b.latest.count)))
                .chain(pending.clone().map(|_| None))
                .collect(),
            color: theme.palette().series[0],
            point_colors: bars
                .iter()
                .map(|b| b.agreement)
                .chain(pending.copied())
                .map(|a| kind_color(a.kind, theme))
                .collect(),
        }],
        key: kinds(bars)
            .into_iter()
            .map(|k| (k.label(lang).to_owned(), kind_color(k, theme)))
            .collect(),
        caveats: model.notes.clone(),
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
            .any(|t| t.starts_with("Dataset v1.2.0, updated 4 Dec 2026")));
        assert_eq!(view_box(&svg).as_deref(), Some("0 0 900 700"));
    }

    #[test]
    fn as_of_a_date_each_bar_is_its_count_by_then_and_the_rest_not_yet() {
        let (ds, countries) = bundled();
        for (lang, not_yet) in [
            (Lang::En, "not yet counted by 31 Dec 2016"),
            (Lang::Zh, "截至2016年12月31日尚无统计"),
        ] {
            let filters = crate::filter::Filters {
                asof: Some("2016".parse().unwrap()),
                ..Default::default()
            };
            let input = Input::new(&ds, &countries, &[], lang).with_filters(&filters);
            let model = Model::new(&input);
            let svg = model
                .draw(Theme::Light, Size::new(900, 700))
                .unwrap()
                .screen();
            assert_well_formed(&svg);
            let texts = texts(&svg);
            // Only Silk Road E-commerce had a count by the end of 2016: 1 partner.
            let bars: Vec<&String> = texts
                .iter()
                .filter(|t| t.starts_with("1 partner") || t.starts_with("1个伙伴国"))
                .collect();
            assert_eq!(bars.len(), 1, "{texts:?}");
            let pending = texts.iter().filter(|t| t.as_str() == not_yet).count();
            assert_eq!(pending, ds.agreements.len() - 1, "{texts:?}");
            // Never drawn as 0, and never on a slide as 0: a gap.
            assert!(!texts.iter().any(|t| t.starts_with("0 ")), "{texts:?}");
            let n = model.numbers(Theme::Light).unwrap();
            let values = &n.series[0].values;
            assert_eq!(values.iter().filter(|v| v.is_some()).count(), 1);
            assert_eq!(
                values.iter().filter(|v| v.is_none()).count(),
                ds.agreements.len() - 1
            );
            assert!(model
                .own_subtitle()
                .unwrap()
                .contains(lang.select("31 Dec 2016", "2016年12月31日")));
            // The table says so too, row by row.
            let table = model.table();
            assert_eq!(table.rows.len(), ds.agreements.len());
            assert_eq!(
                table.rows.iter().filter(|r| r[1] == not_yet).count(),
                ds.agreements.len() - 1
            );
        }
    }

    #[test]
    fn a_slide_carries_each_figures_unit_and_date_and_the_key_of_kinds() {
        let (ds, countries) = bundled();
        let input = Input::new(&ds, &countries, &[], Lang::En);
        let n = Model::new(&input).numbers(Theme::Light).unwrap();
        assert!(
            n.categories
                .iter()
                .any(|c| c.starts_with("Silk Road E-commerce partner countries")
                    && c.ends_with("(partners, Sep 2025)")),
            "{:?}",
            n.categories
        );
        assert!(
            n.categories
                .iter()
                .all(|c| c.contains("(partners, ") || c.contains("(signatories incl. China, ")),
            "{:?}",
            n.categories
        );
        let key: Vec<&str> = n.key.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(key.len(), 3, "{key:?}");
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
