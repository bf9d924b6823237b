//! `Header`: the app name, "data current through …", the dataset picker, and the language and theme controls; on phones the controls fold into one menu.

use std::sync::Arc;

use dsr_core::chart::Theme;
use dsr_core::countries::Countries;
use dsr_core::i18n::{app, Lang};
use dsr_core::model::Meta;
use leptos::prelude::*;

use super::dataset_picker::DatasetPicker;
use crate::browser::dom;
use crate::state::use_url;

/// The page header.
#[component]
pub fn Header(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The page's theme as shown (the URL's, else the system's).
    theme: Memo<Theme>,
    /// The loaded dataset's metadata, once there is one.
    meta: Option<Meta>,
    /// The country list, once loaded: it enables opening a dataset file.
    countries: Option<Arc<Countries>>,
) -> impl IntoView {
    let url = use_url();
    let current = meta.map(|m| {
        move || {
            let l = lang.get();
            app::current_through(l, &m.current_through.human(l))
        }
    });
    let switch_lang = move |to: Lang| {
        url.update(|q| q.lang = if to == Lang::En { None } else { Some(to) });
    };
    // On phones the tools fold behind one button (CSS shows them always on wider screens).
    let (menu_open, set_menu_open) = signal(false);
    let toggle_theme = move |_| {
        let next = if theme.get_untracked().is_dark() {
            Theme::Light
        } else {
            Theme::Dark
        };
        url.update(|q| q.theme = Some(next));
    };
    view! {
        <header
            class="site-header"
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" && menu_open.get_untracked() {
                    set_menu_open.set(false);
                    let _ = dom::focus_selector(".menu-toggle");
                }
            }
        >
            <div class="brand">
                <h1>{move || app::NAME.get(lang.get())}</h1>
                <p class="tagline">{move || app::TAGLINE.get(lang.get())}</p>
            </div>
            <button
                type="button"
                class="menu-toggle"
                data-testid="menu-toggle"
                aria-controls="header-tools"
                aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| set_menu_open.update(|o| *o = !*o)
            >
                <span aria-hidden="true">"☰"</span>
                {move || app::MENU.get(lang.get())}
            </button>
            <div
                class="header-tools"
                id="header-tools"
                data-testid="header-tools"
                class:open=menu_open
            >
                {current
                    .map(|c| {
                        view! {
                            <p class="current-through" data-testid="current-through">
                                {c}
                            </p>
                        }
                    })}
                {countries.map(|c| view! { <DatasetPicker countries=c lang=lang /> })}
                <div
                    class="lang-switch"
                    role="group"
                    aria-label=move || app::LANGUAGE.get(lang.get())
                >
                    {Lang::ALL
                        .iter()
                        .map(|&l| {
                            view! {
                                <button
                                    type="button"
                                    lang=l.html_lang()
                                    aria-pressed=move || (lang.get() == l).to_string()
                                    on:click=move |_| switch_lang(l)
                                >
                                    {l.endonym()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                <button
                    type="button"
                    class="theme-toggle"
                    data-testid="theme-toggle"
                    on:click=toggle_theme
                    aria-pressed=move || theme.get().is_dark().to_string()
                >
                    <span aria-hidden="true">"◐ "</span>
                    {move || app::THEME_DARK.get(lang.get())}
                </button>
            </div>
        </header>
    }
}
