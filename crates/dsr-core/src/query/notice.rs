//! `Notice`: a URL parameter's value that was ignored (or corrected), and why; worded by the catalogue.

use super::params::{self, Param};
pub use super::reason::Reason;
use crate::i18n::{notices, Lang};

/// A parameter value that was ignored (or, for `FromAfterTo`, corrected).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub value: String,
    pub reason: Reason,
}

impl Notice {
    /// A notice about `param`'s `value`, shortened to 60 characters.
    pub fn new(param: &str, value: &str, reason: Reason) -> Self {
        Self {
            param: param.to_owned(),
            value: value.chars().take(60).collect(),
            reason,
        }
    }

    /// A short sentence for the notice bar.
    pub fn message(&self, lang: Lang) -> String {
        let (p, v) = (self.param.as_str(), self.value.as_str());
        if self.reason == Reason::FromAfterTo {
            return notices::swapped(lang, p, v);
        }
        notices::ignored(lang, p, v, &why(self.reason, params::find(p), lang))
    }
}

/// The allowed values of a parameter, as a notice lists them.
fn values(param: Option<&Param>, lang: Lang) -> String {
    param
        .map(|p| (p.tokens)())
        .unwrap_or_default()
        .join(notices::VALUE_SEPARATOR.get(lang))
}

fn why(reason: Reason, param: Option<&Param>, lang: Lang) -> String {
    use Reason as R;
    let list = || values(param, lang);
    match reason {
        R::NotAYear => notices::NOT_A_YEAR.get(lang).to_owned(),
        R::UnknownCategory => notices::unknown_category(lang, &list()),
        R::UnknownRegion => notices::unknown_region(lang, &list()),
        R::NotACountryCode => notices::NOT_A_COUNTRY_CODE.get(lang).to_owned(),
        R::UnknownCountry => notices::UNKNOWN_COUNTRY.get(lang).to_owned(),
        R::UnknownConfidence => notices::unknown_confidence(lang, &list()),
        R::UnknownBacking => notices::unknown_backing(lang, &list()),
        R::UnknownEvent => notices::UNKNOWN_EVENT.get(lang).to_owned(),
        R::NotAnId => notices::NOT_AN_ID.get(lang).to_owned(),
        R::UnknownLang => notices::unknown_lang(lang, &list()),
        R::UnknownTheme => notices::unknown_theme(lang, &list()),
        R::UnknownView => notices::unknown_view(lang, &list()),
        R::UnknownChart => notices::unknown_chart(lang, &list()),
        R::UnknownSort => notices::unknown_sort(lang, &list()),
        R::UnknownAgreement => notices::UNKNOWN_AGREEMENT.get(lang).to_owned(),
        R::Repeated => notices::REPEATED.get(lang).to_owned(),
        R::TooLong => notices::TOO_LONG.get(lang).to_owned(),
        R::NotRelativePath => notices::NOT_RELATIVE_PATH.get(lang).to_owned(),
        R::NotAVersion => notices::NOT_A_VERSION.get(lang).to_owned(),
        R::NotADate => notices::NOT_A_DATE.get(lang).to_owned(),
        R::AfterToday => notices::AFTER_TODAY.get(lang).to_owned(),
        R::UnknownOrder => notices::unknown_order(lang, &list()),
        R::UnknownMarks => notices::unknown_marks(lang, &list()),
        R::UnknownMatrixOrder => notices::unknown_matrix_order(lang, &list()),
        R::DuplicateCountry => notices::DUPLICATE_COUNTRY.get(lang).to_owned(),
        R::BeyondSixCountries => notices::BEYOND_SIX_COUNTRIES.get(lang).to_owned(),
        R::FromAfterTo => String::new(),
    }
}
