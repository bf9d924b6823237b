//! Chart `country`: a country profile as one picture: the country's milestones by year, with what it signed or joined and what is known only as counts written under the columns.

use super::{by_year, ChartError, Drawing, Frame, Input, Size, Table, Theme};
use crate::i18n::{charts, data, profile as text, Lang};
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
    let line = text::subtitle(lang, &region, &milestones);
    // A past state says it is one, in the page and in every export.
    match input.asof() {
        Some(d) => format!(
            "{line} · {}",
            crate::i18n::filters::as_of(lang, &d.last_day().human(lang))
        ),
        None => line,
    }
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

/// The chart's model: the profile of the one country chosen, and its
/// milestones' counts per year, computed once.
pub struct Model<'a> {
    input: Input<'a>,
    profile: Option<Profile<'a>>,
    counts: by_year::Years,
}

/// The chart's model, boxed: what a part that shows this chart links (see [`super::Make`]).
pub fn make<'a>(input: &Input<'a>) -> Box<dyn super::Chart + 'a> {
    Box::new(Model::new(input))
}

impl<'a> Model<'a> {
    pub fn new(input: &Input<'a>) -> Self {
        let profile = profile(input);
        let indices = profile.as_ref().map_or(&[][..], |p| &p.milestones[..]);
        let counts = by_year::counts(input, indices);
        Self {
            input: *input,
            profile,
            counts,
        }
    }
}

impl super::Chart for Model<'_> {
    /// Draws the profile's chart; an error unless exactly one known country is chosen.
    fn draw(&self, theme: Theme, size: Size) -> Result<Drawing, ChartError> {
        let p = self.profile.as_ref().ok_or(ChartError::NoCountry)?;
        let mut frame = frame(&self.input, p);
        frame
            .footnotes
            .extend(by_year::partial_note(self.input.lang, &self.counts));
        by_year::columns(
            "country",
            self.input.lang,
            (&self.counts, &[]),
            theme,
            size,
            &frame,
        )
    }
    /// The numbers of the columns.
    fn table(&self) -> Table {
        let lang = self.input.lang;
        let caption = match &self.profile {
            Some(p) => text::title(lang, p.country.name(lang)),
            None => charts::caption(lang, by_year::title(lang), &self.input.subtitle()),
        };
        by_year::table(lang, &self.counts, caption)
    }
    fn numbers(&self, _theme: Theme) -> Option<super::Numbers> {
        Some(by_year::numbers(self.input.lang, &self.counts))
    }
    /// The height that fits the columns and the lines under them at `width`.
    fn preferred_height(&self, width: u32, theme: Theme) -> u32 {
        let words = self
            .profile
            .as_ref()
            .map_or(0.0, |p| frame(&self.input, p).chrome_height(width, theme));
        (words + (f64::from(width) * 0.4).clamp(200.0, 340.0) * theme.scale().sqrt()).ceil() as u32
    }
    fn ready(&self) -> bool {
        self.profile.is_some()
    }
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
            let indices = filter::apply(&ds, &filters, &countries, None);
            let mut input = Input::new(&ds, &countries, &indices, lang);
            input.filters = Some(&filters);
            let chart = ChartId::Country.model(&input);
            assert!(chart.ready());
            let h = chart.preferred_height(900, Theme::Light);
            let svg = chart.document(Theme::Light, Size::new(900, h)).unwrap();
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
            let numbers = ChartId::Country
                .model(&input)
                .numbers(Theme::Light)
                .unwrap();
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
        assert!(!ChartId::Country.model(&input).ready());
        assert_eq!(
            ChartId::Country
                .model(&input)
                .document(Theme::Light, Size::new(900, 500)),
            Err(ChartError::NoCountry)
        );
    }
}
