//! The bundle: the shipped dataset and the country list, validated at build time and written compactly (postcard) for the page to read without a JSON parser.
//!
//! `public/data/dsr.json` stays the published file. The build (`cargo run
//! --bin compact`) validates it and writes `data/dsr.bin`, which the app
//! reads first: decoding it needs no JSON code in the main module, and the
//! bytes carry no field names. A reader's own dataset is JSON, and is read by
//! the validator, in a chunk of its own.
//!
//! The milestones' source titles and addresses, a quarter of the data, and
//! what only the other views show of the agreements (descriptions, and the
//! notes and sources of their counts and members) are not needed until a
//! card is expanded or a view other than the timeline is opened. They travel apart (`data/dsr-sources.bin`, [`SourceDetails`]),
//! fetched once the timeline responds, and are put back with
//! [`SourceDetails::apply`], which refuses the details of another bundle.
//!
//! The milestones' texts (title, summary, note, the notes of their later
//! steps), half of the rest, travel one language a file (`data/dsr-en.bin`,
//! `data/dsr-zh.bin`, [`LangTexts`]): the page asks for the bundle and the
//! reader's language together, and for the other language with the details,
//! so a reader waits for one language only. Each names the bundle it
//! belongs to, like the details.

use serde::{Deserialize, Serialize};

use crate::countries::Countries;
use crate::error::Damage;
use crate::i18n::Lang;
use crate::model::{Dataset, Source, Text};

/// The bundle's file, relative to the page.
pub const BUNDLE_FILE: &str = "data/dsr.bin";
/// The milestones' source titles and addresses, relative to the page.
pub const DETAILS_FILE: &str = "data/dsr-sources.bin";

/// The milestones' texts in English, relative to the page.
pub const EN_TEXTS_FILE: &str = "data/dsr-en.bin";
/// The milestones' texts in Chinese, relative to the page.
pub const ZH_TEXTS_FILE: &str = "data/dsr-zh.bin";

/// The file of the milestones' texts in `lang`, relative to the page.
pub fn texts_file(lang: Lang) -> &'static str {
    lang.select(EN_TEXTS_FILE, ZH_TEXTS_FILE)
}

/// What the bundle's first bytes say: its format and version. A bundle from
/// another build is refused, never misread.
const MAGIC: &[u8; 8] = b"DSRBIN03";
const DETAILS_MAGIC: &[u8; 8] = b"DSRSRC02";
const TEXTS_MAGIC: &[u8; 8] = b"DSRTXT01";

/// A fingerprint of a bundle's bytes (FNV-1a, 64 bits): the details name
/// the bundle they belong to.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The milestones' source titles and addresses, in the order of the
/// bundle's milestones and their sources, with the bundle's fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceDetails {
    bundle: u64,
    milestones: Vec<Vec<(String, Option<String>)>>,
    /// What only the views loaded later show of each agreement: its
    /// description, and its observations' and members' notes and sources.
    agreements: Vec<AgreementDetails>,
}

/// An agreement's description, and each observation's and member's note and sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct AgreementDetails {
    description: Text,
    observations: Vec<(Option<Text>, Vec<Source>)>,
    members: Vec<(Option<Text>, Vec<Source>)>,
}

/// The milestones' texts in one language, in the order [`each_text`] visits
/// them, with the bundle's fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangTexts {
    bundle: u64,
    /// Which language: `false` English, `true` Chinese.
    zh: bool,
    texts: Vec<String>,
}

/// Visits every text of the milestones that travels a language a file: each
/// milestone's title, summary and note, and its steps' notes, in this order.
fn each_text(ds: &mut Dataset, mut f: impl FnMut(&mut Text)) {
    for m in &mut ds.milestones {
        f(&mut m.title);
        f(&mut m.summary);
        if let Some(note) = &mut m.note {
            f(note);
        }
        for step in &mut m.steps {
            if let Some(note) = &mut step.note {
                f(note);
            }
        }
    }
}

/// The files a bundle is written as (see [`Bundle::split`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitBundle {
    /// The bundle without the milestones' texts and the details.
    pub core: Vec<u8>,
    /// The details ([`SourceDetails`]).
    pub details: Vec<u8>,
    /// The milestones' texts in English, then in Chinese ([`LangTexts`]).
    pub texts: [(Lang, Vec<u8>); 2],
}

/// The dataset and the country list it was checked against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub countries: Countries,
    pub dataset: Dataset,
}

/// Why a bundle could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// It does not start with this build's mark: another format or version.
    NotABundle,
    /// It starts right but does not decode: a truncated or damaged file.
    Damaged(Damage),
}

impl Bundle {
    /// The bundle's bytes: the mark, then postcard.
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        let mut out = MAGIC.to_vec();
        out.extend(postcard::to_allocvec(self).map_err(|e| e.to_string())?);
        Ok(out)
    }

    /// The bundle without its milestones' source titles and addresses and
    /// without their texts, as bytes; those details, and the texts of each
    /// language, as bytes, each naming the bundle it belongs to.
    pub fn split(&self) -> Result<SplitBundle, String> {
        let mut core = self.clone();
        let (mut en, mut zh) = (Vec::new(), Vec::new());
        each_text(&mut core.dataset, |t| {
            en.push(std::mem::take(&mut t.en));
            zh.push(std::mem::take(&mut t.zh));
        });
        let mut milestones = Vec::with_capacity(core.dataset.milestones.len());
        for m in &mut core.dataset.milestones {
            milestones.push(
                m.sources
                    .iter_mut()
                    .map(|s| (std::mem::take(&mut s.title), s.url.take()))
                    .collect(),
            );
        }
        let agreements = core
            .dataset
            .agreements
            .iter_mut()
            .map(|a| AgreementDetails {
                description: std::mem::replace(
                    &mut a.description,
                    Text {
                        en: String::new(),
                        zh: String::new(),
                    },
                ),
                observations: a
                    .observations
                    .iter_mut()
                    .map(|o| (o.note.take(), std::mem::take(&mut o.sources)))
                    .collect(),
                members: a
                    .members
                    .iter_mut()
                    .map(|m| (m.note.take(), std::mem::take(&mut m.sources)))
                    .collect(),
            })
            .collect();
        let core = core.to_bytes()?;
        let details = SourceDetails {
            bundle: fingerprint(&core),
            milestones,
            agreements,
        };
        let mut out = DETAILS_MAGIC.to_vec();
        out.extend(postcard::to_allocvec(&details).map_err(|e| e.to_string())?);
        let texts = |zh: bool, texts: Vec<String>| -> Result<Vec<u8>, String> {
            let t = LangTexts {
                bundle: details.bundle,
                zh,
                texts,
            };
            let mut out = TEXTS_MAGIC.to_vec();
            out.extend(postcard::to_allocvec(&t).map_err(|e| e.to_string())?);
            Ok(out)
        };
        Ok(SplitBundle {
            texts: [(Lang::En, texts(false, en)?), (Lang::Zh, texts(true, zh)?)],
            core,
            details: out,
        })
    }

    /// Reads a bundle, and rebuilds what it does not store (the search text,
    /// the index of countries by code).
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
        let body = bytes.strip_prefix(MAGIC).ok_or(BundleError::NotABundle)?;
        let mut b: Bundle = postcard::from_bytes(body).map_err(damaged)?;
        b.countries.index();
        for m in &mut b.dataset.milestones {
            m.index();
        }
        Ok(b)
    }
}

/// A file that postcard could not read, said briefly: postcard's own messages
/// (its `Display`, twenty sentences) cost the main module 0.3 KB as fetched.
fn damaged(e: postcard::Error) -> BundleError {
    BundleError::Damaged(match e {
        postcard::Error::DeserializeUnexpectedEnd => Damage::EndsEarly,
        _ => Damage::BadValue,
    })
}

impl LangTexts {
    /// Reads the texts in `lang` of the bundle with this [`fingerprint`].
    pub fn from_bytes(bytes: &[u8], bundle: u64, lang: Lang) -> Result<LangTexts, BundleError> {
        let body = bytes
            .strip_prefix(TEXTS_MAGIC)
            .ok_or(BundleError::NotABundle)?;
        let t: LangTexts = postcard::from_bytes(body).map_err(damaged)?;
        if t.bundle != bundle || t.zh != (lang == Lang::Zh) {
            return Err(BundleError::NotABundle);
        }
        Ok(t)
    }

    /// Puts the texts in their language's place in `ds`, and rebuilds each
    /// milestone's search text; refused if they do not fit it text by text.
    pub fn apply(self, ds: &mut Dataset) -> Result<(), BundleError> {
        let mut n = 0;
        each_text(ds, |_| n += 1);
        if n != self.texts.len() {
            return Err(BundleError::NotABundle);
        }
        let mut texts = self.texts.into_iter();
        let zh = self.zh;
        each_text(ds, |t| {
            let slot = if zh { &mut t.zh } else { &mut t.en };
            *slot = texts.next().unwrap_or_default();
        });
        for m in &mut ds.milestones {
            m.index();
        }
        Ok(())
    }
}

impl SourceDetails {
    /// Reads the details of the bundle with this [`fingerprint`].
    pub fn from_bytes(bytes: &[u8], bundle: u64) -> Result<SourceDetails, BundleError> {
        let body = bytes
            .strip_prefix(DETAILS_MAGIC)
            .ok_or(BundleError::NotABundle)?;
        let d: SourceDetails = postcard::from_bytes(body).map_err(damaged)?;
        if d.bundle != bundle {
            return Err(BundleError::NotABundle);
        }
        Ok(d)
    }

    /// The dataset with its source titles and addresses back, and its search
    /// text rebuilt with them; refused if they do not fit it record by record.
    pub fn apply(&self, ds: &Dataset) -> Result<Dataset, BundleError> {
        let mut full = ds.clone();
        if self.milestones.len() != full.milestones.len() {
            return Err(BundleError::NotABundle);
        }
        for (m, details) in full.milestones.iter_mut().zip(&self.milestones) {
            if m.sources.len() != details.len() {
                return Err(BundleError::NotABundle);
            }
            for (s, (title, url)) in m.sources.iter_mut().zip(details) {
                s.title.clone_from(title);
                s.url.clone_from(url);
            }
            m.index();
        }
        if self.agreements.len() != full.agreements.len() {
            return Err(BundleError::NotABundle);
        }
        for (a, d) in full.agreements.iter_mut().zip(&self.agreements) {
            if a.observations.len() != d.observations.len() || a.members.len() != d.members.len() {
                return Err(BundleError::NotABundle);
            }
            a.description.clone_from(&d.description);
            for (o, (note, sources)) in a.observations.iter_mut().zip(&d.observations) {
                o.note.clone_from(note);
                o.sources.clone_from(sources);
            }
            for (m, (note, sources)) in a.members.iter_mut().zip(&d.members) {
                m.note.clone_from(note);
                m.sources.clone_from(sources);
            }
        }
        Ok(full)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::bundled;

    #[test]
    fn the_bundle_reads_back_the_same_dataset_and_countries() {
        let (ds, countries) = bundled();
        let b = Bundle {
            countries: countries.clone(),
            dataset: ds.clone(),
        };
        let bytes = b.to_bytes().unwrap();
        let back = Bundle::from_bytes(&bytes).unwrap();
        assert_eq!(back.dataset, ds);
        assert_eq!(back.countries, countries);
        assert!(back
            .dataset
            .milestones
            .iter()
            .all(|m| !m.haystack.is_empty()));
    }

    /// The bundle read with the texts of `langs`, in that order.
    fn read_with(split: &SplitBundle, langs: &[Lang]) -> Dataset {
        let mut ds = Bundle::from_bytes(&split.core).unwrap().dataset;
        for &lang in langs {
            let (_, bytes) = split.texts.iter().find(|(l, _)| *l == lang).unwrap();
            LangTexts::from_bytes(bytes, fingerprint(&split.core), lang)
                .unwrap()
                .apply(&mut ds)
                .unwrap();
        }
        ds
    }

    #[test]
    fn split_the_bundle_its_details_and_both_languages_make_the_whole_dataset_again() {
        let (ds, countries) = bundled();
        let whole = Bundle {
            countries,
            dataset: ds.clone(),
        };
        let split = whole.split().unwrap();
        let core = &split.core;
        let read = Bundle::from_bytes(core).unwrap();
        assert!(read.dataset.milestones[0].sources[0].title.is_empty());
        assert!(read
            .dataset
            .milestones
            .iter()
            .all(|m| m.sources.iter().all(|s| s.url.is_none())));
        assert!(read
            .dataset
            .milestones
            .iter()
            .all(|m| m.title.en.is_empty() && m.summary.zh.is_empty()));
        let d = SourceDetails::from_bytes(&split.details, fingerprint(core)).unwrap();
        // Either language first, then the other.
        for langs in [[Lang::En, Lang::Zh], [Lang::Zh, Lang::En]] {
            assert_eq!(d.apply(&read_with(&split, &langs)).unwrap(), ds);
        }
        let details = &split.details;
        // The details of another bundle are refused, never misapplied.
        let mut other = whole.clone();
        other.dataset.milestones.pop();
        let other_core = other.split().unwrap().core;
        assert_eq!(
            SourceDetails::from_bytes(details, fingerprint(&other_core)),
            Err(BundleError::NotABundle)
        );
        let other_read = Bundle::from_bytes(&other_core).unwrap();
        assert_eq!(d.apply(&other_read.dataset), Err(BundleError::NotABundle));
        assert!(core.len() < whole.to_bytes().unwrap().len());
    }

    #[test]
    fn one_language_reads_alone_and_the_other_falls_back_to_it_until_it_comes() {
        let (ds, countries) = bundled();
        let split = Bundle {
            countries,
            dataset: ds.clone(),
        }
        .split()
        .unwrap();
        let zh_only = read_with(&split, &[Lang::Zh]);
        for (m, full) in zh_only.milestones.iter().zip(&ds.milestones) {
            assert_eq!(m.title.zh, full.title.zh);
            assert!(m.title.en.is_empty() && m.summary.en.is_empty());
            // Shown in Chinese until the English texts come.
            assert_eq!(m.title.get(Lang::En), full.title.zh);
            // Searched in the language that is here.
            assert!(m.haystack.contains(&crate::fold::fold(&full.title.zh)));
            assert!(!m.haystack.contains(&crate::fold::fold(&full.title.en)));
        }
        // Every text is in one of the two files, none in the bundle: the
        // English file with the Chinese ones makes the whole texts again.
        let en = read_with(&split, &[Lang::En]);
        assert!(en
            .milestones
            .iter()
            .zip(&ds.milestones)
            .all(|(m, full)| m.title.en == full.title.en
                && m.summary.en == full.summary.en
                && m.note.as_ref().map(|n| &n.en) == full.note.as_ref().map(|n| &n.en)));
    }

    #[test]
    fn texts_of_another_bundle_or_language_are_refused() {
        let (ds, countries) = bundled();
        let whole = Bundle {
            countries,
            dataset: ds,
        };
        let split = whole.split().unwrap();
        let bundle = fingerprint(&split.core);
        let (_, en) = &split.texts[0];
        // Read as the other language: refused.
        assert_eq!(
            LangTexts::from_bytes(en, bundle, Lang::Zh),
            Err(BundleError::NotABundle)
        );
        // Another bundle's: refused.
        assert_eq!(
            LangTexts::from_bytes(en, bundle ^ 1, Lang::En),
            Err(BundleError::NotABundle)
        );
        // A dataset with another number of texts: refused, nothing changed.
        let texts = LangTexts::from_bytes(en, bundle, Lang::En).unwrap();
        let mut fewer = Bundle::from_bytes(&split.core).unwrap().dataset;
        fewer.milestones.pop();
        let before = fewer.clone();
        assert_eq!(texts.apply(&mut fewer), Err(BundleError::NotABundle));
        assert_eq!(fewer, before);
        // Cut short: damaged.
        assert!(matches!(
            LangTexts::from_bytes(&en[..en.len() / 2], bundle, Lang::En),
            Err(BundleError::Damaged(_))
        ));
    }

    #[test]
    fn a_foreign_or_damaged_bundle_is_refused() {
        let (ds, countries) = bundled();
        let bytes = Bundle {
            countries,
            dataset: ds,
        }
        .to_bytes()
        .unwrap();
        assert_eq!(
            Bundle::from_bytes(b"{\"meta\":{}}"),
            Err(BundleError::NotABundle)
        );
        let cut = &bytes[..bytes.len() / 2];
        assert_eq!(
            Bundle::from_bytes(cut),
            Err(BundleError::Damaged(Damage::EndsEarly))
        );
        // A value postcard cannot read (sixteen 0xff bytes: a number whose
        // varint never ends): said so, briefly.
        let mut bad = MAGIC.to_vec();
        bad.extend([0xff; 16]);
        assert_eq!(
            Bundle::from_bytes(&bad),
            Err(BundleError::Damaged(Damage::BadValue))
        );
    }

    #[test]
    fn a_damaged_bundle_is_described_in_the_readers_language() {
        use crate::error::Problem;
        let say = |d, lang| Problem::DamagedBundle(d).message(lang);
        assert_eq!(
            say(Damage::EndsEarly, Lang::En),
            "is cut short or damaged (it ends early): reload the page"
        );
        assert_eq!(
            say(Damage::EndsEarly, Lang::Zh),
            "不完整或已损坏（数据提前结束）：请重新加载页面"
        );
        let all = [Damage::EndsEarly, Damage::BadValue, Damage::DoesNotUnpack];
        for (i, d) in all.into_iter().enumerate() {
            let zh = say(d, Lang::Zh);
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
            // Each kind is told apart from the others, in both languages.
            for other in &all[i + 1..] {
                assert_ne!(zh, say(*other, Lang::Zh));
                assert_ne!(say(d, Lang::En), say(*other, Lang::En));
            }
        }
    }
}
