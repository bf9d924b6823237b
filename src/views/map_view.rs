//! `MapView`: the world map (`view=map`), its mode (`map=<agreement>`), and small states as a clickable list.

use dsr_core::chart::map::{counts, mode, SMALL_AREA};
use dsr_core::chart::{map, ChartId};
use dsr_core::i18n::views;
use dsr_core::model::{CountryCode, Text, CHINA};
use leptos::prelude::*;

use crate::charts::chart_card::ChartCard;
use crate::charts::time_scrubber::TimeScrubber;
use crate::state::{use_url, use_world, Derived};
use crate::widgets::button::{Appearance, Button};

/// The map view.
#[component]
pub fn MapView(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let world = use_world();
    world.request();
    let (ds, countries) = (v.ds.clone(), v.countries.clone());
    let (map, lang) = (v.map, v.lang);
    let agreements: Vec<(String, Text)> = ds
        .agreements
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();

    // Countries with data that are too small to find on the map, or not drawn at all.
    let small = {
        let v = v.clone();
        let countries = countries.clone();
        Memo::new(move |_| {
            let Some(Ok(w)) = world.get() else {
                return Vec::new();
            };
            let l = lang.get();
            v.with_input(Some(&w), |input| {
                let mut list: Vec<(CountryCode, String, usize)> = counts(input, mode(input))
                    .into_iter()
                    .filter(|(c, _)| *c != CHINA)
                    .filter(|(c, _)| w.shape(*c).is_none_or(|s| s.area < SMALL_AREA))
                    .map(|(c, n)| (c, countries.name(c, l), n))
                    .collect();
                list.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
                list
            })
        })
    };

    view! {
        <div class="map-view" data-testid="map-view">
            <TimeScrubber state=v.clone() />
            <label class="field map-mode">
                <span>{move || views::SHADE_BY.get(lang.get())}</span>
                <select
                    data-testid="map-mode"
                    prop:value=move || map.get().unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        url.update(|q| q.map = (!value.is_empty()).then_some(value));
                    }
                >
                    <option value="">{move || views::SHADE_MILESTONES.get(lang.get())}</option>
                    {agreements
                        .into_iter()
                        .map(|(id, name)| {
                            let label = move || {
                                let l = lang.get();
                                views::shade_agreement(l, name.get(l))
                            };
                            view! { <option value=id>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            <ChartCard id=ChartId::Map make=map::make state=v.clone() />
            {move || {
                let list = small.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <section class="small-states" aria-labelledby="small-states-heading">
                                <h3 id="small-states-heading">
                                    {move || views::SMALL_STATES.get(lang.get())}
                                </h3>
                                <ul data-testid="small-states">
                                    {list
                                        .into_iter()
                                        .map(|(code, name, n)| {
                                            view! {
                                                <li>
                                                    <Button
                                                        appearance=Appearance::Chip
                                                        testid=format!("small-{code}")
                                                        on_click=move |_| {
                                                            url.update(|q| q.filters.countries = vec![code])
                                                        }
                                                    >
                                                        {name}
                                                        " "
                                                        <span class="muted">{n}</span>
                                                    </Button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
            }}
        </div>
    }
}
