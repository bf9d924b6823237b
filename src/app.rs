//! `App`: the URL state, the document language and theme, and the data's loading states.

use dsr_core::chart::Theme;
use dsr_core::i18n::{app, Lang};
use leptos::prelude::*;

use crate::browser::dom;
use crate::browser::fetch::load;
use crate::chrome::error_panel::ErrorPanel;
use crate::chrome::header::Header;
use crate::chrome::user_data_errors::UserDataErrors;
use crate::dashboard::Dashboard;
use crate::state::{UrlState, UserData};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let url = UrlState::new();
    provide_context(url);
    let lang = Memo::new(move |_| url.parsed.with(|(q, _)| q.lang()));
    let chosen_theme = Memo::new(move |_| url.parsed.with(|(q, _)| q.theme));
    let system_dark = dom::system_prefers_dark();
    // The one place that decides whether the page is dark: the URL, else the system.
    let theme = Memo::new(move |_| match chosen_theme.get() {
        Some(t) => t,
        None if system_dark.get() => Theme::Dark,
        None => Theme::Light,
    });
    let data = Memo::new(move |_| url.parsed.with(|(q, _)| q.data.clone()));
    let embed = Memo::new(move |_| url.parsed.with(|(q, _)| q.embed.is_some()));

    // Talking to the world outside Leptos: <html lang>, the title and <html data-theme>.
    Effect::new(move |_| {
        let l = lang.get();
        dom::set_root_attr("lang", Some(l.html_lang()));
        dom::set_title(app::NAME.get(l));
    });
    Effect::new(move |_| {
        dom::set_root_attr("data-theme", chosen_theme.get().map(Theme::as_str));
    });

    let loaded = LocalResource::new(move || load(data.get()));
    let user = UserData::new();
    provide_context(user);

    let header = move |countries| {
        view! { <Header lang=lang theme=theme meta=None countries=countries /> }
    };
    view! {
        <SkipLink lang=lang />
        {move || match loaded.get() {
            None => {
                view! {
                    {header(None)}
                    <main class="page">
                        <div
                            class="panel loading"
                            role="status"
                            aria-live="polite"
                            data-testid="loading"
                        >
                            <span class="spinner" aria-hidden="true"></span>
                            {move || app::LOADING.get(lang.get())}
                        </div>
                    </main>
                }
                    .into_any()
            }
            Some(Ok(fetched)) => {
                let countries = fetched.countries.clone();
                let shown = user.dataset.get().unwrap_or(fetched);
                let meta = Some(shown.ds.meta.clone());
                // A dataset the reader opened from their computer replaces the fetched one.
                view! {
                    {move || {
                        (!embed.get())
                            .then(|| {
                                view! {
                                    <Header
                                        lang=lang
                                        theme=theme
                                        meta=meta.clone()
                                        countries=Some(countries.clone())
                                    />
                                    <UserDataErrors lang=lang />
                                }
                            })
                    }}
                    <Dashboard data=shown lang=lang theme=theme />
                }
                    .into_any()
            }
            Some(Err(e)) => {
                view! {
                    {header(None)}
                    <main class="page">
                        <ErrorPanel
                            error=e
                            lang=lang
                            on_retry=Callback::new(move |()| loaded.refetch())
                        />
                    </main>
                }
                    .into_any()
            }
        }}
    }
}

/// The first stop for the keyboard: straight to the main content.
#[component]
fn SkipLink(
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                if let Some(main) = dom::by_id("main") {
                    let _ = main.focus();
                }
            }
        >
            {move || app::SKIP_LINK.get(lang.get())}
        </a>
    }
}
