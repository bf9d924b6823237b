//! `Canvas`: drawing helpers over a plotters area in pixel coordinates: shapes, text, legends, grids and nice ticks.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::{text_width, FONT_STACK};
use super::{ChartError, Palette, Theme};

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
        // The baseline, placed here rather than by a `dy` in font units that
        // readers resolve differently: 0.76 em below the top, as plotters'
        // top anchor puts it in a browser. (Its `dy` is dropped afterwards;
        // see `overlay::absolute_baselines`.)
        let font = FontDesc::new(FontFamily::Name(FONT_STACK), size * 1.24, style)
            .color(&color)
            .pos(Pos::new(h, VPos::Bottom));
        self.area.draw(&Text::new(
            s.to_owned(),
            (x.round() as i32, (y + 0.76 * size).round() as i32),
            font,
        ))?;
        Ok(())
    }
}

impl Canvas<'_, '_> {
    /// A legend of colour swatches and labels from `x0` to `x1`, starting at
    /// `y` and wrapping over as many rows as needed. Returns the y just below it.
    /// The height `legend` takes for `labels` between `x0` and `x1` at the theme's scale.
    pub fn legend_height(labels: &[&str], x0: f64, x1: f64, theme: Theme) -> f64 {
        let px = 12.0 * theme.scale();
        let mut x = x0;
        let mut rows = 1.0;
        for label in labels {
            let w = px * 2.2 + text_width(label, px);
            if x + w > x1 && x > x0 {
                x = x0;
                rows += 1.0;
            }
            x += w;
        }
        rows * px * 1.5
    }

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
mod tests {
    use super::*;

    #[test]
    fn nice_ticks_cover_the_maximum() {
        assert_eq!(nice_ticks(17.0), (20.0, 5.0));
        assert_eq!(nice_ticks(36.0), (40.0, 10.0));
        assert_eq!(nice_ticks(3.0), (3.0, 1.0));
        assert_eq!(nice_ticks(0.0), (1.0, 1.0));
        let (max, step) = nice_ticks(10_000.0);
        assert!(max >= 10_000.0 && step >= 1000.0);
    }
}
