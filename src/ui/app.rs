//! `App`: the router, the URL state, the document language and theme, and the data loading states.

use leptos::prelude::*;
use leptos_router::components::Router;

use super::dashboard::Dashboard;
use super::dataset_picker::{UserData, UserDataErrors};
use super::dom;
use super::error_panel::ErrorPanel;
use super::header::Header;
use super::loader::load;
use super::url::UrlState;
use crate::i18n::Key;
use crate::query::Theme;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router.
#[component]
fn Shell() -> impl IntoView {
    let url = UrlState::new();
    provide_context(url);
    let lang = Memo::new(move |_| url.parsed.with(|(q, _)| q.lang()));
    let theme = Memo::new(move |_| url.parsed.with(|(q, _)| q.theme));
    let data = Memo::new(move |_| url.parsed.with(|(q, _)| q.data.clone()));
    let embed = Memo::new(move |_| url.parsed.with(|(q, _)| q.embed.is_some()));

    // Talking to the world outside Leptos: <html lang> and <html data-theme>.
    Effect::new(move |_| {
        let l = lang.get();
        dom::set_root_attr("lang", Some(l.html_lang()));
        dom::set_title(Key::AppName.get(l));
    });
    Effect::new(move |_| dom::set_root_attr("data-theme", theme.get().map(Theme::as_str)));

    let loaded = LocalResource::new(move || load(data.get()));
    let user = UserData::new();
    provide_context(user);

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            // The router would treat the link as a navigation: move focus ourselves.
            ev.prevent_default();
            if let Some(main) = super::dom::by_id("main") {
                let _ = main.focus();
            }
        }>{move || lang.get().pick("Skip to the main content", "跳到主要内容")}</a>
        {move || match loaded.get() {
            None => view! {
                <Header lang=lang meta=None countries=None/>
                <main class="page">
                    <div class="panel loading" role="status" aria-live="polite" data-testid="loading">
                        <span class="spinner" aria-hidden="true"></span>
                        {move || Key::Loading.get(lang.get())}
                    </div>
                </main>
            }
            .into_any(),
            Some(Ok(fetched)) => {
                // A dataset the reader opened from their computer replaces the fetched one.
                let countries = fetched.countries.clone();
                let l = user.dataset.get().unwrap_or(fetched);
                let meta = Some(l.ds.meta.clone());
                view! {
                    {move || (!embed.get()).then(|| view! {
                        <Header lang=lang meta=meta.clone() countries=Some(countries.clone())/>
                        <UserDataErrors lang=lang/>
                    })}
                    <Dashboard loaded=l lang=lang/>
                }
                .into_any()
            }
            Some(Err(e)) => view! {
                <Header lang=lang meta=None countries=None/>
                <main class="page">
                    <ErrorPanel error=e lang=lang on_retry=Callback::new(move |()| loaded.refetch())/>
                </main>
            }
            .into_any(),
        }}
    }
}
