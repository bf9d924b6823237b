//! `DeckButton`: downloads the charts at the current filters as a PowerPoint deck, loading the deck writer's chunk first.

use dsr_core::chart::{ChartId, Make, Size};
use dsr_core::deck::{file_name, steps, Deck, DeckError, DeckSpec, Picture};
use dsr_core::i18n::export;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::split::CodeMissing;
use crate::browser::{dom, fetch, files};
use crate::state::{use_url, use_world, Derived, WorldLoader};
use crate::widgets::button::Button;

const PPTX: &str = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/// Writes a slide deck; its code (the deck writer and the native charts'
/// numbers) is a WebAssembly chunk of its own, loaded on the first click.
/// With it comes the constructor of each chart its decks can hold.
type DeckWriter = (
    fn(&DeckSpec) -> Result<Deck, DeckError>,
    fn(ChartId) -> Option<Make>,
);

/// The writer of the Charts view's, the map's and a profile's decks.
#[::leptos::wasm_split::wasm_split(deck, wasm_split_path = ::leptos::wasm_split, fallible)]
fn deck_writer() -> Result<DeckWriter, CodeMissing> {
    Ok((dsr_core::deck::write, ChartId::of_pages))
}

/// The writer of a comparison's deck: the same writer, with the comparison's charts.
#[::leptos::wasm_split::wasm_split(deck_compare, wasm_split_path = ::leptos::wasm_split, fallible)]
fn compare_deck_writer() -> Result<DeckWriter, CodeMissing> {
    Ok((dsr_core::deck::write, ChartId::of_comparison))
}

/// The size the map is drawn at for a slide, in CSS pixels (a PNG at twice that).
const MAP_WIDTH: u32 = 1600;

/// The map as pictures for its slides (one, or one per year): the document
/// SVG and a PNG of it (at half the density a year each, to keep the file small).
async fn map_pictures(
    state: &Derived,
    loaded: WorldLoader,
    theme: dsr_core::chart::Theme,
    years: bool,
) -> Vec<Picture> {
    // The geometry the page already has, or fetched for the deck.
    let world = match loaded.get() {
        Some(Ok(w)) => w,
        _ => match fetch::load_world().await {
            Ok(w) => w,
            Err(_) => return Vec::new(),
        },
    };
    let svgs: Vec<(String, u32)> = state.with_input_untracked(Some(&world), |input| {
        let draw = |input: &dsr_core::chart::Input| {
            let map = dsr_core::chart::map::make(input);
            let h = map.preferred_height(MAP_WIDTH, theme);
            map.document(theme, Size::new(MAP_WIDTH, h))
                .ok()
                .map(|svg| (svg, h))
        };
        if !years {
            return draw(input).into_iter().collect();
        }
        // All or none: a year whose map failed must not shift the others'
        // pictures onto the wrong slides (without pictures, the slides say so).
        steps(input)
            .iter()
            .map(|step| {
                draw(&dsr_core::chart::Input {
                    filters: Some(&step.filters),
                    indices: &step.indices,
                    ..*input
                })
            })
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default()
    });
    let density = if years { 1 } else { 2 };
    let mut out = Vec::with_capacity(svgs.len());
    for (svg, height) in svgs {
        let Ok(blob) = files::png(&svg, MAP_WIDTH, height, density).await else {
            return Vec::new();
        };
        let Ok(png) = files::blob_bytes(&blob).await else {
            return Vec::new();
        };
        out.push(Picture {
            png,
            svg,
            width: MAP_WIDTH,
            height,
        });
    }
    out
}

/// The button and its status line.
#[component]
pub fn DeckButton(
    /// The data and the URL state.
    state: Derived,
    /// The charts, one slide each (every chart and the map, unless told).
    #[prop(default = ChartId::WITH_ADDRESS)]
    charts: &'static [ChartId],
    /// A slide a year for each chart (the end of each year, then now).
    #[prop(optional)]
    years: bool,
) -> impl IntoView {
    let url = use_url();
    let world = use_world();
    let lang = state.lang;
    let (status, set_status) = signal(String::new());
    let (busy, set_busy) = signal(false);
    let make = {
        let state = state.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            set_busy.set(true);
            let l = lang.get_untracked();
            set_status.set(export::SLIDES_MAKING.get(l).to_owned());
            let state = state.clone();
            let mut q = url.current();
            q.embed = None;
            q.present = None;
            let link = dom::page_url(&q.to_query_string());
            spawn_local(async move {
                let say = |text: String| {
                    set_status.set(text);
                    set_busy.set(false);
                };
                let writer = if charts.contains(&ChartId::Compare) {
                    compare_deck_writer().await
                } else {
                    deck_writer().await
                };
                let (write, make) = match writer {
                    Ok(w) => w,
                    Err(_) => {
                        return say(export::slides_not_made(l, export::DECK_CODE_MISSING.get(l)))
                    }
                };
                let theme = state.theme.get_untracked();
                let maps = if charts.contains(&ChartId::Map) {
                    map_pictures(&state, world, theme, years).await
                } else {
                    Vec::new()
                };
                let accessed = dom::today().unwrap_or(state.ds.meta.updated);
                let made = state.with_input_untracked(None, |input| {
                    let spec = DeckSpec {
                        input: *input,
                        theme,
                        charts,
                        maps,
                        years,
                        link,
                        accessed,
                        make,
                    };
                    write(&spec).map(|deck| (deck, file_name(&spec)))
                });
                match made {
                    Ok((deck, name)) => match files::bytes_blob(&deck.bytes, PPTX)
                        .and_then(|b| files::download(&b, &name))
                    {
                        Ok(()) => say(export::slides_saved(l, &name, deck.slides)),
                        Err(e) => say(export::slides_not_made(l, &e.message(l))),
                    },
                    Err(e) => say(export::slides_not_made(l, &e.message(l))),
                }
            });
        }
    };
    view! {
        <div class="deck-tools">
            <Button

                testid=if years { "download-year-slides" } else { "download-slides" }
                busy=busy
                on_click=make
            >
                {move || {
                    let l = lang.get();
                    if years {
                        export::SLIDES_BY_YEAR.get(l)
                    } else {
                        export::DOWNLOAD_SLIDES.get(l)
                    }
                }}
            </Button>
            <span class="export-status" role="status" data-testid="slides-status">
                {move || status.get()}
            </span>
        </div>
    }
}
