//! `PartialDate`: a calendar date whose precision (year, month or day) is part of its value.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::i18n::{labels, Lang};

/// How much of a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to the year, the month or the day: `2016`, `2015-12`, `2013-09-07`.
///
/// `2015-12` means "some time in December 2015", never the 1st. Ordering is by
/// the start of the period, then by precision (a year sorts before its months).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct PartialDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Form(String),
    Year(u16),
    Month(u8),
    Day { year: u16, month: u8, day: u8 },
}

pub const MIN_YEAR: u16 = 1900;
pub const MAX_YEAR: u16 = 2100;

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month (1-12) of a year.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// The earliest date there is: the year 1900.
    pub const MIN: PartialDate = PartialDate {
        year: MIN_YEAR,
        month: 0,
        day: 0,
    };

    /// A date from its parts; `month`/`day` of 0 mean "unknown".
    pub fn from_parts(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::Year(year));
        }
        if month > 12 || (month == 0 && day != 0) {
            return Err(DateError::Month(month));
        }
        if month != 0 && day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(Self { year, month, day })
    }

    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// First day of the period, as `yyyymmdd`.
    pub fn start_key(&self) -> u32 {
        let m = if self.month == 0 { 1 } else { self.month };
        let d = if self.day == 0 { 1 } else { self.day };
        u32::from(self.year) * 10_000 + u32::from(m) * 100 + u32::from(d)
    }

    /// Last day of the period, as `yyyymmdd`: `2022` is 31 Dec 2022.
    pub fn end_key(&self) -> u32 {
        let m = if self.month == 0 { 12 } else { self.month };
        let d = if self.day == 0 {
            days_in_month(self.year, m)
        } else {
            self.day
        };
        u32::from(self.year) * 10_000 + u32::from(m) * 100 + u32::from(d)
    }

    /// The last day of the period: `2019` is 31 Dec 2019, `2019-06` 30 Jun 2019.
    pub fn last_day(&self) -> PartialDate {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        PartialDate {
            year: self.year,
            month,
            day,
        }
    }

    /// The date without its year, for a label that names the year already:
    /// "6 May", "May"; in Chinese "5月6日", "5月". A year alone is itself.
    pub fn human_in_year(&self, lang: Lang) -> String {
        let month = labels::MONTHS
            .get(usize::from(self.month).saturating_sub(1))
            .map_or("", |p| p.get(lang));
        match (self.month, self.day) {
            (0, _) => labels::year(lang, self.year),
            (_, 0) => month.to_owned(),
            (_, d) => labels::day_month(lang, d, month),
        }
    }

    /// The end of the period as a fractional year (`2022` → 2023.0).
    pub fn end_year_fraction(&self) -> f64 {
        let y = f64::from(self.year);
        match (self.month, self.day) {
            (0, _) => y + 1.0,
            (m, 0) => y + f64::from(m) / 12.0,
            (m, d) => y + (f64::from(m) - 1.0) / 12.0 + f64::from(d) / 365.0,
        }
    }

    /// The date for a reader, at its own precision: "7 Sep 2013", "Dec 2015",
    /// "2016"; in Chinese "2013年9月7日", "2015年12月", "2016年".
    pub fn human(&self, lang: Lang) -> String {
        let month = |m: u8| {
            labels::MONTHS
                .get(usize::from(m).saturating_sub(1))
                .map_or("", |p| p.get(lang))
        };
        match (self.month, self.day) {
            (0, _) => labels::year(lang, self.year),
            (m, 0) => labels::month(lang, month(m), self.year),
            (m, d) => labels::day(lang, d, month(m), self.year),
        }
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.start_key()
            .cmp(&other.start_key())
            .then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn digits(s: &str, n: usize) -> Option<u16> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let form = || DateError::Form(s.to_owned());
        let mut parts = s.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(form)?;
        let month = match parts.next() {
            None => 0,
            Some(p) => digits(p, 2).ok_or_else(form)?,
        };
        let day = match parts.next() {
            None => 0,
            Some(p) => digits(p, 2).ok_or_else(form)?,
        };
        if parts.next().is_some() {
            return Err(form());
        }
        let month = u8::try_from(month).map_err(|_| form())?;
        let day = u8::try_from(day).map_err(|_| form())?;
        if (s.len() > 4 && month == 0) || (s.len() > 7 && day == 0) {
            return Err(if s.len() > 7 && day == 0 && month != 0 {
                DateError::Day { year, month, day }
            } else {
                DateError::Month(month)
            });
        }
        Self::from_parts(year, month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, &str>) {
        let got = input.parse::<PartialDate>();
        match (got, expected) {
            (Ok(d), Ok(want)) => assert_eq!(d.to_string(), want, "{input}"),
            (Err(e), Err(want)) => assert!(e.to_string().contains(want), "{input}: {e}"),
            (got, want) => panic!("{input}: got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn parses_the_three_precisions_and_refuses_the_rest() {
        check("2016", Ok("2016"));
        check("2015-12", Ok("2015-12"));
        check("2013-09-07", Ok("2013-09-07"));
        check("2024-02-29", Ok("2024-02-29"));
        check("2023-02-30", Err("has no day 30"));
        check("2023-02-29", Err("has no day 29"));
        check("2100-02-29", Err("has no day 29"));
        check("2023-13", Err("month 13"));
        check("2023-00", Err("month 0"));
        check("2023-01-00", Err("no day 0"));
        check("1899", Err("outside"));
        check("23-01-01", Err("not a date"));
        check("2023/01/01", Err("not a date"));
        check("2023-1-1", Err("not a date"));
        check("", Err("not a date"));
        check("2023-01-01-01", Err("not a date"));
        check("２０２３", Err("not a date"));
    }

    #[test]
    fn human_dates_keep_their_precision_in_both_languages() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap();
        assert_eq!(d("2013-09-07").human(Lang::En), "7 Sep 2013");
        assert_eq!(d("2015-12").human(Lang::En), "Dec 2015");
        assert_eq!(d("2016").human(Lang::En), "2016");
        assert_eq!(d("2013-09-07").human(Lang::Zh), "2013年9月7日");
        assert_eq!(d("2015-12").human(Lang::Zh), "2015年12月");
        assert_eq!(d("2016").human(Lang::Zh), "2016年");
    }

    #[test]
    fn a_year_means_its_whole_span_for_as_of_ordering() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(d("2022").end_key() > d("2022-11-10").end_key());
        assert!(d("2023-09").end_key() > d("2023-09-07").end_key());
        assert_eq!(d("2024-02").end_key(), 20240229);
        assert!(d("2015") < d("2015-01"));
        assert!(d("2015-01") < d("2015-01-01"));
        assert!(d("2015-12") < d("2015-12-16"));
    }

    proptest::proptest! {
        #[test]
        fn display_and_parse_round_trip(y in 1900u16..=2100, m in 0u8..=12, d in 0u8..=31) {
            if let Ok(date) = PartialDate::from_parts(y, m, d) {
                let back: PartialDate = date.to_string().parse().unwrap();
                proptest::prop_assert_eq!(back, date);
            }
        }

        #[test]
        fn parsing_arbitrary_text_never_panics(s in ".{0,16}") {
            let _ = s.parse::<PartialDate>();
        }
    }
}
