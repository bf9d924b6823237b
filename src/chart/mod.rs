//! Charts as pure functions: data, theme and size in, a self-contained SVG string out.
//!
//! Each chart lives in its own module and draws with plotters' SVG backend.
//! This module holds what they share: themes and the colour-blind-safe
//! palette, the frame (title, subtitle, source line and dataset date drawn
//! inside the SVG), and the overlay of interactive marks. plotters draws the
//! picture; the overlay adds, on top of each mark, a transparent shape with a
//! `<title>` (tooltip and accessible name), keyboard focus and `data-*`
//! attributes that the UI turns into filters.

pub mod agreements;
pub mod by_region;
pub mod by_year;
pub mod export;
pub mod map;
pub mod over_time;
pub mod year_strip;

use std::fmt::Write as _;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::countries::Countries;
use crate::filter::{self, Filters};
use crate::i18n::Lang;
use crate::map::World;
use crate::model::{Category, Dataset, Meta};

/// The charts, by the id used in URLs (`?chart=`, `?embed=`) and file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Agreements,
    AgreementsOverTime,
    MilestonesByYear,
    CountriesByRegion,
    /// The world map; its geometry is loaded only when it is first shown.
    Map,
}

impl ChartId {
    /// The charts of the Charts view (the map has a view of its own).
    pub const ALL: &'static [ChartId] = &[
        ChartId::Agreements,
        ChartId::AgreementsOverTime,
        ChartId::MilestonesByYear,
        ChartId::CountriesByRegion,
    ];

    /// Every chart, the map included.
    pub const EVERY: &'static [ChartId] = &[
        ChartId::Agreements,
        ChartId::AgreementsOverTime,
        ChartId::MilestonesByYear,
        ChartId::CountriesByRegion,
        ChartId::Map,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChartId::Agreements => "agreements",
            ChartId::AgreementsOverTime => "agreements-over-time",
            ChartId::MilestonesByYear => "milestones-by-year",
            ChartId::CountriesByRegion => "countries-by-region",
            ChartId::Map => "map",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::EVERY.iter().copied().find(|c| c.as_str() == s)
    }
}

impl ChartId {
    /// The chart's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            ChartId::Agreements => agreements::title(lang),
            ChartId::AgreementsOverTime => over_time::title(lang),
            ChartId::MilestonesByYear => by_year::title(lang),
            ChartId::CountriesByRegion => by_region::title(lang),
            ChartId::Map => lang.pick("World map", "世界地图"),
        }
    }

    /// Whether the chart follows the timeline's filters.
    pub fn follows_filters(self) -> bool {
        matches!(
            self,
            ChartId::MilestonesByYear | ChartId::CountriesByRegion | ChartId::Map
        )
    }

    /// Draws the chart.
    pub fn render(self, input: &Input, theme: Theme, size: Size) -> Result<String, ChartError> {
        match self {
            ChartId::Agreements => agreements::render(input, theme, size),
            ChartId::AgreementsOverTime => over_time::render(input, theme, size),
            ChartId::MilestonesByYear => by_year::render(input, theme, size),
            ChartId::CountriesByRegion => by_region::render(input, theme, size),
            ChartId::Map => map::render(input, theme, size),
        }
    }

    /// The chart's numbers as a table.
    pub fn table(self, input: &Input) -> Table {
        match self {
            ChartId::Agreements => agreements::table(input),
            ChartId::AgreementsOverTime => over_time::table(input),
            ChartId::MilestonesByYear => by_year::table(input),
            ChartId::CountriesByRegion => by_region::table(input),
            ChartId::Map => map::table(input),
        }
    }

    /// The height that suits the chart at `width` on screen.
    pub fn preferred_height(self, input: &Input, width: u32, theme: Theme) -> u32 {
        match self {
            ChartId::Agreements => agreements::preferred_height(input, width, theme),
            ChartId::AgreementsOverTime => over_time::preferred_height(width, theme),
            ChartId::MilestonesByYear => by_year::preferred_height(width, theme),
            ChartId::CountriesByRegion => by_region::preferred_height(theme),
            ChartId::Map => map::preferred_height(input, width, theme),
        }
    }
}

/// What every chart is drawn from.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub ds: &'a Dataset,
    pub countries: &'a Countries,
    /// The filtered milestones (indices into `ds.milestones`).
    pub indices: &'a [usize],
    /// The filters that produced `indices`, for the subtitle.
    pub filters: Option<&'a Filters>,
    pub lang: Lang,
    /// The world geometry, for the map.
    pub world: Option<&'a World>,
    /// The map's agreement mode (`map=<agreement id>`); `None` shades milestones.
    pub map_agreement: Option<&'a str>,
}

impl<'a> Input<'a> {
    pub fn new(
        ds: &'a Dataset,
        countries: &'a Countries,
        indices: &'a [usize],
        lang: Lang,
    ) -> Self {
        Self {
            ds,
            countries,
            indices,
            filters: None,
            lang,
            world: None,
            map_agreement: None,
        }
    }

    /// Names the filters behind `indices`, for the subtitle.
    pub fn with_filters(mut self, filters: &'a Filters) -> Self {
        self.filters = Some(filters);
        self
    }

    /// The active filters in words ("All milestones" when there are none).
    pub fn subtitle(&self) -> String {
        let none = Filters::default();
        filter::describe(self.filters.unwrap_or(&none), self.countries, self.lang)
    }
}

/// A chart's numbers as an HTML-ready table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The three looks of a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    /// Larger type and thicker marks, for a projector.
    Presentation,
}

impl Theme {
    pub const ALL: &'static [Theme] = &[Theme::Light, Theme::Dark, Theme::Presentation];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Presentation => "presentation",
        }
    }

    /// Type scale.
    pub fn scale(self) -> f64 {
        match self {
            Theme::Presentation => 1.6,
            _ => 1.0,
        }
    }

    /// Stroke width of lines and outlines.
    pub fn stroke(self) -> u32 {
        match self {
            Theme::Presentation => 4,
            _ => 2,
        }
    }

    pub fn palette(self) -> &'static Palette {
        match self {
            Theme::Dark => &DARK,
            Theme::Light | Theme::Presentation => &LIGHT,
        }
    }
}

/// Colours of a theme. Every text colour meets WCAG AA (4.5:1) on `bg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    pub bg: RGBColor,
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    /// Okabe–Ito series colours, safe for colour-blind readers.
    pub series: [RGBColor; 8],
    /// The same hues, adjusted so that text in them meets WCAG AA on `bg`.
    pub series_text: [RGBColor; 8],
}

/// Okabe & Ito (2008), "Color Universal Design". Black is replaced by grey
/// so that it shows on the dark theme too.
const OKABE_ITO: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xF0, 0xE4, 0x42), // yellow
    RGBColor(0x99, 0x99, 0x99), // grey
];

pub const LIGHT: Palette = Palette {
    bg: RGBColor(0xFF, 0xFF, 0xFF),
    fg: RGBColor(0x1A, 0x1A, 0x1A),
    muted: RGBColor(0x55, 0x55, 0x55),
    grid: RGBColor(0xE3, 0xE3, 0xE3),
    axis: RGBColor(0x76, 0x76, 0x76),
    series: OKABE_ITO,
    series_text: [
        RGBColor(0x00, 0x66, 0xA0),
        RGBColor(0x8A, 0x5A, 0x00),
        RGBColor(0x00, 0x6E, 0x52),
        RGBColor(0x9C, 0x4A, 0x7C),
        RGBColor(0xA3, 0x47, 0x00),
        RGBColor(0x1F, 0x6F, 0xA3),
        RGBColor(0x6E, 0x66, 0x00),
        RGBColor(0x5E, 0x5E, 0x5E),
    ],
};

pub const DARK: Palette = Palette {
    bg: RGBColor(0x16, 0x1B, 0x22),
    fg: RGBColor(0xEE, 0xEE, 0xEE),
    muted: RGBColor(0xB4, 0xB8, 0xBE),
    grid: RGBColor(0x33, 0x3A, 0x44),
    axis: RGBColor(0x8B, 0x92, 0x9C),
    series: OKABE_ITO,
    series_text: [
        RGBColor(0x6C, 0xB6, 0xFF),
        RGBColor(0xE6, 0x9F, 0x00),
        RGBColor(0x2B, 0xC7, 0x9A),
        RGBColor(0xE0, 0x8F, 0xBF),
        RGBColor(0xF0, 0x7A, 0x2A),
        RGBColor(0x56, 0xB4, 0xE9),
        RGBColor(0xF0, 0xE4, 0x42),
        RGBColor(0xB0, 0xB0, 0xB0),
    ],
};

/// The colour of a category, the same in every chart and in the timeline.
pub fn category_color(cat: Category) -> RGBColor {
    OKABE_ITO[crate::aggregate::category_index(cat)]
}

/// `#rrggbb` for CSS.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Size of the drawing, in CSS pixels (the SVG's viewBox).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Size {
    pub const MIN_WIDTH: u32 = 280;
    pub const MAX_WIDTH: u32 = 4000;

    /// A size clamped to what the charts can lay out.
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            width: width.clamp(Self::MIN_WIDTH, Self::MAX_WIDTH),
            height: height.clamp(60, 4000),
        }
    }
}

/// Why a chart could not be drawn.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChartError {
    #[error("the chart could not be drawn: {0}")]
    Draw(String),
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Draw(e.to_string())
    }
}

/// The words drawn around every chart, so that an exported copy is self-contained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub title: String,
    /// The active filters, in words.
    pub subtitle: String,
    /// "Source: …".
    pub source: String,
    /// "Dataset v1.0.0, updated 29 Nov 2026".
    pub dataset: String,
    /// Footnotes (conflicts, caveats), each already prefixed with its marker.
    pub footnotes: Vec<String>,
    /// A longer description for screen readers (`<desc>`).
    pub description: String,
}

impl Frame {
    /// The source and dataset lines shared by every chart of a dataset.
    pub fn new(
        meta: &Meta,
        lang: Lang,
        title: String,
        subtitle: String,
        description: String,
    ) -> Self {
        let source = match lang {
            Lang::En => format!(
                "Source: {} ({}), compiled from the sources cited in each record",
                meta.title.en, meta.licence.name
            ),
            Lang::Zh => format!(
                "来源：{}（{}），据各条记录所列来源整理",
                meta.title.zh, meta.licence.name
            ),
        };
        let dataset = match lang {
            Lang::En => format!(
                "Dataset v{}, updated {}; data current through {}",
                meta.version,
                meta.updated.human(lang),
                meta.current_through.human(lang)
            ),
            Lang::Zh => format!(
                "数据集 v{}，更新于{}；数据截至{}",
                meta.version,
                meta.updated.human(lang),
                meta.current_through.human(lang)
            ),
        };
        Self {
            title,
            subtitle,
            source,
            dataset,
            footnotes: Vec::new(),
            description,
        }
    }
}

/// One interactive mark of the overlay.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub shape: MarkShape,
    /// Tooltip and accessible name: exact value, date and source.
    pub title: String,
    /// `data-*` attributes the UI reads on click (`("year", "2015")`).
    pub data: Vec<(&'static str, String)>,
}

/// The hit area of a mark, in viewBox pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum MarkShape {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    },
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
    },
    /// Closed rings, as a country's outline.
    Path(Vec<Vec<(f64, f64)>>),
}

/// Escapes text for XML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The font stack: system fonts only, so that no file needs an external font.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// Estimated width of `s` at `px` font size. Good enough for layout; the
/// browser does the real measuring.
pub fn text_width(s: &str, px: f64) -> f64 {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                1.0
            } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
                0.72
            } else if c == ' '
                || c == '.'
                || c == ','
                || c == 'i'
                || c == 'l'
                || c == '1'
                || c == 'j'
            {
                0.32
            } else {
                0.6
            }
        })
        .sum::<f64>()
        * px
}

/// Splits `s` into lines no wider than `max` at `px`, at spaces (or between
/// any characters for CJK text).
pub fn wrap(s: &str, px: f64, max: f64) -> Vec<String> {
    // Break at spaces; Chinese text, and any word too wide for a line, may
    // also break between characters. Each token: its text, and whether a
    // space comes before it.
    let mut tokens: Vec<(String, bool)> = Vec::new();
    for (i, word) in s.split(' ').enumerate() {
        let cjk = word.chars().any(|c| (c as u32) >= 0x2E80);
        if cjk || text_width(word, px) > max * 0.97 {
            for (k, c) in word.chars().enumerate() {
                tokens.push((c.to_string(), i > 0 && k == 0));
            }
        } else {
            tokens.push((word.to_owned(), i > 0));
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for (token, space) in tokens {
        let candidate = if line.is_empty() {
            token.clone()
        } else if space {
            format!("{line} {token}")
        } else {
            format!("{line}{token}")
        };
        if !line.is_empty() && text_width(&candidate, px) > max * 0.97 {
            lines.push(std::mem::take(&mut line));
            line = token;
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Drawing helpers over a plotters drawing area, in pixel coordinates.
pub struct Canvas<'a, 'b> {
    pub area: &'a DrawingArea<SVGBackend<'b>, Shift>,
    pub theme: Theme,
}

/// Horizontal text anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Canvas<'_, '_> {
    pub fn palette(&self) -> &'static Palette {
        self.theme.palette()
    }

    /// Font size scaled for the theme.
    pub fn px(&self, base: f64) -> f64 {
        base * self.theme.scale()
    }

    pub fn rect(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        color: RGBColor,
    ) -> Result<(), ChartError> {
        self.area.draw(&Rectangle::new(
            [
                (x0.round() as i32, y0.round() as i32),
                (x1.round() as i32, y1.round() as i32),
            ],
            color.filled(),
        ))?;
        Ok(())
    }

    pub fn outline(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        self.area.draw(&Rectangle::new(
            [
                (x0.round() as i32, y0.round() as i32),
                (x1.round() as i32, y1.round() as i32),
            ],
            color.stroke_width(width),
        ))?;
        Ok(())
    }

    pub fn line(
        &self,
        points: &[(f64, f64)],
        color: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = points
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.area
            .draw(&PathElement::new(pts, color.stroke_width(width)))?;
        Ok(())
    }

    pub fn dot(
        &self,
        x: f64,
        y: f64,
        r: f64,
        color: RGBColor,
        filled: bool,
    ) -> Result<(), ChartError> {
        let style = if filled {
            color.filled()
        } else {
            color.stroke_width(self.theme.stroke())
        };
        self.area.draw(&Circle::new(
            (x.round() as i32, y.round() as i32),
            r.round() as i32,
            style,
        ))?;
        Ok(())
    }

    /// Draws text with its top at `y`. `size` is the CSS font size in pixels.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &self,
        s: &str,
        x: f64,
        y: f64,
        size: f64,
        anchor: Anchor,
        color: RGBColor,
        bold: bool,
    ) -> Result<(), ChartError> {
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let style = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        // plotters writes font-size = size / 1.24.
        let font = FontDesc::new(FontFamily::Name(FONT_STACK), size * 1.24, style)
            .color(&color)
            .pos(Pos::new(h, VPos::Top));
        self.area.draw(&Text::new(
            s.to_owned(),
            (x.round() as i32, y.round() as i32),
            font,
        ))?;
        Ok(())
    }
}

impl Canvas<'_, '_> {
    /// A legend of colour swatches and labels from `x0` to `x1`, starting at
    /// `y` and wrapping over as many rows as needed. Returns the y just below it.
    pub fn legend(
        &self,
        entries: &[(RGBColor, &str)],
        x0: f64,
        x1: f64,
        y: f64,
    ) -> Result<f64, ChartError> {
        let px = self.px(12.0);
        let (mut x, mut y) = (x0, y);
        for (color, label) in entries {
            let w = px * 2.2 + text_width(label, px);
            if x + w > x1 && x > x0 {
                x = x0;
                y += px * 1.5;
            }
            self.rect(x, y + 2.0, x + px * 0.9, y + 2.0 + px * 0.9, *color)?;
            self.text(
                label,
                x + px * 1.3,
                y,
                px,
                Anchor::Start,
                self.palette().fg,
                false,
            )?;
            x += w;
        }
        Ok(y + px * 1.5)
    }

    /// Horizontal grid lines from `left` to `right` every `step` up to `max`,
    /// with their values at the left; `sy` maps a value to a y.
    pub fn y_grid(
        &self,
        left: f64,
        right: f64,
        max: f64,
        step: f64,
        sy: impl Fn(f64) -> f64,
    ) -> Result<(), ChartError> {
        let pal = self.palette();
        let px = self.px(11.5);
        let mut v = 0.0;
        while v <= max + 0.01 {
            let y = sy(v);
            self.line(
                &[(left, y), (right, y)],
                if v == 0.0 { pal.axis } else { pal.grid },
                1,
            )?;
            self.text(
                &format!("{v:.0}"),
                left - 6.0,
                y - px * 0.6,
                px,
                Anchor::End,
                pal.muted,
                false,
            )?;
            v += step;
        }
        Ok(())
    }
}

/// Where the frame's words go at a size: wrapped lines and type sizes.
struct FrameLayout {
    pad: f64,
    title_px: f64,
    sub_px: f64,
    foot_px: f64,
    title_lines: Vec<String>,
    sub_lines: Vec<String>,
    foot_lines: Vec<String>,
    n_notes: usize,
}

impl FrameLayout {
    fn new(frame: &Frame, width: u32, theme: Theme) -> Self {
        let pad = 16.0 * theme.scale();
        let title_px = if width < 480 { 17.0 } else { 20.0 } * theme.scale();
        let sub_px = 13.0 * theme.scale();
        let foot_px = 11.5 * theme.scale();
        let max_text = f64::from(width) - 2.0 * pad;
        let mut foot_lines: Vec<String> = Vec::new();
        for note in &frame.footnotes {
            foot_lines.extend(wrap(note, foot_px, max_text));
        }
        let n_notes = foot_lines.len();
        foot_lines.extend(wrap(&frame.source, foot_px, max_text));
        foot_lines.extend(wrap(&frame.dataset, foot_px, max_text));
        Self {
            pad,
            title_px,
            sub_px,
            foot_px,
            title_lines: wrap(&frame.title, title_px, max_text),
            sub_lines: wrap(&frame.subtitle, sub_px, max_text),
            foot_lines,
            n_notes,
        }
    }

    /// Height of the words above the plot, then of those below it.
    fn margins(&self, theme: Theme) -> (f64, f64) {
        let line = |px: f64| px * 1.3;
        let top = self.pad
            + self.title_lines.len() as f64 * line(self.title_px)
            + 2.0
            + self.sub_lines.len() as f64 * line(self.sub_px)
            + 10.0 * theme.scale();
        let bottom =
            self.pad + self.foot_lines.len() as f64 * line(self.foot_px) + 10.0 * theme.scale();
        (top, bottom)
    }
}

impl Frame {
    /// The height the frame's words take at `width`, above and below the plot together.
    pub fn chrome_height(&self, width: u32, theme: Theme) -> f64 {
        let (top, bottom) = FrameLayout::new(self, width, theme).margins(theme);
        top + bottom
    }
}

/// Lays out the frame, lets `body` draw the plot inside it, and returns the
/// finished SVG: plotters' drawing plus accessible name, description and the
/// overlay of interactive marks.
///
/// `body` receives the canvas and the plot rectangle `(x0, y0, x1, y1)`.
pub fn render_framed(
    id: &str,
    size: Size,
    theme: Theme,
    frame: &Frame,
    body: impl FnOnce(&Canvas, (f64, f64, f64, f64)) -> Result<Vec<Mark>, ChartError>,
) -> Result<String, ChartError> {
    let (w, h) = (f64::from(size.width), f64::from(size.height));
    let FrameLayout {
        pad,
        title_px,
        sub_px,
        foot_px,
        title_lines,
        sub_lines,
        foot_lines,
        n_notes,
    } = FrameLayout::new(frame, size.width, theme);
    let line = |px: f64| px * 1.3;

    let mut buf = String::new();
    let marks = {
        let root = SVGBackend::with_string(&mut buf, (size.width, size.height)).into_drawing_area();
        let canvas = Canvas { area: &root, theme };
        let pal = theme.palette();
        root.fill(&pal.bg)?;
        let mut y = pad;
        for l in &title_lines {
            canvas.text(l, pad, y, title_px, Anchor::Start, pal.fg, true)?;
            y += line(title_px);
        }
        y += 2.0;
        for l in &sub_lines {
            canvas.text(l, pad, y, sub_px, Anchor::Start, pal.muted, false)?;
            y += line(sub_px);
        }
        let top = y + 10.0 * theme.scale();
        let foot_h = foot_lines.len() as f64 * line(foot_px);
        let mut fy = h - pad - foot_h;
        let bottom = fy - 10.0 * theme.scale();
        canvas.line(&[(pad, fy - 5.0), (w - pad, fy - 5.0)], pal.grid, 1)?;
        for (i, l) in foot_lines.iter().enumerate() {
            let color = if i < n_notes { pal.fg } else { pal.muted };
            canvas.text(l, pad, fy, foot_px, Anchor::Start, color, false)?;
            fy += line(foot_px);
        }
        let marks = body(&canvas, (pad, top, w - pad, bottom.max(top + 40.0)))?;
        root.present()?;
        marks
    };
    Ok(finish_svg(id, buf, frame, &marks))
}

/// Adds the accessible name and description after the `<svg>` tag, the
/// overlay of marks before `</svg>`, and a class for styling.
fn finish_svg(id: &str, svg: String, frame: &Frame, marks: &[Mark]) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    let rest = &rest[1..];
    let body = rest.trim_end().strip_suffix("</svg>").unwrap_or(rest);
    let mut out = String::with_capacity(svg.len() + marks.len() * 200 + 400);
    let _ = write!(
        out,
        "{open} class=\"chart-svg\" data-chart=\"{id}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"{font}\">",
        id = escape_xml(id),
        font = escape_xml(FONT_STACK)
    );
    let _ = write!(
        out,
        "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape_xml(&frame.title),
        escape_xml(&format!(
            "{} {} {}",
            frame.subtitle, frame.description, frame.source
        )),
        id = escape_xml(id)
    );
    out.push_str(body);
    out.push_str("<g class=\"marks\">");
    for (key, m) in marks.iter().enumerate() {
        // `data-key` tells marks apart, so that focus can come back to the same one.
        let _ = write!(out, "<g class=\"mark\" tabindex=\"0\" data-key=\"{key}\"");
        let clickable = !m.data.is_empty();
        out.push_str(if clickable {
            " role=\"button\""
        } else {
            " role=\"img\""
        });
        let _ = write!(out, " aria-label=\"{}\"", escape_xml(&m.title));
        for (k, v) in &m.data {
            let _ = write!(out, " data-{}=\"{}\"", k, escape_xml(v));
        }
        let _ = write!(out, "><title>{}</title>", escape_xml(&m.title));
        match &m.shape {
            &MarkShape::Rect { x, y, w, h } => {
                let _ = write!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"transparent\"/>",
                    w.max(1.0),
                    h.max(1.0)
                );
            }
            &MarkShape::Circle { cx, cy, r } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"transparent\"/>"
                );
            }
            MarkShape::Path(rings) => {
                out.push_str("<path d=\"");
                for ring in rings {
                    for (i, (x, y)) in ring.iter().enumerate() {
                        let _ = write!(out, "{}{x:.0} {y:.0}", if i == 0 { "M" } else { "L" });
                    }
                    out.push('Z');
                }
                out.push_str("\" fill=\"transparent\"/>");
            }
        }
        out.push_str("</g>");
    }
    out.push_str("</g></svg>");
    out
}

/// A "nice" axis maximum and tick step for values up to `max`.
pub fn nice_ticks(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
        .max(1.0);
    ((max / step).ceil() * step, step)
}

#[cfg(test)]
pub(crate) mod tests_data {
    //! The bundled data, for chart tests.
    use crate::countries::Countries;
    use crate::model::Dataset;

    pub fn bundled() -> (Dataset, Countries) {
        let countries = Countries::parse(
            "countries.json",
            include_str!("../../public/data/countries.json"),
        )
        .unwrap();
        let ds = crate::validate::parse_dataset(
            "dsr.json",
            include_str!("../../public/data/dsr.json"),
            &countries,
        )
        .unwrap();
        (ds, countries)
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Helpers that read chart SVG structurally, never byte for byte.

    /// Every `<text>` element's content, unescaped.
    pub fn texts(svg: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find("<text") {
            let Some(gt) = rest[start..].find('>') else {
                break;
            };
            let from = start + gt + 1;
            let Some(end) = rest[from..].find("</text>") else {
                break;
            };
            out.push(unescape(rest[from..from + end].trim()));
            rest = &rest[from + end..];
        }
        out
    }

    /// Every `<text>` element's content with its `y`, in drawing order.
    pub fn text_ys(svg: &str) -> Vec<(String, f64)> {
        let mut out = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find("<text") {
            let Some(gt) = rest[start..].find('>') else {
                break;
            };
            let tag = &rest[start..start + gt];
            let y = tag
                .split(" y=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(f64::NAN);
            let from = start + gt + 1;
            let Some(end) = rest[from..].find("</text>") else {
                break;
            };
            out.push((unescape(rest[from..from + end].trim()), y));
            rest = &rest[from + end..];
        }
        out
    }

    /// Every overlay mark's `<title>`, unescaped.
    pub fn mark_titles(svg: &str) -> Vec<String> {
        let Some(marks) = svg.find("<g class=\"marks\">") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut rest = &svg[marks..];
        while let Some(start) = rest.find("<title>") {
            let from = start + "<title>".len();
            let Some(end) = rest[from..].find("</title>") else {
                break;
            };
            out.push(unescape(&rest[from..from + end]));
            rest = &rest[from + end..];
        }
        out
    }

    /// The values of a `data-<name>` attribute on the marks, in order.
    pub fn mark_data(svg: &str, name: &str) -> Vec<String> {
        let needle = format!(" data-{name}=\"");
        let mut out = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find(&needle) {
            let from = start + needle.len();
            let Some(end) = rest[from..].find('"') else {
                break;
            };
            out.push(unescape(&rest[from..from + end]));
            rest = &rest[from + end..];
        }
        out
    }

    pub fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&")
    }

    /// The `viewBox` attribute of the root element.
    pub fn view_box(svg: &str) -> Option<String> {
        let start = svg.find("viewBox=\"")? + "viewBox=\"".len();
        let end = svg[start..].find('"')?;
        Some(svg[start..start + end].to_owned())
    }

    /// Checks the SVG is well-formed enough to parse as XML: tags balance.
    pub fn assert_balanced(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(lt) = rest.find('<') {
            let Some(gt) = rest[lt..].find('>') else {
                panic!("unclosed tag")
            };
            let tag = &rest[lt + 1..lt + gt];
            rest = &rest[lt + gt + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let open = stack.pop().unwrap_or_default();
                assert_eq!(open, name.trim(), "mismatched </{name}>");
            } else if !tag.ends_with('/') && !tag.starts_with('?') && !tag.starts_with('!') {
                let name = tag.split_whitespace().next().unwrap_or("").to_owned();
                stack.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escaping_neutralises_markup() {
        assert_eq!(
            escape_xml("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;"
        );
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let s = "Partner countries by agreement, latest count and date";
        let lines = wrap(s, 14.0, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), s);
        for l in &lines[..lines.len() - 1] {
            assert!(text_width(l, 14.0) <= 150.0 || !l.contains(' '), "{l}");
        }
        let zh = wrap("按协议统计的伙伴国家数量及日期", 14.0, 60.0);
        assert!(zh.len() > 1);
        assert_eq!(zh.concat(), "按协议统计的伙伴国家数量及日期");
        // Mixed text breaks inside a long Chinese run too, and every line fits.
        let mixed = "数据集 v1.0.0，更新于2026年11月29日；数据截至2025年10月28日";
        let lines = wrap(mixed, 11.5, 200.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 11.5) <= 200.0, "{l}");
        }
        assert_eq!(lines.join(" ").replace(' ', ""), mixed.replace(' ', ""));
    }

    #[test]
    fn nice_ticks_cover_the_maximum() {
        assert_eq!(nice_ticks(17.0), (20.0, 5.0));
        assert_eq!(nice_ticks(36.0), (40.0, 10.0));
        assert_eq!(nice_ticks(3.0), (3.0, 1.0));
        assert_eq!(nice_ticks(0.0), (1.0, 1.0));
        let (max, step) = nice_ticks(10_000.0);
        assert!(max >= 10_000.0 && step >= 1000.0);
    }

    #[test]
    fn okabe_ito_colours_are_distinct_per_category() {
        let mut colours: Vec<String> = Category::ALL
            .iter()
            .map(|&c| hex(category_color(c)))
            .collect();
        colours.sort();
        colours.dedup();
        assert_eq!(colours.len(), Category::ALL.len());
    }
}
