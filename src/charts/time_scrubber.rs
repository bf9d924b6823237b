//! `TimeScrubber`: the year slider above the charts and the map (`asof=`), with Play (year by year; one step per press under reduced motion) and Now.

use dsr_core::i18n::charts;
use dsr_core::model::PartialDate;
use leptos::prelude::*;

use crate::browser::dom;
use crate::browser::split::CodeMissing;
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};
use crate::widgets::chunk::{missing_note, Chunk};

/// How long each year is shown while playing, in milliseconds.
const STEP_MS: u64 = 1400;

/// The year after `asof` (from the first year when at now), or `None` (now) past the last.
fn next(asof: Option<PartialDate>, (first, last): (u16, u16)) -> Option<u16> {
    match asof {
        None => Some(first),
        Some(d) if d.year() >= last.saturating_sub(1) => None,
        Some(d) => Some(d.year() + 1),
    }
}

/// Builds the scrubber.
type Body = fn(Derived) -> AnyView;

/// The scrubber is a chunk of its own, fetched beside the view it sits on:
/// the charts, the map and a profile's chart card do not carry it.
#[::leptos::wasm_split::wasm_split(scrubber, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_body() -> Result<Body, CodeMissing> {
    Ok(body)
}

/// The slider: one position per year, the last one "now". Its code arrives
/// as a chunk; until then the place it takes is kept, so nothing moves.
#[component]
pub fn TimeScrubber(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let lang = state.lang;
    let chunk = Chunk::<Body>::new();
    chunk.fetch(load_body);
    move || match chunk.get() {
        Some(b) => b(state.clone()),
        None if chunk.missing() => missing_note("scrubber", lang.get(), None),
        None => view! { <div class="scrubber" aria-hidden="true"></div> }.into_any(),
    }
}

/// The scrubber itself.
fn body(state: Derived) -> AnyView {
    let url = use_url();
    let (filters, lang) = (state.filters, state.lang);
    // The last position is now: the current year, which the data covers only in part.
    let (first, last) = state.ds.years();
    let last = last.max(first + 1);
    let meta = state.ds.meta.clone();
    let asof = Memo::new(move |_| filters.with(|f| f.asof));
    let value = move || asof.get().map_or(last, |d| d.year().min(last));
    let set_year = move |year: Option<u16>, replace: bool| {
        let mut q = url.current();
        q.filters.asof = year
            .filter(|&y| y < last)
            .and_then(|y| PartialDate::from_parts(y, 0, 0).ok());
        url.set.run((q, replace));
    };
    let spoken = {
        let meta = meta.clone();
        move || {
            let l = lang.get();
            match asof.get() {
                Some(d) => charts::scrubber_as_of(l, &d.last_day().human(l)),
                None => charts::scrubber_now(l, &meta.current_through.human(l)),
            }
        }
    };

    // Play: a year at a time until now. An interval is the outside world;
    // it writes only the address, like a reader's click.
    let (playing, set_playing) = signal(false);
    let timer: StoredValue<Option<IntervalHandle>> = StoredValue::new(None);
    let stop = move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
        timer.set_value(None);
        set_playing.set(false);
    };
    let step = move || {
        let at = url.current().filters.asof;
        let to = next(at, (first, last));
        set_year(to, false);
        to.is_some()
    };
    let on_play = move |_| {
        if playing.get_untracked() {
            stop();
            return;
        }
        // Under reduced motion, nothing moves by itself: Play takes one step per press.
        if dom::prefers_reduced_motion() {
            step();
            return;
        }
        if url.current().filters.asof.is_none() {
            set_year(Some(first), false);
        }
        set_playing.set(true);
        let handle = set_interval_with_handle(
            move || {
                if !step() {
                    stop();
                }
            },
            std::time::Duration::from_millis(STEP_MS),
        );
        timer.set_value(handle.ok());
    };
    on_cleanup(stop);

    let ticks = (first..=last)
        .map(|y| {
            if y == last {
                view! { <span>{move || charts::SCRUBBER_NOW.get(lang.get())}</span> }.into_any()
            } else {
                view! { <span>{y.to_string()}</span> }.into_any()
            }
        })
        .collect_view();

    view! {
        <div class="scrubber" data-testid="scrubber">
            <label class="scrubber-track">
                <span class="visually-hidden">
                    {move || charts::SCRUBBER_LABEL.get(lang.get())}
                </span>
                <input
                    type="range"
                    data-testid="scrubber-slider"
                    min=first.to_string()
                    max=last.to_string()
                    step="1"
                    prop:value=move || value().to_string()
                    aria-valuetext=spoken
                    on:input=move |ev| {
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        set_year(y, true);
                    }
                    on:change=move |ev| {
                        stop();
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        set_year(y, false);
                    }
                />
                <span class="scrubber-ticks" aria-hidden="true">
                    {ticks}
                </span>
            </label>
            <Button
                appearance=Appearance::Secondary
                testid="scrubber-play"
                pressed=Signal::derive(move || playing.get())
                on_click=on_play
            >
                {move || {
                    let l = lang.get();
                    if playing.get() {
                        charts::SCRUBBER_PAUSE.get(l)
                    } else {
                        charts::SCRUBBER_PLAY.get(l)
                    }
                }}
            </Button>
            <Button
                appearance=Appearance::Secondary
                testid="scrubber-now"
                disabled=Signal::derive(move || asof.get().is_none())
                on_click=move |_| {
                    stop();
                    set_year(None, false);
                }
            >
                {move || charts::SCRUBBER_NOW.get(lang.get())}
            </Button>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_steps_a_year_at_a_time_from_the_first_and_ends_at_now() {
        let years = (2013, 2026);
        let d = |s: &str| Some(s.parse::<PartialDate>().unwrap());
        assert_eq!(next(None, years), Some(2013));
        assert_eq!(next(d("2013"), years), Some(2014));
        assert_eq!(next(d("2019-06"), years), Some(2020));
        assert_eq!(next(d("2024"), years), Some(2025));
        // After the last full year comes now, not the partial year as a date.
        assert_eq!(next(d("2025"), years), None);
    }
}
