//! `YearStrip`: milestones per year above the timeline, in the timeline's order; choosing a year narrows the range to it, choosing it again widens it back. Its drawing code (the chart code and plotters) is a WebAssembly chunk, fetched once the page is taken over.

use dsr_core::aggregate;
use dsr_core::chart::layout::chart_width;
use dsr_core::chart::year_strip::StripInput;
use dsr_core::chart::{Action, Size, Theme};
use dsr_core::i18n::timeline;
use dsr_core::query::Order;
use leptos::prelude::*;

use crate::browser::dom;
use crate::state::{use_url, Derived};
#[cfg(target_arch = "wasm32")]
use crate::{browser::split::CodeMissing, widgets::chunk::Chunk};

/// The narrowest a year's column may be, in CSS px.
const MIN_SLOT: u32 = 24;

/// Draws the strip as SVG markup.
type Draw = fn(&StripInput, Theme, Size) -> String;

fn draw(input: &StripInput, theme: Theme, size: Size) -> String {
    dsr_core::chart::year_strip::render(input, theme, size)
        .map(|d| d.screen())
        .unwrap_or_default()
}

/// The strip's drawing is not needed for the timeline to respond: the chart
/// code it shares with the charts (and plotters) is a chunk of its own,
/// about 12 KB gzipped less in the main module. Until it is here the strip
/// shows what the first view drew, and its years can be chosen all the same.
#[cfg(target_arch = "wasm32")]
#[::leptos::wasm_split::wasm_split(year_strip, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_draw() -> Result<Draw, CodeMissing> {
    Ok(draw)
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The drawing code, once here: a strip drawn again (another view and
    /// back) has it at once, without a frame of its placeholder.
    static LOADED: std::cell::Cell<Option<Draw>> = const { std::cell::Cell::new(None) };
}

/// Fetches the chunk (once) and keeps its drawing code.
#[cfg(target_arch = "wasm32")]
async fn load() -> Result<Draw, CodeMissing> {
    if let Some(draw) = LOADED.get() {
        return Ok(draw);
    }
    let draw = load_draw().await?;
    LOADED.set(Some(draw));
    Ok(draw)
}

/// Fetches the strip's chunk once the task that drew the page is over: the
/// app has taken the page over, and the chunk's 22 modules, compiled and
/// instantiated, do not compete with its first answer to a filter. Every
/// address but a chart embedded alone asks for it (`Dashboard`): the
/// timeline draws the strip, and the other views share its chart code (the
/// size report counts their parts without it).
pub fn fetch_soon() {
    #[cfg(target_arch = "wasm32")]
    if LOADED.get().is_none() {
        set_timeout(
            || {
                leptos::task::spawn_local(async {
                    let _ = load().await;
                });
            },
            std::time::Duration::ZERO,
        );
    }
}

/// The overview strip.
#[component]
pub fn YearStrip(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let span = v.ds.years();
    let all_indices: Vec<usize> = (0..v.ds.milestones.len()).collect();
    let all = aggregate::by_year(&v.ds, &all_indices, span);
    let n_years = u32::from(span.1.saturating_sub(span.0)) + 1;
    let ds = v.ds.clone();
    let (filters, filtered, lang, theme, width, order) =
        (v.filters, v.filtered, v.lang, v.theme, v.viewport, v.order);
    // The drawing code: natively (the build-time first view) at hand; in
    // the browser, the chunk, fetched once the page is taken over, and again
    // on the next change should it have failed. Until it is here: the strip
    // the first view drew, when the first view is what the reader saw, else
    // an empty strip of the same height (style/main.css), so that nothing
    // moves when it comes.
    #[cfg(target_arch = "wasm32")]
    let (ready, first) = {
        let chunk = Chunk::<Draw>::new();
        Effect::new(move |ran: Option<()>| {
            filters.track();
            if LOADED.get().is_none() {
                match ran {
                    // Once the page is taken over (see `fetch_soon`).
                    None => set_timeout(move || chunk.fetch(load), std::time::Duration::ZERO),
                    // Again on a change, should it have failed.
                    Some(()) => chunk.fetch(load),
                }
            }
        });
        let first = dom::first_view_html("[data-testid=year-strip]").unwrap_or_default();
        (move || LOADED.get().or_else(|| chunk.get()), first)
    };
    #[cfg(not(target_arch = "wasm32"))]
    let (ready, first) = (|| Some(draw as Draw), String::new());
    let svg = Memo::new(move |_| {
        let Some(draw) = ready() else {
            return first.clone();
        };
        let counts = filtered.with(|f| aggregate::by_year(&ds, f, span));
        let range = filters.with(|f| (f.from, f.to));
        // Every year at least 24 px wide (WCAG 2.5.8); the strip scrolls sideways on the narrowest phones.
        let w = chart_width(width.get().0).max(MIN_SLOT * n_years);
        let input = StripInput {
            filtered: &counts,
            all: &all,
            range,
            lang: lang.get(),
            newest_first: order.get() == Order::Newest,
        };
        draw(&input, theme.get(), Size::new(w, 96))
    });
    let choose = move |target: Option<web_sys::EventTarget>| {
        let action = Action::read(|name| dom::closest_data(target.clone(), name));
        if let Some(action) = action {
            url.update(|q| action.apply(&mut q.filters));
            true
        } else {
            false
        }
    };
    view! {
        <nav
            class="year-strip"
            data-testid="year-strip"
            aria-label=move || timeline::YEAR_STRIP_LABEL.get(lang.get())
            class:scrolls=move || chart_width(width.get().0) < MIN_SLOT * n_years
            inner_html=move || svg.get()
            on:click=move |ev| {
                choose(ev.target());
            }
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if (ev.key() == "Enter" || ev.key() == " ") && choose(ev.target()) {
                    ev.prevent_default();
                }
            }
        ></nav>
    }
}
