//! Chart `country`: a country profile as one picture: the country's milestones by year, with what it signed or joined and what is known only as counts written under the columns.

use super::{by_year, ChartError, Drawing, Frame, Input, Size, Table, Theme};
use crate::i18n::{data, profile as text, Lang};
use crate::profile::Profile;

/// At most this many signed agreements are written under the chart; the rest are counted.
const SIGNED_SHOWN: usize = 6;

/// The profile of the one country chosen in `input`'s filters.
pub fn profile<'a>(input: &Input<'a>) -> Option<Profile<'a>> {
    Profile::of(input.ds, input.countries, input.indices, input.filters)
}

pub fn title(lang: Lang) -> &'static str {
    text::CHART_TITLE.get(lang)
}

/// "UN region: Eastern Africa · 5 milestones name it".
pub fn subtitle(input: &Input, p: &Profile) -> String {
    let lang = input.lang;
    let region = match p.region {
        Some(r) => text::region(lang, r.label(lang)),
        None => text::NO_REGION.get(lang).to_owned(),
    };
    let n = p.milestones.len();
    let milestones = if n == p.in_all {
        text::milestones(lang, n, data::plural_s(n))
    } else {
        text::milestones_shown(lang, n, data::plural_s(n), p.in_all)
    };
    text::subtitle(lang, &region, &milestones)
}

/// The lines under the chart: what it signed or joined, and what is known only as counts.
fn notes(input: &Input, p: &Profile) -> Vec<String> {
    let lang = input.lang;
    let mut lines: Vec<String> = Vec::new();
    if p.signed.is_empty() {
        lines.push(text::NO_SIGNED.get(lang).to_owned());
    } else {
        let mut list: Vec<String> = p
            .signed
            .iter()
            .filter_map(|&i| input.ds.milestones.get(i))
            .take(SIGNED_SHOWN)
            .map(|m| text::signed_line(lang, &m.date.human(lang), m.title.get(lang)))
            .collect();
        if p.signed.len() > SIGNED_SHOWN {
            list.push(text::signed_more(lang, p.signed.len() - SIGNED_SHOWN));
        }
        lines.push(text::signed_summary(lang, &list.join("; ")));
    }
    if !p.counted.is_empty() {
        lines.push(text::counted_summary(lang, p.counted.len()));
    }
    lines
}

fn frame(input: &Input, p: &Profile) -> Frame {
    let lang = input.lang;
    let sub = subtitle(input, p);
    let mut frame = Frame::new(
        &input.ds.meta,
        lang,
        text::title(lang, p.country.name(lang)),
        sub.clone(),
        sub,
    );
    frame.footnotes = notes(input, p);
    frame
}

/// The profile's milestones, as the input the columns are drawn from.
fn with_profile<T>(
    input: &Input,
    draw: impl FnOnce(&Input, &Profile) -> Result<T, ChartError>,
) -> Result<T, ChartError> {
    let p = profile(input).ok_or(ChartError::NoCountry)?;
    let mut own = *input;
    own.indices = &p.milestones;
    draw(&own, &p)
}

/// Draws the profile's chart; an error unless exactly one known country is chosen.
pub fn render(input: &Input, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
    with_profile(input, |own, p| {
        by_year::render_in("country", own, theme, size, &frame(own, p))
    })
}

/// The height that fits the columns and the lines under them at `width`.
pub fn preferred_height(input: &Input, width: u32, theme: Theme) -> u32 {
    let words = profile(input).map_or(0.0, |p| frame(input, &p).chrome_height(width, theme));
    (words + (f64::from(width) * 0.4).clamp(200.0, 340.0) * theme.scale().sqrt()).ceil() as u32
}

/// The numbers of the columns, for the table and a native slide chart.
pub fn table(input: &Input) -> Table {
    let p = profile(input);
    let indices = p.as_ref().map_or(&[][..], |p| &p.milestones[..]);
    let mut own = *input;
    own.indices = indices;
    let mut table = by_year::table(&own);
    if let Some(p) = &p {
        table.caption = text::title(input.lang, p.country.name(input.lang));
    }
    table
}

pub fn numbers(input: &Input, theme: Theme) -> super::Numbers {
    let p = profile(input);
    let indices = p.as_ref().map_or(&[][..], |p| &p.milestones[..]);
    let mut own = *input;
    own.indices = indices;
    by_year::numbers(&own, theme)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ChartId;
    use crate::filter::{self, Filters};
    use crate::model::CountryCode;
    use crate::testing::*;

    #[test]
    fn the_profile_picture_names_the_country_what_it_signed_and_what_is_counted() {
        let (ds, countries) = bundled();
        for (code, lang, name, signed) in [
            ("THA", Lang::En, "Thailand", "Signed or joined: "),
            ("THA", Lang::Zh, "泰国", "签署或加入："),
            (
                "ALB",
                Lang::En,
                "Albania",
                "No agreement milestone names it.",
            ),
            (
                "DZA",
                Lang::Zh,
                "阿尔及利亚",
                "没有提及该国的协议类大事记。",
            ),
        ] {
            let filters = Filters {
                countries: vec![CountryCode::parse(code).unwrap()],
                ..Filters::default()
            };
            let indices = filter::apply(&ds, &filters, &countries);
            let mut input = Input::new(&ds, &countries, &indices, lang);
            input.filters = Some(&filters);
            assert!(ChartId::Country.can_draw(&input));
            let h = ChartId::Country.preferred_height(&input, 900, Theme::Light);
            let svg = ChartId::Country
                .document(&input, Theme::Light, Size::new(900, h))
                .unwrap();
            assert_well_formed(&svg);
            let all = texts(&svg).join(" ");
            assert!(all.contains(name), "{code}: {all}");
            assert!(all.contains(signed), "{code}: {all}");
            let counted = if lang == Lang::En {
                "known only as counts"
            } else {
                "仅知数量"
            };
            assert!(all.contains(counted), "{code}: {all}");
            // The columns count exactly its milestones.
            let numbers = ChartId::Country.numbers(&input, Theme::Light).unwrap();
            let total: f64 = numbers
                .series
                .iter()
                .flat_map(|s| s.values.iter().flatten())
                .sum();
            assert_eq!(total as usize, indices.len(), "{code}");
        }
        // Without one country there is nothing to draw, and it says why.
        let all: Vec<usize> = (0..ds.milestones.len()).collect();
        let input = Input::new(&ds, &countries, &all, Lang::En);
        assert!(!ChartId::Country.can_draw(&input));
        assert_eq!(
            ChartId::Country.document(&input, Theme::Light, Size::new(900, 500)),
            Err(ChartError::NoCountry)
        );
    }
}
