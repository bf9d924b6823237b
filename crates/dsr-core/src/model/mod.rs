//! The validated data model: `Dataset`, `Milestone`, `Agreement` and their enums.
//!
//! These types are built only by [`crate::validate`], so code that holds them
//! can rely on their invariants: ids are unique slugs, dates are real dates,
//! country codes are known, every record has a source, observations are in
//! date order, and every text has both languages.

pub mod date;
pub mod raw;
mod token;

use std::fmt;

pub use date::{PartialDate, Precision};

use crate::i18n::{labels, Lang};
pub(crate) use token::token_enum;
pub use token::UnknownToken;

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

impl Category {
    /// The category's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Category::Policy => labels::CAT_POLICY,
            Category::Forum => labels::CAT_FORUM,
            Category::Agreement => labels::CAT_AGREEMENT,
            Category::Governance => labels::CAT_GOVERNANCE,
            Category::Security => labels::CAT_SECURITY,
            Category::ECommerce => labels::CAT_E_COMMERCE,
            Category::Infrastructure => labels::CAT_INFRASTRUCTURE,
            Category::Talent => labels::CAT_TALENT,
        }
        .get(lang)
    }
}

impl Confidence {
    /// The confidence level's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Confidence::Confirmed => labels::CONF_CONFIRMED,
            Confidence::SingleSource => labels::CONF_SINGLE_SOURCE,
            Confidence::Unverified => labels::CONF_UNVERIFIED,
        }
        .get(lang)
    }
}

token_enum! {
    /// Who published a source.
    SourceKind {
        /// A government body: a ministry, an embassy, an official gazette or portal.
        Official = "official",
        /// An intergovernmental body: the UN, ASEAN, the AU, the SCO, APEC…
        Intergovernmental = "intergovernmental",
        /// State-owned or state-run media, of China or of another country.
        StateMedia = "state-media",
        /// Media not run by a state.
        IndependentMedia = "independent-media",
        /// A university, think tank or journal.
        Research = "research",
        /// A company's own site or press release.
        Company = "company",
        /// An NGO, an industry body or a conference organiser.
        Organisation = "organisation",
    }
}

impl SourceKind {
    /// The kind's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SourceKind::Official => labels::KIND_OFFICIAL,
            SourceKind::Intergovernmental => labels::KIND_INTERGOVERNMENTAL,
            SourceKind::StateMedia => labels::KIND_STATE_MEDIA,
            SourceKind::IndependentMedia => labels::KIND_INDEPENDENT_MEDIA,
            SourceKind::Research => labels::KIND_RESEARCH,
            SourceKind::Company => labels::KIND_COMPANY,
            SourceKind::Organisation => labels::KIND_ORGANISATION,
        }
        .get(lang)
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

impl AgreementKind {
    /// The kind's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            AgreementKind::BilateralMouSeries => labels::KIND_BILATERAL,
            AgreementKind::MultilateralInitiative => labels::KIND_MULTILATERAL,
            AgreementKind::TradeAgreement => labels::KIND_TRADE,
        }
        .get(lang)
    }
}

impl Counts {
    /// What the count counts, in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Counts::Partners => labels::COUNTS_PARTNERS,
            Counts::Signatories => labels::COUNTS_SIGNATORIES,
        }
        .get(lang)
    }
}

token_enum! {
    /// What became of an agreement or a project after it was signed or announced.
    StepStatus {
        InForce = "in-force",
        Implemented = "implemented",
        Suspended = "suspended",
        Withdrawn = "withdrawn",
        Cancelled = "cancelled",
    }
}

impl StepStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            StepStatus::InForce => labels::STEP_IN_FORCE,
            StepStatus::Implemented => labels::STEP_IMPLEMENTED,
            StepStatus::Suspended => labels::STEP_SUSPENDED,
            StepStatus::Withdrawn => labels::STEP_WITHDRAWN,
            StepStatus::Cancelled => labels::STEP_CANCELLED,
        }
        .get(lang)
    }
}

/// A later step of a milestone (in force, suspended…): when, on whose word.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    pub status: StepStatus,
    pub date: PartialDate,
    pub sources: Vec<Source>,
    pub note: Option<Text>,
}

token_enum! {
    /// How exact an observation's count is.
    Qualifier {
        /// The source says "more than N": N is a lower bound.
        MoreThan = "more-than",
    }
}

/// An ISO 3166-1 alpha-3 code, checked against the country list.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Three ASCII upper-case letters, or `None`. This checks the form only;
    /// whether the code exists is the country list's business.
    pub fn parse(s: &str) -> Option<Self> {
        match *s.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Some(Self([a, b, c])),
            _ => None,
        }
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

/// China's code. China is a party to almost every record, so the region
/// filter, the region chart and the map look at the *partner* countries.
pub const CHINA: CountryCode = CountryCode::from_ascii(*b"CHN");

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 120;

/// The rule for ids (of milestones and agreements, in the data and the URL):
/// lower-case ASCII letters and digits in groups joined by single hyphens, at
/// most [`MAX_ID_LEN`] long.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text in English and Chinese, both non-empty.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

impl Text {
    /// The text in `lang`; the other language's while `lang`'s is not here
    /// (the page reads one language first: `bundle::LangTexts`).
    pub fn get(&self, lang: Lang) -> &str {
        let chosen = lang.select(&self.en, &self.zh);
        if chosen.is_empty() {
            lang.select(&self.zh, &self.en)
        } else {
            chosen
        }
    }
}

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// Who the publisher is, where the data says.
    pub kind: Option<SourceKind>,
    pub date: PartialDate,
    /// Always `http://` or `https://` when present.
    pub url: Option<String>,
    /// Whether the publisher is part of the Chinese party-state (a ministry,
    /// an embassy, a state medium), where the data says.
    pub chinese_state: Option<bool>,
}

token_enum! {
    /// Who backs a milestone: whether one of its sources is independent of
    /// the Chinese party-state.
    Backing {
        /// At least one source is not a Chinese ministry, embassy or state medium.
        Independent = "independent",
        /// Every source is a Chinese official body or state medium.
        ChineseStateOnly = "chinese-state",
        /// The data does not say for every source.
        NotStated = "not-stated",
    }
}

impl Backing {
    /// Its display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Backing::Independent => labels::BACKING_INDEPENDENT,
            Backing::ChineseStateOnly => labels::BACKING_CHINESE_STATE,
            Backing::NotStated => labels::BACKING_NOT_STATED,
        }
        .get(lang)
    }

    /// Who backs a record with these sources.
    pub fn of(sources: &[Source]) -> Backing {
        if sources.iter().any(|s| s.chinese_state == Some(false)) {
            Backing::Independent
        } else if !sources.is_empty() && sources.iter().all(|s| s.chinese_state == Some(true)) {
            Backing::ChineseStateOnly
        } else {
            Backing::NotStated
        }
    }
}

impl Source {
    /// The publisher, with its kind where known: "Xinhua (state media)".
    pub fn publisher_and_kind(&self, lang: Lang) -> String {
        match self.kind {
            Some(k) => labels::publisher_kind(lang, &self.publisher, k.label(lang)),
            None => self.publisher.clone(),
        }
    }

    /// The source, short: "Xinhua, 7 Sep 2013".
    pub fn short(&self, lang: Lang) -> String {
        labels::source_short(lang, &self.publisher, &self.date.human(lang))
    }
}

/// Sources, short, in a list: "Xinhua, 7 Sep 2013; MOFCOM, Oct 2023".
pub fn list_sources(sources: &[Source], lang: Lang) -> String {
    let items: Vec<String> = sources.iter().map(|s| s.short(lang)).collect();
    items.join(labels::SOURCE_SEPARATOR.get(lang))
}

/// One dated event on the timeline.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// Its later steps, in date order.
    pub steps: Vec<Step>,
    /// Lower-cased title, summary, note and source titles in both languages,
    /// built once so that search is a substring test. Not stored: rebuilt
    /// on reading ([`Milestone::index`]).
    #[serde(skip)]
    pub haystack: String,
}

impl Milestone {
    /// Whether one of its sources is a government's own (`official`).
    pub fn has_official_source(&self) -> bool {
        self.sources
            .iter()
            .any(|s| s.kind == Some(SourceKind::Official))
    }

    /// Builds its search text (`haystack`) from its texts and source titles.
    pub fn index(&mut self) {
        let mut s = std::mem::take(&mut self.haystack);
        let texts = [Some(&self.title), Some(&self.summary), self.note.as_ref()];
        let len = texts
            .iter()
            .flatten()
            .map(|t| t.en.len() + t.zh.len() + 2)
            .sum::<usize>()
            + self
                .sources
                .iter()
                .map(|s| s.title.len() + 1)
                .sum::<usize>();
        s.clear();
        s.reserve(len);
        for t in texts.into_iter().flatten() {
            crate::fold::fold_into(&t.en, &mut s);
            s.push('\n');
            crate::fold::fold_into(&t.zh, &mut s);
            s.push('\n');
        }
        for src in &self.sources {
            crate::fold::fold_into(&src.title, &mut s);
            s.push('\n');
        }
        self.haystack = s;
    }

    /// Whether one of its sources is independent of the Chinese party-state.
    pub fn backing(&self) -> Backing {
        Backing::of(&self.sources)
    }

    /// Its later steps taken by the end of `asof` (all, without one).
    pub fn steps_by(&self, asof: Option<PartialDate>) -> impl Iterator<Item = &Step> {
        self.steps
            .iter()
            .filter(move |s| asof.is_none_or(|d| s.date.start_key() <= d.end_key()))
    }

    /// When it happened, for a reader: "7 Sep 2013", or a period "2015 – 2016".
    pub fn date_label(&self, lang: Lang) -> String {
        match self.end {
            Some(end) => labels::range(lang, &self.date.human(lang), &end.human(lang)),
            None => self.date.human(lang),
        }
    }
}

/// One reading of an agreement's country count.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
        match self.qualifier {
            None => self.count.to_string(),
            Some(Qualifier::MoreThan) => labels::more_than(lang, self.count),
        }
    }

    /// The date of the count for a reader: a year alone means its end
    /// ("end 2022"); otherwise the date at its own precision.
    pub fn as_of_label(&self, lang: Lang) -> String {
        match self.as_of.month() {
            None => labels::end_of_year(lang, self.as_of.year()),
            Some(_) => self.as_of.human(lang),
        }
    }
}

/// A kind of cooperation agreement whose countries are counted.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Agreement {
    pub id: String,
    pub name: Text,
    pub kind: AgreementKind,
    pub counts: Counts,
    pub description: Text,
    /// In `as_of` order (by the end of each period); never empty.
    pub observations: Vec<Observation>,
    /// The countries the sources name as members, in the order they joined.
    pub members: Vec<Member>,
}

/// A country named as a member of an agreement: when it joined, on whose word.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Member {
    pub country: CountryCode,
    pub joined: PartialDate,
    pub sources: Vec<Source>,
    pub note: Option<Text>,
}

impl Agreement {
    /// The newest observation that is not disputed.
    pub fn latest(&self) -> Option<&Observation> {
        self.as_of(None)
    }

    /// The newest undisputed observation whose period ended on or before the
    /// end of `date` (any, without one): the count as it stood then. `None`
    /// means "not yet", never 0.
    pub fn as_of(&self, date: Option<PartialDate>) -> Option<&Observation> {
        self.observations
            .iter()
            .rev()
            .find(|o| !o.disputed && o.known_by(date))
    }
}

impl Agreement {
    /// The countries named as members by the end of `date` (any, without
    /// one), each with the date it joined by and its sources: the listed
    /// members, and the countries of the undisputed observations published by
    /// then (joined by that observation's date at the latest). In the order
    /// they joined.
    pub fn named_by(
        &self,
        date: Option<PartialDate>,
    ) -> Vec<(CountryCode, PartialDate, Vec<&Source>)> {
        let mut out: Vec<(CountryCode, PartialDate, Vec<&Source>)> = Vec::new();
        let by = |d: PartialDate| date.is_none_or(|asof| d.start_key() <= asof.end_key());
        for m in self.members.iter().filter(|m| by(m.joined)) {
            out.push((m.country, m.joined, m.sources.iter().collect()));
        }
        for o in self
            .observations
            .iter()
            .filter(|o| !o.disputed && o.known_by(date))
        {
            for &c in o.countries.iter().flatten() {
                match out.iter_mut().find(|(k, _, _)| *k == c) {
                    Some((_, _, sources)) => sources.extend(o.sources.iter()),
                    None => out.push((c, o.as_of, o.sources.iter().collect())),
                }
            }
        }
        crate::order::sort_small(&mut out, |a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        out
    }
}

impl Observation {
    /// Whether the count had been published by the end of `date` (always, without one).
    pub fn known_by(&self, date: Option<PartialDate>) -> bool {
        date.is_none_or(|d| self.as_of.end_key() <= d.end_key())
    }
}

token_enum! {
    /// What a release did to a record.
    ChangeKind {
        Added = "added",
        Corrected = "corrected",
        ReSourced = "re-sourced",
        Removed = "removed",
    }
}

impl ChangeKind {
    /// The kind's display name.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ChangeKind::Added => labels::CHANGE_ADDED,
            ChangeKind::Corrected => labels::CHANGE_CORRECTED,
            ChangeKind::ReSourced => labels::CHANGE_RE_SOURCED,
            ChangeKind::Removed => labels::CHANGE_REMOVED,
        }
        .get(lang)
    }
}

/// One record's change in a release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    /// A milestone's or an agreement's id.
    pub record: String,
    pub reason: Text,
    /// For a correction: each field changed, before and after.
    pub fields: Vec<FieldChange>,
}

/// One field of a record, before and after a correction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

impl FieldChange {
    /// For a reader: "date: 2020 → 2020-05", "(none)" for an absent side.
    pub fn label(&self, lang: Lang) -> String {
        let side = |s: &str| {
            if s.is_empty() {
                labels::FIELD_ABSENT.get(lang).to_owned()
            } else {
                s.to_owned()
            }
        };
        labels::field_change(lang, &self.field, &side(&self.before), &side(&self.after))
    }
}

/// One release of the dataset and what it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    pub version: String,
    pub date: PartialDate,
    pub summary: Text,
    pub changes: Vec<Change>,
}

/// The dataset's releases, newest first; the first is the current version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub releases: Vec<Release>,
}

impl Changes {
    /// The current release, the dataset's own version.
    pub fn current(&self) -> Option<&Release> {
        self.releases.first()
    }
}

/// Licence of a dataset.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Licence {
    pub name: String,
    pub url: Option<String>,
}

/// About a dataset: its name, version, dates, licence and citation.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: Text,
    pub version: String,
    pub updated: PartialDate,
    pub current_through: PartialDate,
    pub coverage: (u16, u16),
    pub licence: Licence,
    pub citation: Text,
    /// Where readers send corrections (`https://…` or `mailto:…`).
    pub contact: Option<String>,
}

impl Meta {
    /// The "Suggest a correction" link of the milestone `id`, titled `title`,
    /// whose page is `link`: the contact address with a subject and a body,
    /// or the contact page with `{id}`, `{title}` and `{link}` filled in.
    pub fn correction_link(&self, id: &str, title: &str, link: &str, lang: Lang) -> Option<String> {
        let contact = self.contact.as_deref()?;
        let enc = |s: &str| {
            form_urlencoded::byte_serialize(s.as_bytes())
                .collect::<String>()
                .replace('+', "%20")
        };
        if contact.starts_with("mailto:") {
            let sep = if contact.contains('?') { '&' } else { '?' };
            let subject = crate::i18n::timeline::correction_subject(lang, id);
            let body = format!("{title}\n{link}\n\n");
            return Some(format!(
                "{contact}{sep}subject={}&body={}",
                enc(&subject),
                enc(&body)
            ));
        }
        Some(
            contact
                .replace("{id}", &enc(id))
                .replace("{title}", &enc(title))
                .replace("{link}", &enc(link)),
        )
    }
}

/// A validated dataset. Milestones are sorted by date (then id).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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

    /// A record's name for a reader: a milestone's title or an agreement's
    /// name, else the id itself (a record since removed).
    pub fn record_name(&self, id: &str, lang: Lang) -> String {
        self.milestone(id)
            .map(|(_, m)| m.title.get(lang).to_owned())
            .or_else(|| self.agreement(id).map(|a| a.name.get(lang).to_owned()))
            .unwrap_or_else(|| id.to_owned())
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

    /// The years the page offers: those of the milestones, else (a dataset
    /// with none) the years its `coverage` claims.
    pub fn years(&self) -> (u16, u16) {
        self.year_span().unwrap_or(self.meta.coverage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = PartialDate> {
        (2010u16..=2028, 0u8..=12, 0u8..=31).prop_map(|(y, m, d)| {
            let d = if m == 0 {
                0
            } else {
                d.min(date::days_in_month(y, m))
            };
            PartialDate::from_parts(y, m, d).unwrap()
        })
    }

    fn agreement(mut obs: Vec<(PartialDate, u32, bool)>) -> Agreement {
        // The validator keeps observations in the order of their periods' ends.
        obs.sort_by_key(|(d, _, _)| d.end_key());
        let text = Text {
            en: "x".into(),
            zh: "x".into(),
        };
        Agreement {
            id: "a".into(),
            name: text.clone(),
            kind: AgreementKind::BilateralMouSeries,
            counts: Counts::Partners,
            description: text,
            observations: obs
                .into_iter()
                .map(|(as_of, count, disputed)| Observation {
                    as_of,
                    count,
                    qualifier: None,
                    countries: None,
                    disputed,
                    sources: Vec::new(),
                    note: None,
                })
                .collect(),
            members: Vec::new(),
        }
    }

    proptest! {
        /// For any date and any series, the count as of the date is the latest
        /// undisputed observation whose period ended on or before the date's
        /// end, or "not yet" when there is none.
        #[test]
        fn the_count_as_of_a_date_is_the_latest_observation_by_then_or_not_yet(
            obs in proptest::collection::vec((date(), 0u32..100, proptest::bool::weighted(0.2)), 0..8),
            asof in date(),
        ) {
            let a = agreement(obs);
            let expected = a
                .observations
                .iter()
                .enumerate()
                .filter(|(_, o)| !o.disputed && o.as_of.end_key() <= asof.last_day().start_key())
                .max_by_key(|(i, o)| (o.as_of.end_key(), *i))
                .map(|(_, o)| o);
            prop_assert_eq!(a.as_of(Some(asof)), expected);
            if let Some(o) = expected {
                prop_assert!(a.observations.iter().all(|later| later.disputed
                    || later.as_of.end_key() > asof.last_day().start_key()
                    || later.as_of.end_key() <= o.as_of.end_key()));
            } else {
                prop_assert!(a.observations.iter().all(|o| o.disputed || o.as_of.end_key() > asof.end_key()));
            }
            prop_assert_eq!(a.as_of(None), a.latest());
        }
    }

    #[test]
    fn silk_road_e_commerce_as_of_three_dates() {
        let (ds, _) = crate::testing::bundled();
        let a = ds.agreement("silk-road-ecommerce").unwrap();
        let at = |d: &str| a.as_of(Some(d.parse().unwrap())).map(|o| o.count);
        assert_eq!(at("2015"), None, "not yet, never 0");
        assert_eq!(at("2016"), Some(1));
        // 17 on 18 April 2019; "2019-06" ends on 30 Jun 2019: not known by mid-June.
        assert_eq!(at("2019-04-17"), Some(1));
        assert_eq!(at("2019-06-15"), Some(17));
        assert_eq!(at("2019-06"), Some(18));
        assert_eq!(at("2019"), Some(22));
        // The disputed "2022: 30" is never the count as of a date.
        assert_eq!(at("2022"), Some(24));
        assert_eq!(at("2026"), a.latest().map(|o| o.count));
    }

    #[test]
    fn a_correction_link_fills_in_the_milestone() {
        let (ds, _) = crate::testing::bundled();
        let mut meta = ds.meta.clone();
        assert_eq!(
            meta.correction_link("a", "T", "https://x/?event=a", Lang::En),
            None
        );
        meta.contact = Some("mailto:fix@example.org".into());
        assert_eq!(
            meta.correction_link("wic-2015", "A & B", "https://x/?event=wic-2015", Lang::En)
                .unwrap(),
            "mailto:fix@example.org?subject=Correction%20to%20the%20DSR%20Tracker%20milestone%20wic-2015&body=A%20%26%20B%0Ahttps%3A%2F%2Fx%2F%3Fevent%3Dwic-2015%0A%0A"
        );
        meta.contact = Some("https://github.com/o/r/issues/new?title={id}&body={link}".into());
        assert_eq!(
            meta.correction_link("wic-2015", "T", "https://x/?event=wic-2015", Lang::Zh)
                .unwrap(),
            "https://github.com/o/r/issues/new?title=wic-2015&body=https%3A%2F%2Fx%2F%3Fevent%3Dwic-2015"
        );
    }
}
