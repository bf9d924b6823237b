//! Chart `map`: a choropleth world map (Equal Earth) of milestones per country, or of one agreement's known partners.

use std::collections::HashMap;

use plotters::prelude::*;

use super::{
    render_framed, Action, Anchor, ChartError, Drawing, Frame, Input, Mark, MarkShape, Size, Table,
    Theme,
};
use crate::i18n::{charts, data, Lang};
use crate::map::World;
use crate::model::CHINA;
use crate::model::{Agreement, CountryCode};

/// Sequential palette (ColorBrewer "Blues", safe for colour-blind readers), light to dark.
const BLUES: [RGBColor; 5] = [
    RGBColor(0xC6, 0xDB, 0xEF),
    RGBColor(0x9E, 0xCA, 0xE1),
    RGBColor(0x6B, 0xAE, 0xD6),
    RGBColor(0x31, 0x82, 0xBD),
    RGBColor(0x08, 0x51, 0x9C),
];

/// A shape whose area (in grid units²) is below this is hard to see or click,
/// so it also gets a marker, and it is listed by name.
pub const SMALL_AREA: f64 = 60.0;

/// What the map shades.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode<'a> {
    /// Countries by the number of filtered milestones that name them.
    Milestones,
    /// One agreement's known partner countries.
    Agreement(&'a Agreement),
}

/// The mode named by `map=` (an agreement id), else milestones.
pub fn mode<'a>(input: &Input<'a>) -> Mode<'a> {
    input
        .map_agreement
        .and_then(|id| input.ds.agreement(id))
        .map_or(Mode::Milestones, Mode::Agreement)
}

/// Class breaks for counts up to `max`: each class is `lo..=hi`.
pub fn classes(max: usize) -> Vec<(usize, usize)> {
    if max == 0 {
        return Vec::new();
    }
    if max <= BLUES.len() {
        return (1..=max).map(|n| (n, n)).collect();
    }
    let mut out = Vec::new();
    let mut lo = 1;
    while lo <= max && out.len() < BLUES.len() - 1 {
        let hi = (lo * 2 - 1).min(max);
        out.push((lo, hi));
        lo = hi + 1;
    }
    if lo <= max {
        out.push((lo, max));
    }
    out
}

/// Counts per country, China apart, in milestones mode; 1 per known partner in agreement mode.
pub fn counts(input: &Input, mode: Mode) -> HashMap<CountryCode, usize> {
    let mut out = HashMap::new();
    match mode {
        Mode::Milestones => {
            for &i in input.indices {
                if let Some(m) = input.ds.milestones.get(i) {
                    for &c in &m.countries {
                        *out.entry(c).or_insert(0) += 1;
                    }
                }
            }
        }
        Mode::Agreement(a) => {
            for (c, _, _) in a.named_by(input.asof()) {
                out.insert(c, 1);
            }
        }
    }
    out
}

pub fn title(lang: Lang, mode: Mode) -> String {
    match mode {
        Mode::Milestones => charts::MAP_MILESTONES_TITLE.get(lang).to_owned(),
        Mode::Agreement(a) => charts::map_agreement_title(lang, a.name.get(lang)),
    }
}

/// "17 countries; the list has not been published", or how many are named.
fn agreement_note(input: &Input, a: &Agreement, named: usize, lang: Lang) -> String {
    let Some(latest) = a.as_of(input.asof()) else {
        let date = input.asof().map(|d| d.last_day().human(lang));
        return charts::not_yet(lang, date.as_deref().unwrap_or(""));
    };
    let n = latest.count_label(lang);
    let note = match named {
        0 => charts::list_unpublished(lang, &n),
        k => charts::list_named(lang, &n, k),
    };
    match input.asof() {
        Some(d) => charts::subtitle_and(
            lang,
            &crate::i18n::filters::as_of(lang, &d.last_day().human(lang)),
            &note,
        ),
        None => note,
    }
}

/// The height that fits the frame, the whole map, its legend and the list of
/// small states at `width`.
/// The chart's model: what it shades, and the counts per country, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    mode: Mode<'a>,
    counts: HashMap<CountryCode, usize>,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let mode = mode(input);
        Self {
            input: *input,
            mode,
            counts: counts(input, mode),
        }
    }
}

impl super::Chart for Model<'_> {
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        render(&self.input, self.mode, &self.counts, theme, size)
    }
    fn table(&self) -> Table {
        table(&self.input, self.mode, &self.counts)
    }
    /// The map goes into a deck as a picture.
    fn numbers(&self, _theme: Theme) -> Option<super::Numbers> {
        None
    }
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        preferred_height(&self.input, self.mode, &self.counts, width, theme)
    }
    fn ready(&self) -> bool {
        self.input.world.is_some()
    }
}

fn preferred_height(
    input: &Input,
    mode: Mode,
    counts: &HashMap<CountryCode, usize>,
    width: u32,
    theme: Theme,
) -> u32 {
    let Some(world) = input.world else {
        return (f64::from(width) * 0.5 + 200.0 * theme.scale()).round() as u32;
    };
    let p = plan(input, mode, counts, world, theme);
    let inner = f64::from(width) - 32.0 * theme.scale();
    let (_, below) = below_map(&p.small_line, &p.legend, 12.0 * theme.scale(), inner);
    let map_h = inner * world.height / world.width;
    (p.frame.chrome_height(width, theme) + map_h + below + 8.0).ceil() as u32
}

fn class_color(n: usize, classes: &[(usize, usize)]) -> Option<RGBColor> {
    let i = classes.iter().position(|&(lo, hi)| n >= lo && n <= hi)?;
    // Spread fewer classes over the palette, darkest last.
    let k = classes.len();
    let idx = if k <= 1 {
        BLUES.len() - 2
    } else {
        i * (BLUES.len() - 1) / (k - 1)
    };
    BLUES.get(idx).copied()
}

fn no_data(theme: Theme) -> RGBColor {
    match theme {
        Theme::Dark => RGBColor(0x2F, 0x36, 0x40),
        _ => RGBColor(0xE4, 0xE4, 0xE4),
    }
}

/// The legend: the class breaks (or partner / not named), then the greys.
fn legend_entries(
    mode: Mode,
    classes: &[(usize, usize)],
    theme: Theme,
    lang: Lang,
) -> Vec<(RGBColor, String)> {
    let mut entries: Vec<(RGBColor, String)> = Vec::new();
    match mode {
        Mode::Milestones => {
            for &(lo, hi) in classes {
                let label = if lo == hi {
                    lo.to_string()
                } else {
                    format!("{lo}–{hi}")
                };
                entries.push((class_color(lo, classes).unwrap_or(BLUES[4]), label));
            }
            entries.push((no_data(theme), charts::NO_MILESTONE.get(lang).to_owned()));
            entries.push((no_data(theme), charts::CHINA_LEGEND.get(lang).to_owned()));
        }
        Mode::Agreement(_) => {
            entries.push((BLUES[3], charts::NAMED_PARTNER.get(lang).to_owned()));
            entries.push((no_data(theme), charts::NOT_NAMED.get(lang).to_owned()));
        }
    }
    entries
}

/// How many rows the legend takes at `width`, wrapping as it is drawn.
fn legend_rows(entries: &[(RGBColor, String)], px: f64, width: f64) -> usize {
    let (mut x, mut rows) = (0.0, 1);
    for (_, label) in entries {
        let w = px * 2.0 + super::text_width(label, px);
        if x + w > width && x > 0.0 {
            x = 0.0;
            rows += 1;
        }
        x += w + px * 0.6;
    }
    rows
}

/// What the map will show, worked out before it is laid out.
struct Plan {
    classes: Vec<(usize, usize)>,
    frame: Frame,
    /// "Small or not drawn at this scale: …", or empty.
    small_line: String,
    legend: Vec<(RGBColor, String)>,
}

fn plan(
    input: &Input,
    mode: Mode,
    counts: &HashMap<CountryCode, usize>,
    world: &World,
    theme: Theme,
) -> Plan {
    let lang = input.lang;
    let max = counts
        .iter()
        .filter(|(c, _)| **c != CHINA)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    let classes = match mode {
        Mode::Milestones => classes(max),
        Mode::Agreement(_) => vec![(1, 1)],
    };
    let subtitle = match mode {
        Mode::Milestones => {
            charts::subtitle_and(lang, &input.subtitle(), charts::MAP_SHADED_BY.get(lang))
        }
        Mode::Agreement(a) => agreement_note(input, a, counts.len(), lang),
    };
    let frame = Frame::new(
        &input.ds.meta,
        lang,
        title(lang, mode),
        subtitle,
        charts::MAP_DESCRIPTION.get(lang).to_owned(),
    );
    let name = |c: CountryCode| input.countries.name(c, lang);
    // Countries with data that are too small to see, or not drawn at 1:110m.
    let mut small: Vec<(CountryCode, usize)> = counts
        .iter()
        .filter(|(c, _)| **c != CHINA)
        .filter(|(c, _)| world.shape(**c).is_none_or(|s| s.area < SMALL_AREA))
        .map(|(c, n)| (*c, *n))
        .collect();
    super::sort_small(&mut small, |a, b| {
        b.1.cmp(&a.1).then_with(|| name(a.0).cmp(&name(b.0)))
    });

    let small_line = if small.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = small
            .iter()
            .map(|(code, n)| match mode {
                Mode::Milestones => charts::small_state(lang, &name(*code), *n),
                Mode::Agreement(_) => name(*code),
            })
            .collect();
        charts::small_states(lang, &list.join(" · "))
    };
    let legend = legend_entries(mode, &classes, theme, lang);
    Plan {
        classes,
        frame,
        small_line,
        legend,
    }
}

/// The small-states lines and the height the legend and they take below the map.
fn below_map(
    small_line: &str,
    legend: &[(RGBColor, String)],
    px: f64,
    width: f64,
) -> (Vec<String>, f64) {
    let small_lines = super::wrap(small_line, px, width);
    let rows = legend_rows(legend, px, width);
    let below = px * 0.6 + rows as f64 * px * 1.4 + px * 0.6 + small_lines.len() as f64 * px * 1.3;
    (small_lines, below)
}

/// Draws the map. `input.world` must be set.
fn render(
    input: &Input,
    mode: Mode,
    counts: &HashMap<CountryCode, usize>,
    theme: Theme,
    size: Size,
) -> Result<Drawing, ChartError> {
    let world = input
        .world
        .ok_or_else(|| ChartError::Draw("the map geometry is not loaded".to_owned()))?;
    let lang = input.lang;
    let Plan {
        classes,
        frame,
        small_line,
        legend,
    } = plan(input, mode, counts, world, theme);
    let name = |c: CountryCode| input.countries.name(c, lang);

    render_framed("map", size, theme, &frame, |c, (x0, y0, x1, y1)| {
        let pal = c.palette();
        let legend_px = c.px(12.0);
        // Room below the map for the legend and the list of small states.
        let (small_lines, below) = below_map(&small_line, &legend, legend_px, x1 - x0);
        let (aw, ah) = (x1 - x0, (y1 - y0 - below).max(40.0));
        let scale = (aw / world.width).min(ah / world.height);
        let (ox, oy) = (x0 + (aw - world.width * scale) / 2.0, y0);
        let px = |p: (f64, f64)| (ox + p.0 * scale, oy + p.1 * scale);

        let mut marks = Vec::new();
        for shape in &world.shapes {
            let n = shape
                .code
                .and_then(|code| counts.get(&code).copied())
                .unwrap_or(0);
            let fill = match shape.code {
                Some(code) if code == CHINA && mode == Mode::Milestones => no_data(theme),
                Some(_) if n > 0 => class_color(n, &classes).unwrap_or(BLUES[4]),
                _ => no_data(theme),
            };
            for ring in &shape.rings {
                let pts: Vec<(i32, i32)> = ring
                    .iter()
                    .map(|&p| {
                        let (x, y) = px(p);
                        (x.round() as i32, y.round() as i32)
                    })
                    .collect();
                c.area.draw(&Polygon::new(pts.clone(), fill.filled()))?;
                // China gets a dark outline so that it can be found although it is not shaded.
                let border = if shape.code == Some(CHINA) && mode == Mode::Milestones {
                    pal.fg
                } else {
                    pal.bg
                };
                c.area
                    .draw(&PathElement::new(pts, border.stroke_width(1)))?;
            }
            let Some(code) = shape.code else { continue };
            if shape.area < SMALL_AREA && n > 0 {
                let (x, y) = px(shape.centre);
                c.dot(x, y, 3.0 * theme.scale(), BLUES[4], true)?;
                c.dot(x, y, 3.0 * theme.scale() + 1.5, pal.bg, false)?;
            }
            let what = match mode {
                Mode::Milestones if code == CHINA => charts::CHINA_MARK.get(lang).to_owned(),
                Mode::Milestones if n == 0 => charts::NO_MILESTONE.get(lang).to_owned(),
                Mode::Milestones => charts::n_milestones(lang, n, data::plural_s(n)),
                Mode::Agreement(a) if n > 0 => {
                    // Cite the members and observations that name this country.
                    let sources: Vec<crate::model::Source> = a
                        .named_by(input.asof())
                        .into_iter()
                        .filter(|(c, _, _)| *c == code)
                        .flat_map(|(_, _, s)| s.into_iter().cloned())
                        .collect();
                    charts::named_as_partner(lang, &crate::model::list_sources(&sources, lang))
                }
                Mode::Agreement(_) => charts::NOT_NAMED_AS_PARTNER.get(lang).to_owned(),
            };
            let title = charts::country_mark(lang, &name(code), &what);
            let path = shape
                .rings
                .iter()
                .map(|r| r.iter().map(|&p| px(p)).collect())
                .collect();
            marks.push(Mark {
                shape: MarkShape::Path(path),
                title,
                action: Some(Action::Country(code)),
            });
        }

        // Legend with the class breaks.
        let mut lx = x0;
        let ly = oy + world.height * scale + legend_px * 0.6;
        let mut row_y = ly;
        for (color, label) in &legend {
            let w = legend_px * 2.0 + super::text_width(label, legend_px);
            if lx + w > x1 && lx > x0 {
                lx = x0;
                row_y += legend_px * 1.4;
            }
            c.rect(
                lx,
                row_y + 1.0,
                lx + legend_px,
                row_y + 1.0 + legend_px,
                *color,
            )?;
            c.outline(
                lx,
                row_y + 1.0,
                lx + legend_px,
                row_y + 1.0 + legend_px,
                pal.axis,
                1,
            )?;
            c.text(
                label,
                lx + legend_px * 1.3,
                row_y,
                legend_px,
                Anchor::Start,
                pal.fg,
                false,
            )?;
            lx += w + legend_px * 0.6;
        }
        let mut sy = row_y + legend_px * 1.8;
        for l in &small_lines {
            c.text(l, x0, sy, legend_px, Anchor::Start, pal.fg, false)?;
            sy += legend_px * 1.3;
        }
        Ok(marks)
    })
}

/// The same numbers as a table: every country with data.
fn table(input: &Input, mode: Mode, counts: &HashMap<CountryCode, usize>) -> Table {
    let lang = input.lang;
    let mut rows: Vec<(String, usize, String)> = counts
        .iter()
        .map(|(&c, &n)| {
            let region = input
                .countries
                .region_of(c)
                .map(|r| r.label(lang).to_owned())
                .unwrap_or_default();
            (input.countries.name(c, lang), n, region)
        })
        .collect();
    super::sort_small(&mut rows, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let count_head = match mode {
        Mode::Milestones => charts::HEAD_MILESTONES.get(lang),
        Mode::Agreement(_) => charts::HEAD_NAMED_PARTNER.get(lang),
    };
    Table {
        caption: title(lang, mode),
        head: vec![
            charts::HEAD_COUNTRY.get(lang).to_owned(),
            count_head.to_owned(),
            charts::HEAD_REGION.get(lang).to_owned(),
        ],
        rows: rows
            .into_iter()
            .map(|(name, n, region)| {
                let value = match mode {
                    Mode::Milestones => n.to_string(),
                    Mode::Agreement(_) => charts::YES.get(lang).to_owned(),
                };
                vec![name, value, region]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Chart;
    use crate::filter::{self, Filters};
    use crate::map::World;
    use crate::testing::bundled;
    use crate::testing::*;

    fn world() -> World {
        World::parse(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/world-110m.json"
        )))
        .unwrap()
    }

    #[test]
    fn on_a_phone_the_legend_and_small_states_stay_above_the_source_line() {
        let (ds, countries) = bundled();
        let w = world();
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        for lang in [Lang::En, Lang::Zh] {
            let mut input = Input::new(&ds, &countries, &all, lang);
            input.world = Some(&w);
            let width = 349;
            let svg = Model::new(&input)
                .draw(
                    Theme::Light,
                    Size::new(
                        width,
                        Model::new(&input).preferred_height(width, Theme::Light),
                    ),
                )
                .unwrap()
                .screen();
            let ys = text_ys(&svg);
            // The frame draws its footer (source and dataset lines, each y
            // lower than the last) before the body draws the map's texts.
            let i = ys
                .iter()
                .position(|(t, _)| t.starts_with("Source:") || t.starts_with("来源："))
                .unwrap();
            let source_y = ys[i].1;
            let mut j = i + 1;
            while j < ys.len() && ys[j].1 > ys[j - 1].1 && ys[j].1 > source_y {
                j += 1;
            }
            let last_body = ys[j..].iter().map(|(_, y)| *y).fold(f64::MIN, f64::max);
            assert!(ys.len() > j + 5, "the legend and small states are drawn");
            assert!(
                last_body + 12.0 < source_y,
                "{lang:?}: body text at {last_body} runs into the source line at {source_y}"
            );
        }
    }

    #[test]
    fn class_breaks_cover_every_count() {
        assert!(classes(0).is_empty());
        assert_eq!(classes(3), vec![(1, 1), (2, 2), (3, 3)]);
        let c = classes(40);
        assert_eq!(c.first(), Some(&(1, 1)));
        assert_eq!(c.last().map(|x| x.1), Some(40));
        for pair in c.windows(2) {
            assert_eq!(pair[0].1 + 1, pair[1].0, "contiguous: {c:?}");
        }
        assert!(c.len() <= 5);
    }

    #[test]
    fn countries_are_shaded_by_the_filtered_milestones() {
        let (ds, countries) = bundled();
        let w = world();
        let filters = Filters {
            from: Some(2013),
            to: Some(2013),
            ..Filters::default()
        };
        let only = filter::apply(&ds, &filters, &countries, None);
        let mut input = Input::new(&ds, &countries, &only, Lang::En).with_filters(&filters);
        input.world = Some(&w);
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(900, 650))
            .unwrap()
            .screen();
        assert_well_formed(&svg);
        // Every coded country is a focusable mark.
        assert_eq!(mark_data(&svg, "country").len(), 175);
        let titles = mark_titles(&svg);
        let kaz = titles
            .iter()
            .find(|t| t.starts_with("Kazakhstan:"))
            .unwrap();
        assert!(kaz.contains("1 milestone"), "{kaz}");
        let usa = titles
            .iter()
            .find(|t| t.starts_with("United States:"))
            .unwrap();
        assert!(
            usa.contains("no recorded milestone"),
            "zero is no record, not refusal: {usa}"
        );
        assert!(texts(&svg).iter().any(|t| t == "no recorded milestone"));
        let table = Model::new(&input).table();
        assert_eq!(
            table.rows.len(),
            4,
            "China, Kazakhstan, Indonesia, Bolivia (Túpac Katari): {:?}",
            table.rows
        );
    }

    #[test]
    fn an_agreement_without_a_published_list_says_so_and_shades_nothing() {
        let (mut ds, countries) = bundled();
        // The DSR MoUs with their named members taken away: a count alone.
        if let Some(a) = ds.agreements.iter_mut().find(|a| a.id == "dsr-mou") {
            a.members.clear();
        }
        let w = world();
        let mut input = Input::new(&ds, &countries, &[], Lang::En);
        input.world = Some(&w);
        input.map_agreement = Some("dsr-mou");
        let svg = Model::new(&input)
            .draw(Theme::Dark, Size::new(800, 600))
            .unwrap()
            .screen();
        assert!(
            texts(&svg)
                .iter()
                .any(|t| t.starts_with("17 countries; the list has not been published")),
            "{:?}",
            texts(&svg)
        );
        assert!(mark_titles(&svg)
            .iter()
            .all(|t| !t.contains("named as a partner.")));
        input.map_agreement = Some("rcep");
        let svg = Model::new(&input)
            .draw(Theme::Light, Size::new(800, 600))
            .unwrap()
            .screen();
        let named = mark_titles(&svg)
            .iter()
            .filter(|t| t.contains("named as a partner."))
            .count();
        assert!(named >= 13, "RCEP partners drawn at 1:110m: {named}");
        // Silk Road E-commerce as of dates: 36 partners, 11 named; as of 2019, 22 and 7.
        for (asof, note) in [
            (None, "36 countries; 11 are named in the sources and shaded"),
            (
                Some("2019"),
                "as of 31 Dec 2019 · 22 countries; 7 are named in the sources and shaded",
            ),
        ] {
            let filters = crate::filter::Filters {
                asof: asof.map(|d: &str| d.parse().unwrap()),
                ..Default::default()
            };
            let mut input = input.with_filters(&filters);
            input.map_agreement = Some("silk-road-ecommerce");
            let svg = Model::new(&input)
                .draw(Theme::Light, Size::new(800, 600))
                .unwrap()
                .screen();
            assert!(texts(&svg).concat().contains(note), "{:?}", texts(&svg));
            let shaded = mark_titles(&svg)
                .iter()
                .filter(|t| t.contains("named as a partner."))
                .count();
            let named = counts(&input, mode(&input)).len();
            assert_eq!(named, if asof.is_some() { 7 } else { 11 });
            // Singapore is too small to draw at 1:110m: listed, not shaded.
            assert!(
                shaded + 1 >= named && shaded <= named,
                "{shaded} of {named}"
            );
        }
        let texts = texts(&svg);
        assert!(
            texts.iter().any(|t| t.contains("Singapore")),
            "small states are listed: {texts:?}"
        );
    }
}
