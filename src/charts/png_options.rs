//! `PngOptions`: the PNG size (a preset, or as on screen) and pixel density of a chart's export menu.

use dsr_core::chart::export::{PngSize, DENSITIES, PRESETS};
use dsr_core::i18n::{export, Lang};
use leptos::prelude::*;

/// The PNG size and density choices.
#[component]
pub fn PngOptions(
    /// Interface language.
    lang: Memo<Lang>,
    /// The size the chart has on screen.
    #[prop(into)]
    screen: Signal<(u32, u32)>,
    /// Where the chosen size goes.
    set_size: WriteSignal<PngSize>,
    /// Where the chosen density goes.
    set_density: WriteSignal<u32>,
) -> impl IntoView {
    let t = move |p: dsr_core::i18n::Phrase| move || p.get(lang.get());
    view! {
        <div class="png-row">
            <label class="field">
                <span>{t(export::PNG_SIZE)}</span>
                <select
                    data-testid="png-size"
                    on:change=move |ev| { set_size.set(PngSize::parse(&event_target_value(&ev))) }
                >
                    {PRESETS
                        .iter()
                        .map(|p| {
                            let p = *p;
                            view! { <option value=p.id>{move || p.label(lang.get())}</option> }
                        })
                        .collect_view()}
                    <option value=PngSize::Screen
                        .as_str()>
                        {move || {
                            let (w, h) = screen.get();
                            let l = lang.get();
                            export::size(l, w, h, export::AS_ON_SCREEN.get(l))
                        }}
                    </option>
                </select>
            </label>
            <label class="field">
                <span>{t(export::DENSITY)}</span>
                <select
                    data-testid="png-density"
                    on:change=move |ev| {
                        set_density.set(event_target_value(&ev).parse().unwrap_or(1))
                    }
                >
                    {DENSITIES
                        .iter()
                        .map(|&d| {
                            view! {
                                <option value=d
                                    .to_string()>{move || export::density(lang.get(), d)}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}
