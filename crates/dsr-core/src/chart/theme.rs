//! The looks of a chart: `Theme`, its `Palette`, and the Okabe–Ito colours of the categories.

use plotters::style::RGBColor;

use crate::model::Category;

/// The looks of the page and its charts: light and dark follow the page
/// (`theme=`); presentation is for slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    /// Larger type and thicker marks, for a projector.
    Presentation,
}

impl Theme {
    pub const ALL: &'static [Theme] = &[Theme::Light, Theme::Dark, Theme::Presentation];

    /// The themes of the page itself (`theme=` in the URL); presentation is for slides.
    pub const SCREEN: &'static [Theme] = &[Theme::Light, Theme::Dark];

    /// A page theme from its URL token.
    pub fn parse_screen(s: &str) -> Option<Self> {
        Self::SCREEN.iter().copied().find(|t| t.as_str() == s)
    }

    /// Whether text is light on a dark ground.
    pub fn is_dark(self) -> bool {
        self == Theme::Dark
    }

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
    OKABE_ITO
        .get(crate::aggregate::category_index(cat))
        .copied()
        .unwrap_or(OKABE_ITO[7])
}

/// `#rrggbb` for CSS.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

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
