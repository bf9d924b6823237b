//! `Header`: the app name, "data current through …", and the language and theme controls.

use leptos::prelude::*;

use std::sync::Arc;

use super::dataset_picker::DatasetPicker;
use super::url::use_url;
use crate::countries::Countries;
use crate::i18n::{Key, Lang};
use crate::model::Meta;
use crate::query::Theme;

/// The page header.
#[component]
pub fn Header(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The loaded dataset's metadata, once there is one.
    meta: Option<Meta>,
    /// The country list, once loaded: it enables opening a dataset file.
    countries: Option<Arc<Countries>>,
) -> impl IntoView {
    let url = use_url();
    let theme = Memo::new(move |_| url.parsed.with(|(q, _)| q.theme));
    let current = meta.map(|m| {
        move || {
            let l = lang.get();
            format!(
                "{} {}",
                Key::DataCurrentThrough.get(l),
                m.current_through.human(l)
            )
        }
    });
    let switch_lang = move |to: Lang| {
        url.update(|q| q.lang = if to == Lang::En { None } else { Some(to) });
    };
    let toggle_theme = move |_| {
        let dark_now = match theme.get_untracked() {
            Some(Theme::Dark) => true,
            Some(Theme::Light) => false,
            None => super::dom::prefers_dark_now(),
        };
        url.update(|q| q.theme = Some(if dark_now { Theme::Light } else { Theme::Dark }));
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{move || Key::AppName.get(lang.get())}</h1>
                <p class="tagline">{move || Key::AppTagline.get(lang.get())}</p>
            </div>
            <div class="header-tools">
                {current.map(|c| view! { <p class="current-through" data-testid="current-through">{c}</p> })}
                {countries.map(|c| view! { <DatasetPicker countries=c lang=lang/> })}
                <div class="lang-switch" role="group" aria-label=move || Key::Language.get(lang.get())>
                    <button type="button" lang="en" aria-pressed=move || (lang.get() == Lang::En).to_string()
                        on:click=move |_| switch_lang(Lang::En)>"English"</button>
                    <button type="button" lang="zh-Hans" aria-pressed=move || (lang.get() == Lang::Zh).to_string()
                        on:click=move |_| switch_lang(Lang::Zh)>"简体中文"</button>
                </div>
                <button type="button" class="theme-toggle" data-testid="theme-toggle" on:click=toggle_theme
                    aria-pressed=move || {
                        let dark = match theme.get() {
                            Some(Theme::Dark) => true,
                            Some(Theme::Light) => false,
                            None => super::dom::prefers_dark_now(),
                        };
                        dark.to_string()
                    }>
                    <span aria-hidden="true">"◐ "</span>
                    {move || Key::ThemeDark.get(lang.get())}
                </button>
            </div>
        </header>
    }
}
