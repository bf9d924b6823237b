//! `CountryComparison`: two to six countries side by side above the timeline (`country=KEN,ETH`): each one's region, milestones and profile link, their lanes on one time axis, their milestones per year on one scale, and the agreements each is named in.

use dsr_core::chart::{compare_years, lanes, ChartId};
use dsr_core::i18n::{compare as text, data};
use leptos::prelude::*;

use crate::browser::dom;
use crate::charts::chart_card::ChartCard;
use crate::charts::deck_button::DeckButton;
use crate::charts::matrix_card::MatrixCard;
use crate::state::{use_url, Derived};

/// The comparison's slides: its two charts and the matrix of its countries.
const SLIDES: &[ChartId] = &[
    ChartId::Compare,
    ChartId::CompareByYear,
    ChartId::Membership,
];

/// The comparison, or nothing unless two or more known countries are chosen.
#[component]
pub fn CountryComparison(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let body = move || {
        let lang = v.lang.get();
        v.with_input(None, |input| {
            let c = lanes::comparison(input)?;
            let list: Vec<&str> = c.lanes.iter().map(|l| l.country.name(lang)).collect();
            let heading = text::heading(lang, &lanes::names(lang, &list));
            let left_out = (!c.left_out.is_empty()).then(|| {
                let names: Vec<String> = c
                    .left_out
                    .iter()
                    .map(|&code| input.countries.name(code, lang))
                    .collect();
                view! {
                    <p class="muted" role="status" data-testid="compare-left-out">
                        {text::left_out(lang, &lang.join(&names))}
                    </p>
                }
            });
            let items = c
                .lanes
                .iter()
                .map(|lane| {
                    let code = lane.country.code;
                    let name = lane.country.name(lang).to_owned();
                    let region = lane
                        .country
                        .region
                        .map_or_else(|| "—".to_owned(), |r| r.label(lang).to_owned());
                    let n = lane.milestones.len();
                    let mut q = url.current();
                    q.filters.countries = vec![code];
                    q.event = None;
                    let href = dom::page_url(&q.to_query_string());
                    view! {
                        <li data-testid="compare-country" data-country=code.to_string()>
                            <strong>{name.clone()}</strong>
                            " · "
                            <span data-testid="compare-summary">
                                {text::lane_summary(lang, &region, n, data::plural_s(n))}
                            </span>
                            " · "
                            <a
                                href=href
                                data-testid="compare-profile-link"
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    url.update(|q| {
                                        q.filters.countries = vec![code];
                                        q.event = None;
                                    });
                                }
                            >
                                {text::profile_link(lang, &name)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section
                    class="comparison panel"
                    data-testid="country-comparison"
                    aria-labelledby="comparison-heading"
                >
                    <h2 id="comparison-heading">{heading}</h2>
                    {left_out}
                    <ul class="comparison-list">{items}</ul>
                    <ChartCard id=ChartId::Compare make=lanes::make state=v.clone() />
                    <ChartCard id=ChartId::CompareByYear make=compare_years::make state=v.clone() />
                    <h3>{text::MEMBERSHIP.get(lang)}</h3>
                    <MatrixCard state=v.clone() />
                    <DeckButton state=v.clone() charts=SLIDES />
                </section>
            })
        })
    };
    view! { {body} }
}
