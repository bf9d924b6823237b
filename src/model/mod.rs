//! The validated data model: `Dataset`, `Milestone`, `Agreement` and their enums.
//!
//! These types are built only by [`crate::validate`], so code that holds them
//! can rely on their invariants: ids are unique slugs, dates are real dates,
//! country codes are known, every record has a source, observations are in
//! date order, and every text has both languages.

pub mod date;
pub mod raw;

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use date::{PartialDate, Precision};

use crate::i18n::Lang;

/// Declares a unit-only enum whose variants map one-to-one to stable string
/// tokens (used in the data file, the URL and CSS classes), with `as_str`,
/// `FromStr`, `Display`, `ALL`, and a JSON Schema listing the tokens.
macro_rules! token_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $token:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $token)] $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable token used in data files, URLs and CSS classes.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $token),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownToken;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($token => Ok($name::$variant),)+
                    _ => Err(UnknownToken {
                        value: s.to_owned(),
                        expected: &[$($token),+],
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A token that is not one of an enum's allowed values.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{value}\" is not one of: {}", expected.join(", "))]
pub struct UnknownToken {
    pub value: String,
    pub expected: &'static [&'static str],
}

token_enum! {
    /// What kind of milestone a record is.
    Category {
        Policy = "policy",
        Forum = "forum",
        Agreement = "agreement",
        Governance = "governance",
        Security = "security",
        ECommerce = "e-commerce",
        Infrastructure = "infrastructure",
        Talent = "talent",
    }
}

token_enum! {
    /// How well a record is sourced. Ordered from weakest to strongest, so
    /// "minimum confidence" is a plain `>=`.
    Confidence {
        /// Not checked against any source.
        Unverified = "unverified",
        /// One source, or only mirror copies.
        SingleSource = "single-source",
        /// Two or more independent sources.
        Confirmed = "confirmed",
    }
}

token_enum! {
    /// The kind of a cooperation agreement.
    AgreementKind {
        /// China signs the same kind of MoU with one country after another.
        BilateralMouSeries = "bilateral-mou-series",
        /// A text launched jointly by several countries at once.
        MultilateralInitiative = "multilateral-initiative",
        TradeAgreement = "trade-agreement",
    }
}

token_enum! {
    /// What an agreement's `count` counts.
    Counts {
        /// Countries that signed with China; China is not counted.
        Partners = "partners",
        /// Every country that joined, China included.
        Signatories = "signatories",
    }
}

token_enum! {
    /// How exact an observation's count is.
    Qualifier {
        /// The source says "more than N": N is a lower bound.
        MoreThan = "more-than",
    }
}

/// An ISO 3166-1 alpha-3 code, checked against the country list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Three ASCII upper-case letters, or `None`. This checks the form only;
    /// whether the code exists is the country list's business.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| Self([b[0], b[1], b[2]]))
    }

    /// A code from three bytes known to be ASCII upper-case letters.
    pub(crate) const fn from_ascii(bytes: [u8; 3]) -> Self {
        Self(bytes)
    }

    pub fn as_str(&self) -> &str {
        // Built only from ASCII upper-case letters.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text in English and Chinese, both non-empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub date: PartialDate,
    /// Always `http://` or `https://` when present.
    pub url: Option<String>,
}

/// One dated event on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    pub id: String,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub title: Text,
    pub summary: Text,
    pub category: Category,
    pub countries: Vec<CountryCode>,
    pub confidence: Confidence,
    pub note: Option<Text>,
    pub sources: Vec<Source>,
    /// Lower-cased title, summary, note and source titles in both languages,
    /// built once so that search is a substring test.
    pub haystack: String,
}

/// One reading of an agreement's country count.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub as_of: PartialDate,
    pub count: u32,
    pub qualifier: Option<Qualifier>,
    pub countries: Option<Vec<CountryCode>>,
    pub disputed: bool,
    pub sources: Vec<Source>,
    pub note: Option<Text>,
}

impl Observation {
    /// The count as a reader should see it: "17", "more than 10".
    pub fn count_label(&self, lang: Lang) -> String {
        match (self.qualifier, lang) {
            (None, _) => self.count.to_string(),
            (Some(Qualifier::MoreThan), Lang::En) => format!("more than {}", self.count),
            (Some(Qualifier::MoreThan), Lang::Zh) => format!("{}个以上", self.count),
        }
    }
}

/// A kind of cooperation agreement whose countries are counted.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub id: String,
    pub name: Text,
    pub kind: AgreementKind,
    pub counts: Counts,
    pub description: Text,
    /// In `as_of` order (by the end of each period); never empty.
    pub observations: Vec<Observation>,
}

impl Agreement {
    /// The newest observation that is not disputed.
    pub fn latest(&self) -> Option<&Observation> {
        self.observations.iter().rev().find(|o| !o.disputed)
    }
}

/// Licence of a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Licence {
    pub name: String,
    pub url: Option<String>,
}

/// About a dataset: its name, version, dates, licence and citation.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    pub title: Text,
    pub version: String,
    pub updated: PartialDate,
    pub current_through: PartialDate,
    pub coverage: (u16, u16),
    pub licence: Licence,
    pub citation: Text,
}

/// A validated dataset. Milestones are sorted by date (then id).
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub meta: Meta,
    pub milestones: Vec<Milestone>,
    pub agreements: Vec<Agreement>,
}

impl Dataset {
    /// The milestone with this id, and its index.
    pub fn milestone(&self, id: &str) -> Option<(usize, &Milestone)> {
        self.milestones.iter().enumerate().find(|(_, m)| m.id == id)
    }

    pub fn agreement(&self, id: &str) -> Option<&Agreement> {
        self.agreements.iter().find(|a| a.id == id)
    }

    /// The first and last year that any milestone touches.
    pub fn year_span(&self) -> Option<(u16, u16)> {
        let first = self.milestones.iter().map(|m| m.date.year()).min()?;
        let last = self
            .milestones
            .iter()
            .map(|m| m.end.unwrap_or(m.date).year())
            .max()?;
        Some((first, last))
    }
}
