//! What an exported chart is called and how big it is: PNG size presets and file names.

use super::ChartId;
use crate::filter::Filters;
use crate::i18n::Lang;
use crate::model::Dataset;

/// A PNG size preset. The chart is laid out for this size, not stretched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub width: u32,
    pub height: u32,
}

impl Preset {
    /// "1920 × 1080 (16:9 slide)".
    pub fn label(&self, lang: Lang) -> String {
        let what = match self.id {
            "slide-16-9" => lang.pick("16:9 slide", "16:9 幻灯片"),
            "hd-720" => lang.pick("16:9, smaller", "16:9，较小"),
            "slide-4-3" => lang.pick("4:3 slide", "4:3 幻灯片"),
            "square" => lang.pick("square", "正方形"),
            _ => "",
        };
        format!("{} × {} ({what})", self.width, self.height)
    }
}

/// The fixed presets; "the size on screen" is added by the UI.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "slide-16-9",
        width: 1920,
        height: 1080,
    },
    Preset {
        id: "hd-720",
        width: 1280,
        height: 720,
    },
    Preset {
        id: "slide-4-3",
        width: 1024,
        height: 768,
    },
    Preset {
        id: "square",
        width: 1080,
        height: 1080,
    },
];

/// Pixel densities offered for PNG export.
pub const DENSITIES: &[u32] = &[1, 2, 3];

/// The file name (without extension) of an exported chart: what it is, and
/// the years and filters it shows: `dsr-agreements-2013-2025`,
/// `dsr-milestones-by-year-2015-2020-forum`.
pub fn file_stem(id: ChartId, ds: &Dataset, filters: &Filters) -> String {
    let (first, last) = ds.meta.coverage;
    let mut stem = format!("dsr-{}", id.as_str());
    if id.follows_filters() {
        stem.push('-');
        stem.push_str(&filters.file_slug(ds.meta.coverage));
    } else {
        stem.push_str(&format!("-{first}-{last}"));
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::tests_data::bundled;
    use crate::countries::Region;
    use crate::model::{Category, CountryCode};

    #[test]
    fn file_names_say_what_the_chart_shows() {
        let (ds, _) = bundled();
        let none = Filters::default();
        assert_eq!(
            file_stem(ChartId::Agreements, &ds, &none),
            "dsr-agreements-2013-2025"
        );
        assert_eq!(
            file_stem(ChartId::MilestonesByYear, &ds, &none),
            "dsr-milestones-by-year-2013-2025"
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
            file_stem(ChartId::CountriesByRegion, &ds, &f),
            "dsr-countries-by-region-2015-2020-forum-asia-kaz-filtered"
        );
        // The agreements charts do not follow the filters, and their names say so.
        assert_eq!(
            file_stem(ChartId::AgreementsOverTime, &ds, &f),
            "dsr-agreements-over-time-2013-2025"
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
}
