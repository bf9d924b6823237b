//! Synthetic datasets of any size, in the app's own format, for scale tests and benchmarks.
//!
//! The output is deterministic for a given size and seed, validates against
//! the bundled country list, and has text in both languages so that search
//! has something to find.

use crate::model::raw::{
    RawAgreement, RawCoverage, RawDataset, RawLicence, RawMeta, RawMilestone, RawObservation,
    RawSource, RawText,
};
use crate::model::{Category, Confidence, SourceKind};

/// Partner countries of synthetic records (all in `countries.json`); China is a party to each.
const PARTNERS: &[&str] = &[
    "KAZ", "KGZ", "TJK", "TKM", "UZB", "PAK", "IND", "BGD", "LKA", "NPL", "IDN", "MYS", "SGP",
    "THA", "VNM", "LAO", "KHM", "MMR", "PHL", "BRN", "MNG", "RUS", "TUR", "IRN", "SAU", "ARE",
    "EGY", "ETH", "KEN", "NGA", "ZAF", "MAR", "DZA", "TZA", "ZMB", "SRB", "HUN", "POL", "GRC",
    "ITA", "BLR", "BRA", "ARG", "CHL", "PER", "CUB", "NZL", "PNG", "FJI", "AUS", "QAT", "OMN",
    "KWT", "JOR", "IRQ", "SDN", "GHA", "SEN", "CMR",
];

const TOPICS: &[(&str, &str)] = &[
    ("submarine cable", "海底光缆"),
    ("data centre", "数据中心"),
    ("e-commerce platform", "电子商务平台"),
    ("satellite navigation", "卫星导航"),
    ("smart city", "智慧城市"),
    ("digital skills training", "数字技能培训"),
    ("cross-border data", "跨境数据"),
    ("5G network", "5G网络"),
    ("cybersecurity dialogue", "网络安全对话"),
    ("digital trade rules", "数字贸易规则"),
];

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `list`, which is one of this module's non-empty constants.
    #[allow(clippy::indexing_slicing)]
    fn pick<T: Copy>(&mut self, list: &[T]) -> T {
        list[self.below(list.len())]
    }
}

fn text(en: String, zh: String) -> RawText {
    RawText { en, zh }
}

fn source(rng: &mut Rng, year: u16) -> RawSource {
    let n = rng.below(100_000);
    RawSource {
        title: format!("Report {n} on digital cooperation"),
        publisher: rng
            .pick(&[
                "Xinhua",
                "People's Daily",
                "China Daily",
                "Global Times",
                "MOFCOM",
            ])
            .to_owned(),
        kind: Some(rng.pick(SourceKind::ALL).as_str().to_owned()),
        date: format!("{year}-{:02}", 1 + rng.below(12)),
        url: (rng.below(4) > 0).then(|| format!("https://example.org/report/{n}")),
        chinese_state: [None, Some(true), Some(false)]
            .get(rng.below(3))
            .copied()
            .flatten(),
    }
}

/// A dataset of `n` milestones (and a few agreements), seeded by `seed`.
pub fn dataset(n: usize, seed: u64) -> RawDataset {
    let mut rng = Rng(seed.max(1));
    let milestones = (0..n)
        .map(|i| {
            let year = 2013 + rng.below(13) as u16;
            let month = 1 + rng.below(12) as u8;
            let day = 1 + rng.below(28) as u8;
            let date = match rng.below(4) {
                0 => format!("{year}"),
                1 => format!("{year}-{month:02}"),
                _ => format!("{year}-{month:02}-{day:02}"),
            };
            let (topic_en, topic_zh) = rng.pick(TOPICS);
            let partner = rng.pick(PARTNERS);
            let mut countries = vec!["CHN".to_owned(), partner.to_owned()];
            if rng.below(3) == 0 {
                let other = rng.pick(PARTNERS);
                if other != partner {
                    countries.push(other.to_owned());
                }
            }
            let category = rng.pick(Category::ALL);
            let confidence = rng.pick(Confidence::ALL);
            let n_sources = 1 + rng.below(3);
            RawMilestone {
                id: format!("synthetic-{i}"),
                steps: Vec::new(),
                date,
                end: None,
                title: text(
                    format!("Synthetic milestone {i}: {topic_en} with {partner}"),
                    format!("合成大事记{i}：与{partner}的{topic_zh}合作"),
                ),
                summary: text(
                    format!("A generated record about {topic_en} cooperation, used to test the dashboard at scale."),
                    format!("用于大规模测试的生成记录，内容涉及{topic_zh}合作。"),
                ),
                category: category.as_str().to_owned(),
                countries,
                confidence: confidence.as_str().to_owned(),
                note: (rng.below(10) == 0).then(|| {
                    text(
                        "Generated note: sources disagree on the date.".to_owned(),
                        "生成的注释：各来源的日期不一致。".to_owned(),
                    )
                }),
                sources: (0..n_sources).map(|_| source(&mut rng, year)).collect(),
            }
        })
        .collect();
    let agreements = (0..4)
        .map(|a| {
            let mut count = 1 + rng.below(3) as u32;
            let observations = (2016..=2025u16)
                .step_by(1 + a)
                .map(|year| {
                    count += rng.below(4) as u32;
                    RawObservation {
                        as_of: year.to_string(),
                        count,
                        qualifier: None,
                        countries: None,
                        disputed: false,
                        sources: vec![source(&mut rng, year)],
                        note: None,
                    }
                })
                .collect();
            RawAgreement {
                id: format!("synthetic-series-{a}"),
                name: text(
                    format!("Synthetic MoU series {a}"),
                    format!("合成备忘录系列{a}"),
                ),
                kind: "bilateral-mou-series".to_owned(),
                counts: "partners".to_owned(),
                description: text("Generated for tests.".to_owned(), "为测试生成。".to_owned()),
                observations,
                members: Vec::new(),
            }
        })
        .collect();
    RawDataset {
        schema: None,
        meta: RawMeta {
            title: text(
                format!("Synthetic dataset of {n} milestones"),
                format!("{n}条大事记的合成数据集"),
            ),
            version: "0.0.0".to_owned(),
            updated: "2026-11-29".to_owned(),
            current_through: "2025-12".to_owned(),
            coverage: RawCoverage {
                from: 2013,
                to: 2025,
            },
            licence: RawLicence {
                name: "CC0 1.0".to_owned(),
                url: None,
            },
            citation: text(
                "Synthetic test data.".to_owned(),
                "合成测试数据。".to_owned(),
            ),
            contact: None,
        },
        milestones,
        agreements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::Countries;
    use crate::validate::parse_dataset;

    #[test]
    fn synthetic_datasets_validate_and_are_deterministic() {
        let countries = Countries::parse(
            "countries.json",
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/countries.json"
            )),
        )
        .unwrap();
        let json = serde_json::to_string(&dataset(500, 7)).unwrap();
        let ds = parse_dataset("synth.json", &json, &countries).unwrap();
        assert_eq!(ds.milestones.len(), 500);
        assert_eq!(ds.agreements.len(), 4);
        assert_eq!(json, serde_json::to_string(&dataset(500, 7)).unwrap());
        assert_ne!(json, serde_json::to_string(&dataset(500, 8)).unwrap());
    }
}
