//! Years on a chart: the end of a year as of a date, and a year the data does not cover to its end ("2026 (through 6 May)").

use crate::i18n::{charts, Lang};
use crate::model::{Meta, PartialDate};

/// Every how many years a year axis is labelled, when a year takes `slot`
/// px and a label needs `room` px: every year when there is room, else
/// every 2nd, 5th, 10th…
pub fn label_step(slot: f64, room: f64) -> u16 {
    [1u16, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|k| slot * f64::from(*k) >= room)
        .unwrap_or(100)
}

/// The last day the data covers in `year`, when that is before 31 Dec: the
/// dataset's `current_through`, or the `asof=` date if earlier. `None` for a
/// year covered to its end (or not covered at all).
pub fn partial_through(meta: &Meta, asof: Option<PartialDate>, year: u16) -> Option<PartialDate> {
    let through = meta.current_through.last_day();
    let cover = match asof.map(|d| d.last_day()) {
        Some(d) if d.start_key() < through.start_key() => d,
        _ => through,
    };
    (cover.year() == year && (cover.month(), cover.day()) != (Some(12), Some(31))).then_some(cover)
}

/// The date a year's figure is read at: the year's end, or the `asof=` date
/// within that year.
pub fn year_end(asof: Option<PartialDate>, year: u16) -> PartialDate {
    match asof {
        Some(d) if d.year() == year => d,
        _ => PartialDate::from_parts(year, 0, 0).unwrap_or(PartialDate::MIN),
    }
}

/// A year as a category label: "2019", or "2026 (through 6 May)" when partial.
pub fn year_label(meta: &Meta, asof: Option<PartialDate>, year: u16, lang: Lang) -> String {
    match partial_through(meta, asof, year) {
        Some(d) => charts::partial_year(lang, year, &d.human_in_year(lang)),
        None => year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_axis_is_labelled_as_often_as_its_labels_fit() {
        assert_eq!(label_step(40.0, 30.0), 1);
        assert_eq!(label_step(20.0, 30.0), 2);
        assert_eq!(label_step(7.0, 30.0), 5);
        assert_eq!(label_step(0.1, 30.0), 100);
    }
    use crate::testing::bundled;

    #[test]
    fn the_year_of_current_through_is_partial_and_says_to_when() {
        let (ds, _) = bundled();
        let meta = &ds.meta;
        assert_eq!(meta.current_through.to_string(), "2026-05-06");
        assert_eq!(year_label(meta, None, 2025, Lang::En), "2025");
        assert_eq!(
            year_label(meta, None, 2026, Lang::En),
            "2026 (through 6 May)"
        );
        assert_eq!(
            year_label(meta, None, 2026, Lang::Zh),
            "2026年（截至5月6日）"
        );
        let asof = |s: &str| Some(s.parse::<PartialDate>().unwrap());
        // As of a date, its own year is partial unless it ends the year.
        assert_eq!(
            year_label(meta, asof("2019-06"), 2019, Lang::En),
            "2019 (through 30 Jun)"
        );
        assert_eq!(year_label(meta, asof("2019"), 2019, Lang::En), "2019");
        // A year after the `asof=` date is not covered at all: not called partial.
        assert_eq!(year_label(meta, asof("2019"), 2026, Lang::En), "2026");
        assert_eq!(year_end(asof("2019-06"), 2019).to_string(), "2019-06");
        assert_eq!(year_end(asof("2019-06"), 2018).to_string(), "2018");
        assert_eq!(year_end(None, 2018).to_string(), "2018");
    }
}
