//! The country list (`countries.json`): ISO codes, names in both languages, UN M49 regions.

use std::collections::HashMap;

use serde::Deserialize;

use crate::error::{DataError, Problem, Record};
use crate::i18n::{labels, Lang};
use crate::model::{token_enum, CountryCode};

token_enum! {
    /// A UN M49 region, the level the region filter works at.
    Region {
        Africa = "africa",
        Americas = "americas",
        Asia = "asia",
        Europe = "europe",
        Oceania = "oceania",
    }
}

impl Region {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Region::Africa => labels::REGION_AFRICA,
            Region::Americas => labels::REGION_AMERICAS,
            Region::Asia => labels::REGION_ASIA,
            Region::Europe => labels::REGION_EUROPE,
            Region::Oceania => labels::REGION_OCEANIA,
        }
        .get(lang)
    }
}

/// One country or territory.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct Country {
    pub code: CountryCode,
    pub alpha2: String,
    /// UN M49 numeric code ("398"), when M49 lists the country.
    pub m49: Option<String>,
    pub en: String,
    pub zh: String,
    /// `None` for Antarctica and the like.
    pub region: Option<Region>,
    /// UN M49 sub-region code, e.g. "030" (Eastern Asia).
    pub subregion: Option<String>,
}

impl Country {
    pub fn name(&self, lang: Lang) -> &str {
        lang.select(&self.en, &self.zh)
    }
}

/// A UN M49 region or sub-region name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct RegionName {
    pub code: String,
    pub en: String,
    pub zh: String,
}

#[derive(Deserialize)]
struct RawCountries {
    regions: Vec<RegionName>,
    countries: Vec<RawCountry>,
}

#[derive(Deserialize)]
struct RawCountry {
    a3: String,
    a2: String,
    #[serde(default)]
    m49: Option<String>,
    en: String,
    zh: String,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    subregion: Option<String>,
}

/// The country list, indexed by code.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct Countries {
    list: Vec<Country>,
    /// Not stored: rebuilt on reading ([`Countries::index`]).
    #[serde(skip)]
    by_code: HashMap<CountryCode, usize>,
    regions: Vec<RegionName>,
}

impl Countries {
    /// Builds the index by code (after reading the list from the bundle).
    pub fn index(&mut self) {
        self.by_code = self
            .list
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code, i))
            .collect();
    }

    /// Parses `countries.json`. `file` names the file in error messages.
    pub fn parse(file: &str, text: &str) -> Result<Self, Vec<DataError>> {
        let raw: RawCountries = serde_json::from_str(text).map_err(|e| {
            vec![
                DataError::new(file, Record::File, "", Problem::Json(e.to_string()))
                    .at(e.line(), e.column()),
            ]
        })?;
        let mut errors = Vec::new();
        let mut out = Countries {
            regions: raw.regions,
            ..Countries::default()
        };
        for (index, c) in raw.countries.into_iter().enumerate() {
            let record = Record::Country {
                index,
                code: c.a3.clone(),
            };
            let Some(code) = CountryCode::parse(&c.a3) else {
                errors.push(DataError::new(
                    file,
                    record,
                    "a3",
                    Problem::UnknownCountry(c.a3),
                ));
                continue;
            };
            let region = match c.region.as_deref().map(str::parse::<Region>) {
                None => None,
                Some(Ok(r)) => Some(r),
                Some(Err(_)) => {
                    let value = c.region.unwrap_or_default();
                    errors.push(DataError::new(
                        file,
                        record,
                        "region",
                        Problem::UnknownRegion(value),
                    ));
                    continue;
                }
            };
            if out.by_code.insert(code, out.list.len()).is_some() {
                errors.push(DataError::new(
                    file,
                    record,
                    "a3",
                    Problem::DuplicateId { id: c.a3, first: 0 },
                ));
                continue;
            }
            out.list.push(Country {
                code,
                alpha2: c.a2,
                m49: c.m49,
                en: c.en,
                zh: c.zh,
                region,
                subregion: c.subregion,
            });
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, code: CountryCode) -> Option<&Country> {
        self.by_code.get(&code).and_then(|&i| self.list.get(i))
    }

    pub fn contains(&self, code: CountryCode) -> bool {
        self.by_code.contains_key(&code)
    }

    /// The country's name, or its code when it is not in the list.
    pub fn name(&self, code: CountryCode, lang: Lang) -> String {
        self.get(code)
            .map(|c| c.name(lang).to_owned())
            .unwrap_or_else(|| code.to_string())
    }

    pub fn region_of(&self, code: CountryCode) -> Option<Region> {
        self.get(code).and_then(|c| c.region)
    }

    /// Every country, in code order.
    pub fn all(&self) -> &[Country] {
        &self.list
    }

    /// A UN M49 region or sub-region's name by its code ("030").
    pub fn region_name(&self, m49: &str, lang: Lang) -> Option<&str> {
        self.regions
            .iter()
            .find(|r| r.code == m49)
            .map(|r| lang.select(r.en.as_str(), r.zh.as_str()))
    }

    /// Type-ahead: countries whose English or Chinese name, or code, contains
    /// `query` (case-insensitive), best matches (prefix) first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Country> {
        let q = crate::fold::fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, &Country)> = self
            .list
            .iter()
            .filter_map(|c| {
                let en = crate::fold::fold(&c.en);
                let code = c.code.as_str().to_ascii_lowercase();
                let rank = if en.starts_with(&q) || c.zh.starts_with(&q) || code == q {
                    0
                } else if en.contains(&q) || c.zh.contains(&q) {
                    1
                } else {
                    return None;
                };
                Some((rank, c))
            })
            .collect();
        crate::order::sort_small(&mut hits, |a, b| {
            a.0.cmp(&b.0).then_with(|| a.1.en.cmp(&b.1.en))
        });
        hits.into_iter().take(limit).map(|(_, c)| c).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Countries {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/countries.json"
        ));
        Countries::parse("countries.json", text).expect("bundled countries.json parses")
    }

    #[test]
    fn the_bundled_list_covers_every_iso_country_with_both_names() {
        let c = bundled();
        assert_eq!(c.all().len(), 250);
        for country in c.all() {
            assert!(
                !country.en.is_empty() && !country.zh.is_empty(),
                "{}",
                country.code
            );
        }
        let chn = CountryCode::parse("CHN").unwrap();
        assert_eq!(c.name(chn, Lang::En), "China");
        assert_eq!(c.name(chn, Lang::Zh), "中国");
        assert_eq!(c.region_of(chn), Some(Region::Asia));
        let kaz = CountryCode::parse("KAZ").unwrap();
        assert_eq!(c.get(kaz).unwrap().subregion.as_deref(), Some("143"));
        assert_eq!(c.region_name("143", Lang::En), Some("Central Asia"));
        assert_eq!(
            c.region_of(CountryCode::parse("CHL").unwrap()),
            Some(Region::Americas)
        );
        assert_eq!(
            c.region_of(CountryCode::parse("EGY").unwrap()),
            Some(Region::Africa)
        );
    }

    #[test]
    fn type_ahead_finds_countries_by_either_language_or_code() {
        let c = bundled();
        let codes = |q: &str| -> Vec<String> {
            c.search(q, 5).iter().map(|c| c.code.to_string()).collect()
        };
        assert_eq!(codes("kaz")[0], "KAZ");
        assert!(codes("哈萨克").contains(&"KAZ".to_owned()));
        assert!(codes("pakis").contains(&"PAK".to_owned()));
        assert!(codes("巴基斯坦").contains(&"PAK".to_owned()));
        assert!(codes("").is_empty());
        assert!(codes("zzzzzz").is_empty());
    }

    #[test]
    fn a_broken_country_file_names_the_record_and_field() {
        let text = r#"{"regions":[],"countries":[{"a3":"kaz","a2":"KZ","en":"K","zh":"K"},{"a3":"ABC","a2":"AB","en":"A","zh":"A","region":"mars"}]}"#;
        let errors = Countries::parse("countries.json", text).unwrap_err();
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 2, "{text:?}");
        assert!(
            text[0].contains("country 0") && text[0].contains("a3"),
            "{}",
            text[0]
        );
        assert!(
            text[1].contains("region") && text[1].contains("mars"),
            "{}",
            text[1]
        );
    }
}
