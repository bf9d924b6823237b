//! What an exported chart is called and how big it is: PNG size presets and file names.

use super::{ChartId, Theme};
use crate::filter::Filters;
use crate::i18n::{export, Lang, Phrase};
use crate::model::Dataset;

/// A PNG size preset. The chart is laid out for this size, not stretched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The token of the menu's option.
    pub id: &'static str,
    pub width: u32,
    pub height: u32,
    /// What the size is for.
    pub what: Phrase,
}

impl Preset {
    /// "1920 × 1080 (16:9 slide)".
    pub fn label(&self, lang: Lang) -> String {
        export::size(lang, self.width, self.height, self.what.get(lang))
    }
}

/// The size of an exported PNG: a preset, or the size the chart has on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PngSize {
    Preset(Preset),
    Screen,
}

impl PngSize {
    /// The token of the menu's option.
    pub fn as_str(self) -> &'static str {
        match self {
            PngSize::Preset(p) => p.id,
            PngSize::Screen => "screen",
        }
    }

    /// The size for a menu option's token; unknown tokens mean the first preset.
    pub fn parse(s: &str) -> Self {
        if s == "screen" {
            return PngSize::Screen;
        }
        PRESETS
            .iter()
            .find(|p| p.id == s)
            .or(PRESETS.first())
            .map_or(PngSize::Screen, |p| PngSize::Preset(*p))
    }

    /// The size in CSS pixels, given the size on screen.
    pub fn size(self, screen: (u32, u32)) -> (u32, u32) {
        match self {
            PngSize::Preset(p) => (p.width, p.height),
            PngSize::Screen => screen,
        }
    }
}

/// The look of an export: as on screen, or a theme chosen for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    #[default]
    Current,
    Theme(Theme),
}

impl Look {
    /// Every choice, in the menu's order.
    pub fn all() -> Vec<Look> {
        let mut out = vec![Look::Current];
        out.extend(Theme::ALL.iter().map(|&t| Look::Theme(t)));
        out
    }

    /// The token of the menu's option.
    pub fn as_str(self) -> &'static str {
        match self {
            Look::Current => "current",
            Look::Theme(t) => t.as_str(),
        }
    }

    /// The look for a menu option's token; unknown tokens mean "as on screen".
    pub fn parse(s: &str) -> Self {
        Self::all()
            .into_iter()
            .find(|l| l.as_str() == s)
            .unwrap_or_default()
    }

    /// The menu's words for it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Look::Current => export::LOOK_CURRENT,
            Look::Theme(Theme::Light) => export::LOOK_LIGHT,
            Look::Theme(Theme::Dark) => export::LOOK_DARK,
            Look::Theme(Theme::Presentation) => export::LOOK_PRESENTATION,
        }
        .get(lang)
    }

    /// The theme to draw with, given the one on screen.
    pub fn theme(self, current: Theme) -> Theme {
        match self {
            Look::Current => current,
            Look::Theme(t) => t,
        }
    }
}

/// The name of a downloaded PNG: `<stem>-1920x1080.png`, `<stem>-1920x1080@2x.png`.
pub fn png_name(stem: &str, width: u32, height: u32, density: u32) -> String {
    if density > 1 {
        format!("{stem}-{width}x{height}@{density}x.png")
    } else {
        format!("{stem}-{width}x{height}.png")
    }
}

/// The fixed presets; "the size on screen" is added by the UI.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "slide-16-9",
        width: 1920,
        height: 1080,
        what: export::PRESET_16_9,
    },
    Preset {
        id: "hd-720",
        width: 1280,
        height: 720,
        what: export::PRESET_720,
    },
    Preset {
        id: "slide-4-3",
        width: 1024,
        height: 768,
        what: export::PRESET_4_3,
    },
    Preset {
        id: "square",
        width: 1080,
        height: 1080,
        what: export::PRESET_SQUARE,
    },
];

/// Pixel densities offered for PNG export.
pub const DENSITIES: &[u32] = &[1, 2, 3];

/// The file name (without extension) of an exported chart: what it is, and
/// the years and filters it shows: `dsr-agreements-2013-2026`,
/// `dsr-milestones-by-year-2015-2020-forum`.
/// The map in agreement mode (`map_agreement`) says which agreement: `dsr-map-2013-2026-rcep`.
pub fn file_stem(
    id: ChartId,
    ds: &Dataset,
    filters: &Filters,
    map_agreement: Option<&str>,
) -> String {
    let (first, last) = ds.meta.coverage;
    let mut stem = format!("dsr-{}", id.as_str());
    if id.follows_filters() {
        stem.push('-');
        stem.push_str(&filters.file_slug(ds.meta.coverage));
    } else {
        stem.push_str(&format!("-{first}-{last}"));
    }
    if let (ChartId::Map, Some(agreement)) = (id, map_agreement) {
        stem.push('-');
        stem.push_str(agreement);
    }
    stem
}

/// The chart without its background, for a transparent PNG: the full-size
/// rectangle the frame paints first is left out; nothing else changes.
pub fn transparent(svg: &str, size: super::Size) -> String {
    let bg = format!(
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" ",
        size.width, size.height
    );
    let Some(start) = svg.find(&bg) else {
        return svg.to_owned();
    };
    let Some(len) = svg.get(start..).and_then(|rest| rest.find("/>")) else {
        return svg.to_owned();
    };
    let mut out = String::with_capacity(svg.len());
    out.push_str(svg.get(..start).unwrap_or_default());
    out.push_str(svg.get(start + len + 2..).unwrap_or_default());
    out
}

/// Whether the theme's text is dark (it reads on light slides only) rather
/// than light (dark slides only): what a transparent PNG warns about.
pub fn dark_text(theme: Theme) -> bool {
    let c = theme.palette().fg;
    0.2126 * f64::from(c.0) + 0.7152 * f64::from(c.1) + 0.0722 * f64::from(c.2) < 128.0
}

/// The warning beside a transparent PNG.
pub fn transparent_warning(theme: Theme, lang: Lang) -> &'static str {
    if dark_text(theme) {
        export::TRANSPARENT_DARK_TEXT.get(lang)
    } else {
        export::TRANSPARENT_LIGHT_TEXT.get(lang)
    }
}

/// The code that embeds a chart in another page: an `<iframe>` of the
/// chart's embed address `src` (an absolute URL), titled, as high as the
/// chart is on screen plus its frame, and the script beside the app
/// (`embed.js`) that keeps the frame as high as the chart.
pub fn embed_snippet(src: &str, title: &str, height: u32) -> String {
    // The folder of the app: the address up to its query, up to its last '/'.
    let base = src
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .rsplit_once('/')
        .map_or(String::new(), |(b, _)| format!("{b}/"));
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-dsr-embed></iframe>\n<script src=\"{}embed.js\" async></script>",
        super::escape_xml(src),
        super::escape_xml(title),
        height + 8,
        super::escape_xml(&base),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transparent_chart_loses_only_its_background_and_warns_for_its_text() {
        let svg = "<svg><desc>d</desc><rect x=\"0\" y=\"0\" width=\"900\" height=\"500\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"none\"/><rect x=\"0\" y=\"0\" width=\"10\" height=\"5\" fill=\"#000\"/></svg>";
        let t = transparent(svg, super::super::Size::new(900, 500));
        assert_eq!(t, "<svg><desc>d</desc><rect x=\"0\" y=\"0\" width=\"10\" height=\"5\" fill=\"#000\"/></svg>");
        assert!(
            dark_text(Theme::Light) && dark_text(Theme::Presentation) && !dark_text(Theme::Dark)
        );
        assert_ne!(
            transparent_warning(Theme::Light, Lang::En),
            transparent_warning(Theme::Dark, Lang::En)
        );
    }
    use crate::countries::Region;
    use crate::model::{Category, CountryCode};
    use crate::testing::bundled;

    #[test]
    fn file_names_say_what_the_chart_shows() {
        let (ds, _) = bundled();
        let none = Filters::default();
        assert_eq!(
            file_stem(ChartId::Agreements, &ds, &none, None),
            "dsr-agreements-2013-2026"
        );
        assert_eq!(
            file_stem(ChartId::MilestonesByYear, &ds, &none, None),
            "dsr-milestones-by-year-2013-2026"
        );
        let f = Filters {
            from: Some(2015),
            to: Some(2020),
            cats: vec![Category::Forum],
            region: Some(Region::Asia),
            countries: vec![CountryCode::parse("KAZ").unwrap()],
            q: "cable".into(),
            ..Filters::default()
        };
        assert_eq!(
            file_stem(ChartId::CountriesByRegion, &ds, &f, None),
            "dsr-countries-by-region-2015-2020-forum-asia-kaz-filtered"
        );
        // The agreements charts do not follow the filters, and their names say so.
        assert_eq!(
            file_stem(ChartId::AgreementsOverTime, &ds, &f, None),
            "dsr-agreements-over-time-2013-2026"
        );
        assert_eq!(
            file_stem(ChartId::Map, &ds, &none, Some("rcep")),
            "dsr-map-2013-2026-rcep"
        );
    }

    #[test]
    fn presets_are_the_slide_sizes() {
        let sizes: Vec<(u32, u32)> = PRESETS.iter().map(|p| (p.width, p.height)).collect();
        assert_eq!(
            sizes,
            [(1920, 1080), (1280, 720), (1024, 768), (1080, 1080)]
        );
        assert_eq!(PRESETS[0].label(Lang::En), "1920 × 1080 (16:9 slide)");
    }

    #[test]
    fn menu_choices_read_back_from_their_tokens() {
        for look in Look::all() {
            assert_eq!(Look::parse(look.as_str()), look);
        }
        assert_eq!(Look::parse("nonsense"), Look::Current);
        for p in PRESETS {
            assert_eq!(PngSize::parse(p.id), PngSize::Preset(*p));
        }
        assert_eq!(PngSize::parse("screen").size((500, 300)), (500, 300));
        assert_eq!(
            png_name("dsr-map", 1920, 1080, 2),
            "dsr-map-1920x1080@2x.png"
        );
        assert_eq!(png_name("dsr-map", 1920, 1080, 1), "dsr-map-1920x1080.png");
    }

    #[test]
    fn an_embed_snippet_frames_the_chart_and_loads_the_script_beside_the_app() {
        let code = embed_snippet(
            "https://example.org/sites/dsr/?embed=agreements&lang=zh",
            "Chart \"A\" <b> & co",
            400,
        );
        assert_eq!(
            code,
            "<iframe src=\"https://example.org/sites/dsr/?embed=agreements&amp;lang=zh\" \
             title=\"Chart &quot;A&quot; &lt;b&gt; &amp; co\" width=\"100%\" height=\"408\" \
             style=\"border:0;max-width:100%\" loading=\"lazy\" data-dsr-embed></iframe>\n\
             <script src=\"https://example.org/sites/dsr/embed.js\" async></script>"
        );
        // A page named in the address: the script is still beside it.
        let code = embed_snippet("http://h/app/index.html?embed=map", "Map", 10);
        assert!(
            code.contains("<script src=\"http://h/app/embed.js\""),
            "{code}"
        );
        assert!(code.contains("height=\"18\""));
    }
}
