//! The build-time renderer: the first view (the default address, all milestones, English) drawn to HTML natively by the same components.
//!
//! `cargo run --bin prerender -- dist/index.html` (Trunk's post-build hook)
//! writes it into the page, so that the timeline reads before any WASM,
//! data request or script. Effects do not run here: the renderer installs an
//! executor that drops every task (`browser::native`), and the browser
//! helpers hold fixed values.

use leptos::prelude::*;

use crate::app::{LoadedPage, SkipLink};
use crate::state::{Data, Page, UrlState, UserData};

/// Where the first view goes in `index.html`.
pub const MARKER: &str = "<!-- first view -->";
/// Where the names of the parameters that change the view go (`public/entry.js` reads them).
pub const PARAMS_MARKER: &str = "<!-- view params -->";

pub use crate::browser::native::bundled;
/// How many milestones the first view (and each "Show more") draws.
pub use crate::timeline::timeline::PAGE;

/// The page for the address `search` (the first view is `""`), as HTML.
pub fn render(search: &str, data: Data) -> String {
    crate::browser::native::install_executor();
    let owner = Owner::new();
    owner.with(|| {
        let url = UrlState::in_memory(search);
        provide_context(url);
        provide_context(UserData::new());
        let page = Page::new(url);
        let html = view! {
            <SkipLink lang=page.lang />
            <LoadedPage data=data page=page />
        }
        .to_html();
        lead_year_marks(&html, search)
    })
}

/// What follows `data-year="…"` on each mark of the year strip.
const YEAR_TOGGLE: &str = "\" data-toggle=\"year\"";

/// Writes on each year of the year strip where choosing it leads: the
/// address the app's own action makes of `search` (`data-href`, as
/// `YearStrip` would navigate). `public/entry.js` goes there at once when a
/// year is the reader's first choice before the app is ready, so that the
/// app starts from it and draws the list already filtered, once.
fn lead_year_marks(html: &str, search: &str) -> String {
    let (base, _) = dsr_core::query::Query::parse(search);
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(at) = rest.find(YEAR_TOGGLE) {
        let (head, tail) = rest.split_at(at);
        out.push_str(head);
        out.push_str(YEAR_TOGGLE);
        let year = head
            .rsplit_once("data-year=\"")
            .and_then(|(_, y)| y.parse::<u16>().ok());
        if let Some(y) = year {
            let mut q = base.clone();
            dsr_core::chart::Action::ToggleYear(y).apply(&mut q.filters);
            let qs = q.to_query_string().replace('&', "&amp;");
            out.push_str(&format!(" data-href=\"?{qs}\""));
        }
        rest = &tail[YEAR_TOGGLE.len()..];
    }
    out.push_str(rest);
    out
}

/// Puts the first view `html`, and the names of the parameters that change
/// the view, in place of their markers in `page`.
pub fn insert(page: &str, html: &str) -> Result<String, String> {
    for marker in [MARKER, PARAMS_MARKER] {
        if !page.contains(marker) {
            return Err(format!("the page has no {marker} marker"));
        }
    }
    let names = dsr_core::query::params::content_params().join(",");
    let meta = format!("<meta name=\"dsr-view-params\" content=\"{names}\">");
    Ok(page
        .replacen(PARAMS_MARKER, &meta, 1)
        .replacen(MARKER, html, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dsr_core::filter::{self, Filters};
    use dsr_core::model::Category;

    fn data() -> Data {
        bundled(
            include_str!("../public/data/countries.json"),
            include_str!("../public/data/dsr.json"),
        )
        .expect("the bundled data is valid")
    }

    #[test]
    fn each_year_of_the_first_view_says_where_choosing_it_leads() {
        let html = render("", data());
        let years = html.matches(YEAR_TOGGLE).count();
        assert!(years > 5, "{years} years in the strip");
        assert_eq!(html.matches(" data-href=\"?").count(), years);
        assert!(
            html.contains(
                "data-year=\"2019\" data-toggle=\"year\" data-href=\"?from=2019&amp;to=2019\""
            ),
            "{}",
            &html[..html.len().min(2000)]
        );
        // Where an address already shows one year, choosing it again shows every year.
        let one = render("?from=2019&to=2019&cat=forum", data());
        assert!(one.contains("data-year=\"2019\" data-toggle=\"year\" data-href=\"?cat=forum\""));
    }

    fn cards(html: &str) -> usize {
        html.matches("data-testid=\"milestone\"").count()
    }

    #[test]
    fn the_timeline_shows_what_the_filters_keep_and_says_how_many() {
        let data = data();
        let all = data.ds.milestones.len();
        let html = render("", data.clone());
        let page = crate::timeline::timeline::PAGE;
        assert_eq!(cards(&html), all.min(page));
        let forum = Filters {
            cats: vec![Category::Forum],
            ..Filters::default()
        };
        let n = filter::apply(&data.ds, &forum, &data.countries, None).len();
        assert!(n > 0 && n < all);
        let html = render("?cat=forum", data);
        assert_eq!(cards(&html), n.min(page));
        assert!(
            html.contains(&format!("{n} of {all} milestones")),
            "the count"
        );
    }

    #[test]
    fn a_long_timeline_shows_a_page_and_offers_the_rest() {
        let json = serde_json::to_string(&dsr_core::synth::dataset(250, 7)).expect("json");
        let data = bundled(include_str!("../public/data/countries.json"), &json)
            .expect("a synthetic dataset is valid");
        let html = render("", data);
        assert_eq!(cards(&html), crate::timeline::timeline::PAGE);
        assert!(
            html.contains("data-testid=\"show-more\""),
            "250 milestones: a page, and a button for the rest"
        );
    }
}
