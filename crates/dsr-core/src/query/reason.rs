//! `Reason`: why a URL parameter's value was ignored.

/// Why a parameter's value was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    NotAYear,
    UnknownCategory,
    UnknownRegion,
    NotACountryCode,
    UnknownCountry,
    UnknownConfidence,
    UnknownBacking,
    UnknownEvent,
    NotAnId,
    UnknownLang,
    UnknownTheme,
    UnknownView,
    UnknownChart,
    UnknownSort,
    UnknownAgreement,
    Repeated,
    TooLong,
    FromAfterTo,
    NotRelativePath,
    NotAVersion,
    NotADate,
    AfterToday,
    UnknownOrder,
    UnknownMarks,
    UnknownMatrixOrder,
    DuplicateCountry,
    BeyondSixCountries,
}
