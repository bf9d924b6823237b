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

use super::{
    AgreementKind, Category, ChangeKind, Confidence, Counts, Qualifier, SourceKind, StepStatus,
};

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
    /// Who the publisher is: a government, an intergovernmental body, state or
    /// independent media, research, a company or another organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<SourceKind>")]
    pub kind: Option<String>,
    /// Publication date; for an undated page, the date of the event it reports.
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub date: String,
    /// Only `http://` or `https://`. Never a mirror copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(URL_PATTERN))]
    pub url: Option<String>,
    /// `true` when the publisher is part of the Chinese party-state: a Chinese
    /// ministry, embassy or other state body, or a Chinese state medium;
    /// `false` when it is independent of it. Left out: not stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chinese_state: Option<bool>,
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
    /// Where readers send corrections: an issue page or a form (`https://…`;
    /// `{id}`, `{title}` and `{link}` in it are filled in with the milestone's)
    /// or an address (`mailto:…`). Each milestone then links to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(r"^(https?://|mailto:)"))]
    pub contact: Option<String>,
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
    /// What became of it later, where sources say (an agreement in force, a
    /// project suspended or cancelled), in date order, none before `date`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<RawStep>,
}

/// A later step of a milestone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    #[serde(default)]
    #[schemars(required, with = "StepStatus")]
    pub status: String,
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub date: String,
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub sources: Vec<RawSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<RawText>,
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
    /// Countries the sources name as members, each with the date it joined
    /// (signed) and its sources, in any order. Never more by a date than the
    /// count observed then; a partial list is shown as partial.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<RawMember>,
}

/// A country named as a member of an agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMember {
    #[serde(default)]
    #[schemars(required, pattern(COUNTRY_PATTERN))]
    pub country: String,
    /// When it signed or joined, as precisely as the sources say.
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub joined: String,
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub sources: Vec<RawSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<RawText>,
}

/// The list of a dataset's changes, release by release (`changes.json`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "DSR Tracker dataset changes",
    description = "What each release of the dataset added, corrected, re-sourced or removed, newest release first. See docs/data-format.md."
)]
pub struct RawChanges {
    /// Optional pointer to this schema, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Newest first; the first is the dataset's current version.
    pub releases: Vec<RawRelease>,
}

/// One release of the dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRelease {
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub version: String,
    /// The day it was released (`YYYY-MM-DD`).
    #[serde(default)]
    #[schemars(required, pattern(DATE_PATTERN))]
    pub date: String,
    #[serde(default)]
    #[schemars(required)]
    pub summary: RawText,
    #[serde(default)]
    pub changes: Vec<RawChange>,
}

/// One record's change in a release.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChange {
    #[serde(default)]
    #[schemars(required, with = "ChangeKind")]
    pub kind: String,
    /// The id of a milestone or an agreement.
    #[serde(default)]
    #[schemars(required, pattern(SLUG_PATTERN))]
    pub record: String,
    /// Why, in a sentence.
    #[serde(default)]
    #[schemars(required)]
    pub reason: RawText,
    /// For a correction: each field changed, with its value before and after.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<RawFieldChange>,
}

/// One field of a record, before and after a correction.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFieldChange {
    /// The field's path in the record: `date`, `summary.en`, `countries`.
    #[serde(default)]
    #[schemars(required, length(min = 1))]
    pub field: String,
    /// Its value before, as text (empty when the field was absent).
    #[serde(default)]
    pub before: String,
    /// Its value after, as text (empty when the field was removed).
    #[serde(default)]
    pub after: String,
}

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON Schema of the dataset format, pretty-printed, with a final newline.
pub fn schema_json() -> String {
    pretty(schemars::schema_for!(RawDataset))
}

/// The JSON Schema of the changes file, pretty-printed, with a final newline.
pub fn changes_schema_json() -> String {
    pretty(schemars::schema_for!(RawChanges))
}
