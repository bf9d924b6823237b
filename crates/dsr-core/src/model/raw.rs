//! Raw serde structs that mirror the dataset JSON, and the JSON Schema generated from them.
//!
//! These are the single source of truth for the file format: the committed
//! `public/data/schema/dataset.schema.json` is generated from them. Fields that
//! the validator checks (dates, enums, codes) are plain strings here, so that a
//! bad value becomes a validation error naming its record and field instead of
//! a parse failure that stops at the first problem. The schema still lists the
//! allowed values.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{AgreementKind, Category, Confidence, Counts, Qualifier};

/// The pattern of a date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub const DATE_PATTERN: &str = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
/// The pattern of an id.
pub const SLUG_PATTERN: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";
/// The pattern of a source or licence URL.
pub const URL_PATTERN: &str = r"^https?://";
/// The pattern of a country code.
pub const COUNTRY_PATTERN: &str = r"^[A-Z]{3}$";

/// A whole dataset file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "DSR Tracker dataset",
    description = "Milestones and agreement country counts, in English and Chinese, each with its sources. See docs/data-format.md."
)]
pub struct RawDataset {
    /// Optional pointer to this schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub meta: RawMeta,
    pub milestones: Vec<RawMilestone>,
    pub agreements: Vec<RawAgreement>,
}

/// A text in English and Chinese. Both are required and may not be blank.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    #[serde(default)]
    #[schemars(required, length(min = 1), pattern(r"\S"))]
    pub en: String,
    #[serde(default)]
    #[schemars(required, length(min = 1), pattern(r"\S"))]
    pub zh: String,
}

/// Where a fact comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub title: String,
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub publisher: String,
    /// Publication date; for an undated page, the date of the event it reports.
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub date: String,
    /// Only `http://` or `https://`. Never a mirror copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(URL_PATTERN))]
    pub url: Option<String>,
}

/// A licence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLicence {
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(URL_PATTERN))]
    pub url: Option<String>,
}

/// First and last year covered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCoverage {
    #[schemars(range(min = 1900, max = 2100))]
    pub from: u16,
    #[schemars(range(min = 1900, max = 2100))]
    pub to: u16,
}

/// About the dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub title: RawText,
    #[schemars(length(min = 1))]
    pub version: String,
    /// When this version was last revised (YYYY-MM-DD).
    #[schemars(pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub updated: String,
    /// The date of the newest fact in the data.
    #[schemars(pattern(DATE_PATTERN))]
    pub current_through: String,
    pub coverage: RawCoverage,
    pub licence: RawLicence,
    pub citation: RawText,
}

/// One dated event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMilestone {
    /// Stable slug, unique in the file.
    #[serde(default)]
    #[schemars(required, pattern(SLUG_PATTERN))]
    pub id: String,
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub date: String,
    /// Last day of an event over several days; not before `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(DATE_PATTERN))]
    pub end: Option<String>,
    #[serde(default)]
    #[schemars(required)]
    pub title: RawText,
    #[serde(default)]
    #[schemars(required)]
    pub summary: RawText,
    #[serde(default)]
    #[schemars(required, with = "Category")]
    pub category: String,
    /// ISO 3166-1 alpha-3 codes.
    #[serde(default)]
    #[schemars(required, inner(pattern(COUNTRY_PATTERN)))]
    pub countries: Vec<String>,
    #[serde(default)]
    #[schemars(required, with = "Confidence")]
    pub confidence: String,
    /// Conflicts and caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<RawText>,
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub sources: Vec<RawSource>,
}

/// One reading of an agreement's count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawObservation {
    /// A month or a year means the end of that period.
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub as_of: String,
    pub count: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Qualifier>")]
    pub qualifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(inner(pattern(COUNTRY_PATTERN)))]
    pub countries: Option<Vec<String>>,
    /// Contradicted by other sources: kept and shown, never the latest figure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disputed: bool,
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub sources: Vec<RawSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<RawText>,
}

/// A kind of cooperation agreement whose countries are counted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAgreement {
    #[serde(default)]
    #[schemars(required, pattern(SLUG_PATTERN))]
    pub id: String,
    #[serde(default)]
    #[schemars(required)]
    pub name: RawText,
    #[serde(default)]
    #[schemars(required, with = "AgreementKind")]
    pub kind: String,
    #[serde(default)]
    #[schemars(required, with = "Counts")]
    pub counts: String,
    #[serde(default)]
    #[schemars(required)]
    pub description: RawText,
    /// In date order.
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub observations: Vec<RawObservation>,
}

/// The JSON Schema of the dataset format, pretty-printed, with a final newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(RawDataset);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
