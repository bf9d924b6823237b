//! The frame drawn inside every chart: title, subtitle, footnotes, source line and dataset date, laid out at a size.

use plotters::prelude::*;

use super::canvas::{Anchor, Canvas};
use super::overlay::{Drawing, Mark};
use super::text::{wrap, wrap_at_most};
use super::{ChartError, Size, Theme};
use crate::i18n::{charts, Lang};
use crate::model::Meta;

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
        let source = charts::source(lang, meta.title.get(lang), &meta.licence.name);
        let dataset = charts::dataset(
            lang,
            &meta.version,
            &meta.updated.human(lang),
            &meta.current_through.human(lang),
        );
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
            // A title or filter line of any length stays inside the frame.
            title_lines: wrap_at_most(&frame.title, title_px, max_text, 3),
            // Six lines: the longest subtitle on a phone, 300 px wide, takes five.
            sub_lines: wrap_at_most(&frame.subtitle, sub_px, max_text, 6),
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
        let (top, bottom) = self.margins(width, theme);
        top + bottom
    }

    /// The height of the words above the plot, then of those below it, at `width`.
    pub fn margins(&self, width: u32, theme: Theme) -> (f64, f64) {
        FrameLayout::new(self, width, theme).margins(theme)
    }
}

/// Lays out the frame, lets `body` draw the plot inside it, and returns the
/// drawing: plotters' picture with its accessible name, description and the
/// interactive marks, to be written for the page or as a document.
///
/// `body` receives the canvas and the plot rectangle `(x0, y0, x1, y1)`.
pub fn render_framed(
    id: &'static str,
    size: Size,
    theme: Theme,
    frame: &Frame,
    body: impl FnOnce(&Canvas, (f64, f64, f64, f64)) -> Result<Vec<Mark>, ChartError>,
) -> Result<Drawing, ChartError> {
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
    let description = format!("{} {} {}", frame.subtitle, frame.description, frame.source);
    Ok(Drawing::new(id, &buf, &frame.title, &description, marks))
}
