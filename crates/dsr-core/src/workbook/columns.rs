//! The codebook: every sheet and column of the workbook, its values and an example, in one table that the writer, the reader and the README sheet all read.

use crate::i18n::workbook as w;
use crate::i18n::{Lang, Phrase};
use crate::model::{
    AgreementKind, Category, Confidence, Counts, Qualifier, SourceKind, StepStatus,
};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    Text,
    Id,
    Date,
    /// A whole number.
    Number,
    Url,
    /// Several country codes.
    Countries,
    /// A closed vocabulary, offered as a drop-down list.
    List(Vocab),
}

/// A closed vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vocab {
    Category,
    Confidence,
    SourceKind,
    AgreementKind,
    Counts,
    StepStatus,
    Qualifier,
    /// What a source backs.
    Part,
    /// yes or no.
    YesNo,
    /// One country code (the list is the country list's).
    Country,
}

/// What a source on the sources sheet backs.
pub const PARTS: &[&str] = &["milestone", "step", "observation", "member"];
/// The two answers of a yes-or-no column.
pub const YES_NO: &[&str] = &["yes", "no"];

impl Vocab {
    /// Every closed vocabulary, in the order of the lists sheet's columns.
    pub const ALL: &'static [Vocab] = &[
        Vocab::Category,
        Vocab::Confidence,
        Vocab::SourceKind,
        Vocab::AgreementKind,
        Vocab::Counts,
        Vocab::StepStatus,
        Vocab::Qualifier,
        Vocab::Part,
        Vocab::YesNo,
        Vocab::Country,
    ];

    /// The list's name: its header on the lists sheet and its defined name.
    pub fn name(self) -> &'static str {
        match self {
            Vocab::Category => "category",
            Vocab::Confidence => "confidence",
            Vocab::SourceKind => "source_kind",
            Vocab::AgreementKind => "agreement_kind",
            Vocab::Counts => "counts",
            Vocab::StepStatus => "step_status",
            Vocab::Qualifier => "qualifier",
            Vocab::Part => "part",
            Vocab::YesNo => "yes_no",
            Vocab::Country => "country_code",
        }
    }

    /// Its tokens; the country codes come from the country list.
    pub fn tokens(self, countries: &[String]) -> Vec<String> {
        fn all<T: Copy + std::fmt::Display>(v: &[T]) -> Vec<String> {
            v.iter().map(|t| t.to_string()).collect()
        }
        match self {
            Vocab::Category => all(Category::ALL),
            Vocab::Confidence => all(Confidence::ALL),
            Vocab::SourceKind => all(SourceKind::ALL),
            Vocab::AgreementKind => all(AgreementKind::ALL),
            Vocab::Counts => all(Counts::ALL),
            Vocab::StepStatus => all(StepStatus::ALL),
            Vocab::Qualifier => all(Qualifier::ALL),
            Vocab::Part => all(PARTS),
            Vocab::YesNo => all(YES_NO),
            Vocab::Country => countries.to_vec(),
        }
    }
}

/// One column of a sheet (or one field of the meta sheet).
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub header: &'static str,
    pub required: bool,
    pub values: Values,
    pub example: &'static str,
    pub meaning: Phrase,
    /// The field it holds in the JSON format, with the sheets' own nesting
    /// left out (`milestones.title.en`, `sources.url`, `observations.count`);
    /// empty for a column that only links rows (`record`, `part`, `step`).
    pub path: &'static str,
}

const fn col(
    header: &'static str,
    required: bool,
    values: Values,
    example: &'static str,
    meaning: Phrase,
    path: &'static str,
) -> Column {
    Column {
        header,
        required,
        values,
        example,
        meaning,
        path,
    }
}

/// One sheet of the workbook.
#[derive(Clone, Copy, Debug)]
pub struct SheetSpec {
    pub name: &'static str,
    pub about: Phrase,
    pub columns: &'static [Column],
}

impl SheetSpec {
    /// The index of a column by its header.
    pub fn index(&self, header: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.header == header)
    }
}

use Values as V;

pub const MILESTONES: SheetSpec = SheetSpec {
    name: "milestones",
    about: w::S_MILESTONES,
    columns: &[
        col("id", true, V::Id, "wic-2015", w::M_ID, "milestones.id"),
        col(
            "date",
            true,
            V::Date,
            "2015-12-16",
            w::M_DATE,
            "milestones.date",
        ),
        col(
            "end",
            false,
            V::Date,
            "2015-12-18",
            w::M_END,
            "milestones.end",
        ),
        col(
            "title_en",
            true,
            V::Text,
            w::EX_TITLE.en,
            w::M_TITLE_EN,
            "milestones.title.en",
        ),
        col(
            "title_zh",
            true,
            V::Text,
            w::EX_TITLE.zh,
            w::M_TITLE_ZH,
            "milestones.title.zh",
        ),
        col(
            "summary_en",
            true,
            V::Text,
            w::EX_SUMMARY.en,
            w::M_SUMMARY_EN,
            "milestones.summary.en",
        ),
        col(
            "summary_zh",
            true,
            V::Text,
            w::EX_SUMMARY.zh,
            w::M_SUMMARY_ZH,
            "milestones.summary.zh",
        ),
        col(
            "category",
            true,
            V::List(Vocab::Category),
            "forum",
            w::M_CATEGORY,
            "milestones.category",
        ),
        col(
            "countries",
            true,
            V::Countries,
            "CHN",
            w::M_COUNTRIES,
            "milestones.countries",
        ),
        col(
            "confidence",
            true,
            V::List(Vocab::Confidence),
            "confirmed",
            w::M_CONFIDENCE,
            "milestones.confidence",
        ),
        col(
            "note_en",
            false,
            V::Text,
            "",
            w::M_NOTE_EN,
            "milestones.note.en",
        ),
        col(
            "note_zh",
            false,
            V::Text,
            "",
            w::M_NOTE_ZH,
            "milestones.note.zh",
        ),
    ],
};

pub const SOURCES: SheetSpec = SheetSpec {
    name: "sources",
    about: w::S_SOURCES,
    columns: &[
        col("record", true, V::Id, "wic-2015", w::SRC_RECORD, ""),
        col(
            "part",
            true,
            V::List(Vocab::Part),
            "milestone",
            w::SRC_PART,
            "",
        ),
        col("item", false, V::Text, "", w::SRC_ITEM, ""),
        col(
            "title",
            true,
            V::Text,
            "World Internet Conference opens in Wuzhen",
            w::SRC_TITLE,
            "sources.title",
        ),
        col(
            "publisher",
            true,
            V::Text,
            "Xinhua",
            w::SRC_PUBLISHER,
            "sources.publisher",
        ),
        col(
            "kind",
            false,
            V::List(Vocab::SourceKind),
            "state-media",
            w::SRC_KIND,
            "sources.kind",
        ),
        col(
            "date",
            true,
            V::Date,
            "2015-12-16",
            w::SRC_DATE,
            "sources.date",
        ),
        col(
            "url",
            false,
            V::Url,
            "https://example.org/article",
            w::SRC_URL,
            "sources.url",
        ),
        col(
            "chinese_state",
            false,
            V::List(Vocab::YesNo),
            "yes",
            w::SRC_STATE,
            "sources.chinese_state",
        ),
    ],
};

pub const STEPS: SheetSpec = SheetSpec {
    name: "steps",
    about: w::S_STEPS,
    columns: &[
        col("milestone", true, V::Id, "wic-2015", w::ST_MILESTONE, ""),
        col("step", true, V::Number, "1", w::ST_NUMBER, ""),
        col(
            "status",
            true,
            V::List(Vocab::StepStatus),
            "in-force",
            w::ST_STATUS,
            "steps.status",
        ),
        col("date", true, V::Date, "2016-03", w::ST_DATE, "steps.date"),
        col("note_en", false, V::Text, "", w::NOTE_EN, "steps.note.en"),
        col("note_zh", false, V::Text, "", w::NOTE_ZH, "steps.note.zh"),
    ],
};

pub const AGREEMENTS: SheetSpec = SheetSpec {
    name: "agreements",
    about: w::S_AGREEMENTS,
    columns: &[
        col("id", true, V::Id, "dsr-mou", w::A_ID, "agreements.id"),
        col(
            "name_en",
            true,
            V::Text,
            w::EX_NAME.en,
            w::A_NAME_EN,
            "agreements.name.en",
        ),
        col(
            "name_zh",
            true,
            V::Text,
            w::EX_NAME.zh,
            w::A_NAME_ZH,
            "agreements.name.zh",
        ),
        col(
            "kind",
            true,
            V::List(Vocab::AgreementKind),
            "bilateral-mou-series",
            w::A_KIND,
            "agreements.kind",
        ),
        col(
            "counts",
            true,
            V::List(Vocab::Counts),
            "partners",
            w::A_COUNTS,
            "agreements.counts",
        ),
        col(
            "description_en",
            true,
            V::Text,
            w::EX_DESCRIPTION.en,
            w::A_DESC_EN,
            "agreements.description.en",
        ),
        col(
            "description_zh",
            true,
            V::Text,
            w::EX_DESCRIPTION.zh,
            w::A_DESC_ZH,
            "agreements.description.zh",
        ),
    ],
};

pub const OBSERVATIONS: SheetSpec = SheetSpec {
    name: "observations",
    about: w::S_OBSERVATIONS,
    columns: &[
        col("agreement", true, V::Id, "dsr-mou", w::O_AGREEMENT, ""),
        col("observation", true, V::Number, "1", w::O_NUMBER, ""),
        col(
            "as_of",
            true,
            V::Date,
            "2019-04",
            w::O_AS_OF,
            "observations.as_of",
        ),
        col(
            "count",
            true,
            V::Number,
            "16",
            w::O_COUNT,
            "observations.count",
        ),
        col(
            "qualifier",
            false,
            V::List(Vocab::Qualifier),
            "",
            w::O_QUALIFIER,
            "observations.qualifier",
        ),
        col(
            "countries",
            false,
            V::Countries,
            "",
            w::O_COUNTRIES,
            "observations.countries",
        ),
        col(
            "disputed",
            false,
            V::List(Vocab::YesNo),
            "no",
            w::O_DISPUTED,
            "observations.disputed",
        ),
        col(
            "note_en",
            false,
            V::Text,
            "",
            w::NOTE_EN,
            "observations.note.en",
        ),
        col(
            "note_zh",
            false,
            V::Text,
            "",
            w::NOTE_ZH,
            "observations.note.zh",
        ),
    ],
};

pub const MEMBERS: SheetSpec = SheetSpec {
    name: "members",
    about: w::S_MEMBERS,
    columns: &[
        col("agreement", true, V::Id, "dsr-mou", w::MB_AGREEMENT, ""),
        col(
            "country",
            true,
            V::List(Vocab::Country),
            "KEN",
            w::MB_COUNTRY,
            "members.country",
        ),
        col(
            "joined",
            true,
            V::Date,
            "2017-05",
            w::MB_JOINED,
            "members.joined",
        ),
        col("note_en", false, V::Text, "", w::NOTE_EN, "members.note.en"),
        col("note_zh", false, V::Text, "", w::NOTE_ZH, "members.note.zh"),
    ],
};

/// The meta sheet's two columns.
pub const META: SheetSpec = SheetSpec {
    name: "meta",
    about: w::S_META,
    columns: &[
        col("field", true, V::Text, "version", w::META_FIELD, ""),
        col("value", false, V::Text, "1.0.0", w::META_VALUE, ""),
    ],
};

/// The meta sheet's fields, one per row: the header is the field's name.
pub const META_FIELDS: &[Column] = &[
    col("schema", false, V::Url, "", w::MT_SCHEMA, "$schema"),
    col(
        "title_en",
        true,
        V::Text,
        w::EX_TRACKER.en,
        w::MT_TITLE_EN,
        "meta.title.en",
    ),
    col(
        "title_zh",
        true,
        V::Text,
        w::EX_TRACKER.zh,
        w::MT_TITLE_ZH,
        "meta.title.zh",
    ),
    col(
        "version",
        true,
        V::Text,
        "1.0.0",
        w::MT_VERSION,
        "meta.version",
    ),
    col(
        "updated",
        true,
        V::Date,
        "2026-12-04",
        w::MT_UPDATED,
        "meta.updated",
    ),
    col(
        "current_through",
        true,
        V::Date,
        "2026-11",
        w::MT_CURRENT,
        "meta.current_through",
    ),
    col(
        "coverage_from",
        true,
        V::Number,
        "2013",
        w::MT_FROM,
        "meta.coverage.from",
    ),
    col(
        "coverage_to",
        true,
        V::Number,
        "2026",
        w::MT_TO,
        "meta.coverage.to",
    ),
    col(
        "licence_name",
        true,
        V::Text,
        "CC BY 4.0",
        w::MT_LICENCE,
        "meta.licence.name",
    ),
    col(
        "licence_url",
        false,
        V::Url,
        "https://creativecommons.org/licenses/by/4.0/",
        w::MT_LICENCE_URL,
        "meta.licence.url",
    ),
    col(
        "citation_en",
        true,
        V::Text,
        w::EX_CITATION.en,
        w::MT_CITATION_EN,
        "meta.citation.en",
    ),
    col(
        "citation_zh",
        true,
        V::Text,
        w::EX_CITATION.zh,
        w::MT_CITATION_ZH,
        "meta.citation.zh",
    ),
    col(
        "contact",
        false,
        V::Text,
        "mailto:corrections@example.org",
        w::MT_CONTACT,
        "meta.contact",
    ),
];

/// The sheets of records, in the workbook's order (the README, meta and lists sheets come around them).
pub const RECORD_SHEETS: &[SheetSpec] = &[
    MILESTONES,
    SOURCES,
    STEPS,
    AGREEMENTS,
    OBSERVATIONS,
    MEMBERS,
];

/// The README sheet's name.
pub const README: &str = "README";
/// The lists sheet's name.
pub const LISTS: &str = "lists";

impl Values {
    /// What the column allows, in words, for the codebook.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            V::Text => w::V_TEXT.get(lang).to_owned(),
            V::Id => w::V_ID.get(lang).to_owned(),
            V::Date => w::V_DATE.get(lang).to_owned(),
            V::Number => w::V_NUMBER.get(lang).to_owned(),
            V::Url => w::V_URL.get(lang).to_owned(),
            V::Countries => w::V_COUNTRIES.get(lang).to_owned(),
            V::List(Vocab::Country) => w::V_COUNTRY.get(lang).to_owned(),
            V::List(v) => v.tokens(&[]).join(", "),
        }
    }
}
