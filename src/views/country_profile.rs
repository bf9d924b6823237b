//! `CountryProfile`: one country's record above the timeline (`country=KEN`): its name, UN region, milestones by year (an exportable chart), the agreements it signed or joined with their dates and sources, the series known only as counts, and a link to the map.

use dsr_core::chart::{country, ChartId};
use dsr_core::feed::Scope;
use dsr_core::i18n::{compare, profile as text, Lang};
use dsr_core::model::{Milestone, Source};
use dsr_core::query::View;
use leptos::prelude::*;

use crate::browser::dom;
use crate::charts::chart_card::ChartCard;
use crate::charts::deck_button::DeckButton;
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};

/// The profile's slides: the one chart.
const SLIDES: &[ChartId] = &[ChartId::Country];

/// A source as a link to it (or its name, where it has no link).
fn source_link(s: &Source, lang: Lang) -> AnyView {
    let name = s.publisher_and_kind(lang);
    match &s.url {
        Some(url) => view! {
            <a href=url.clone() rel="noopener noreferrer" target="_blank">
                {name}
            </a>
        }
        .into_any(),
        None => view! { <span>{name}</span> }.into_any(),
    }
}

/// A list of sources.
fn source_list(sources: &[Source], lang: Lang) -> impl IntoView {
    let items = sources
        .iter()
        .map(|s| view! { <li>{source_link(s, lang)}</li> })
        .collect_view();
    view! {
        <ul class="profile-sources" aria-label=text::SOURCES.get(lang)>
            {items}
        </ul>
    }
}

/// A signed agreement: its date, its title (which selects the milestone) and its sources.
fn signed_item(m: &Milestone, lang: Lang) -> impl IntoView {
    let url = use_url();
    let id = m.id.clone();
    let title = m.title.get(lang).to_owned();
    view! {
        <li data-testid="profile-signed">
            <span class="profile-date">{m.date_label(lang)}</span>
            " · "
            <Button
                appearance=Appearance::Link
                on_click=move |_| {
                    let id = id.clone();
                    url.update(move |q| q.event = Some(id));
                }
            >
                {title}
            </Button>
            {source_list(&m.sources, lang)}
        </li>
    }
}

/// "Compare with…": a list of the other countries; choosing one opens the
/// comparison of the two (`country=KEN,ETH`).
fn compare_with(
    countries: &dsr_core::countries::Countries,
    this: dsr_core::model::CountryCode,
    lang: Lang,
) -> impl IntoView {
    let url = use_url();
    let mut others: Vec<(String, String)> = countries
        .all()
        .iter()
        .filter(|c| c.code != this)
        .map(|c| (c.code.to_string(), c.name(lang).to_owned()))
        .collect();
    dsr_core::order::sort_small(&mut others, |a, b| a.1.cmp(&b.1));
    let options = others
        .into_iter()
        .map(|(code, name)| view! { <option value=code>{name}</option> })
        .collect_view();
    view! {
        <p class="inline-field">
            <label for="compare-with">{compare::COMPARE_WITH.get(lang)}</label>
            <select
                id="compare-with"
                data-testid="compare-with"
                on:change=move |ev| {
                    let chosen = dsr_core::model::CountryCode::parse(&event_target_value(&ev));
                    if let Some(other) = chosen {
                        url.update(|q| {
                            q.filters.countries = vec![this, other];
                            q.event = None;
                        });
                    }
                }
            >
                <option value="" selected=true>
                    {compare::COMPARE_PICK.get(lang)}
                </option>
                {options}
            </select>
        </p>
    }
}

/// The profile, or nothing when not exactly one known country is chosen.
#[component]
pub fn CountryProfile(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let body = move || {
        let lang = v.lang.get();
        v.with_input(None, |input| {
            let p = country::profile(input)?;
            let name = p.country.name(lang).to_owned();
            let code = p.country.code;
            let mut map_q = url.current();
            map_q.view = Some(View::Map);
            map_q.event = None;
            let map_href = dom::page_url(&map_q.to_query_string());
            let signed = if p.signed.is_empty() {
                view! { <p data-testid="profile-no-signed">{text::NO_SIGNED.get(lang)}</p> }
                    .into_any()
            } else {
                let items = p
                    .signed
                    .iter()
                    .filter_map(|&i| input.ds.milestones.get(i))
                    .map(|m| signed_item(m, lang))
                    .collect_view();
                view! {
                    <p class="muted">{text::SIGNED_HINT.get(lang)}</p>
                    <ul class="profile-list">{items}</ul>
                }
                .into_any()
            };
            let named = p
                .named
                .iter()
                .map(|(a, joined, sources)| {
                    let sources: Vec<Source> = sources.iter().map(|s| (*s).clone()).collect();
                    view! {
                        <li data-testid="profile-joined">
                            {text::joined_line(lang, a.name.get(lang), &joined.human(lang))}
                            {source_list(&sources, lang)}
                        </li>
                    }
                })
                .collect_view();
            let counted = p
                .counted
                .iter()
                .map(|(a, o)| {
                    view! {
                        <li data-testid="profile-counted">
                            {text::counted_line(
                                lang,
                                a.name.get(lang),
                                &o.count_label(lang),
                                &o.as_of_label(lang),
                            )} {source_list(&o.sources, lang)}
                        </li>
                    }
                })
                .collect_view();
            let none = p.milestones.is_empty().then(|| {
                view! { <p data-testid="profile-none">{text::NO_MILESTONES.get(lang)}</p> }
            });
            Some(view! {
                <section
                    class="profile panel"
                    data-testid="country-profile"
                    data-country=code.to_string()
                    aria-labelledby="profile-heading"
                >
                    <h2 id="profile-heading">{name.clone()}</h2>
                    <p class="muted" data-testid="profile-summary">
                        {country::subtitle(input, &p)}
                    </p>
                    <p>
                        <a
                            href=map_href
                            data-testid="profile-map-link"
                            on:click=move |ev| {
                                ev.prevent_default();
                                url.update(|q| {
                                    q.view = Some(View::Map);
                                    q.event = None;
                                });
                            }
                        >
                            {text::SHOW_ON_MAP.get(lang)}
                        </a>
                    </p>
                    <p data-testid="country-feeds">
                        {text::follow(lang, &name)}
                        <a
                            href=Scope::Country(code).file_name(Lang::En)
                            type="application/atom+xml"
                            hreflang="en"
                            data-testid="country-feed"
                        >
                            {text::FEED_EN.get(lang)}
                        </a> " · "
                        <a
                            href=Scope::Country(code).file_name(Lang::Zh)
                            type="application/atom+xml"
                            hreflang="zh-CN"
                            data-testid="country-feed-zh"
                        >
                            {text::FEED_ZH.get(lang)}
                        </a>
                    </p>
                    {compare_with(input.countries, code, lang)}
                    {none}
                    <ChartCard id=ChartId::Country make=country::make state=v.clone() />
                    <DeckButton state=v.clone() charts=SLIDES />
                    <h3>{text::SIGNED.get(lang)}</h3>
                    {signed}
                    {(!p.named.is_empty())
                        .then(|| {
                            view! {
                                <h3>{text::NAMED.get(lang)}</h3>
                                <ul class="profile-list">{named}</ul>
                            }
                        })}
                    <h3>{text::COUNTED.get(lang)}</h3>
                    <p class="muted">{text::counted_hint(lang, &name)}</p>
                    <ul class="profile-list">{counted}</ul>
                </section>
            })
        })
    };
    view! { {body} }
}
