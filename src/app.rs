//! `App`: the URL state, the document language and theme, and the data's loading states.

use dsr_core::chart::Theme;
use dsr_core::i18n::{app, Lang};
use leptos::prelude::*;

use crate::browser::dom;
use crate::browser::fetch::load;
use crate::chrome::details_note::DetailsNote;
use crate::chrome::error_panel::ErrorPanel;
use crate::chrome::header::Header;
use crate::chrome::notice_bar;
use crate::chrome::user_data_errors::UserDataErrors;
use crate::dashboard::Dashboard;
use crate::state::{Data, Fetched, Page, SourceDetailsLoader, UrlState, UserData, WhatsNew};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let url = UrlState::new();
    provide_context(url);
    let page = Page::new(url);
    let (lang, theme, chosen_theme) = (page.lang, page.theme, page.chosen_theme);
    let data = Memo::new(move |_| url.parsed.with(|(q, _)| q.data.clone()));
    // The notice bar's code, for an address that may raise a notice, is
    // fetched with the data, so that the bar is drawn with the page.
    url.parsed.with_untracked(|(q, notices)| {
        if !notices.is_empty() || q.may_raise_notices() {
            notice_bar::prefetch();
        }
    });

    // Talking to the world outside Leptos: <html lang>, the title and <html data-theme>.
    Effect::new(move |_| {
        let l = lang.get();
        dom::set_root_attr("lang", Some(l.html_lang()));
        dom::set_title(app::NAME.get(l));
    });
    Effect::new(move |_| {
        dom::set_root_attr("data-theme", chosen_theme.get().map(Theme::as_str));
    });

    // Read once, in the address's language; a switch to the other language
    // is `LoadedPage`'s (the data is not fetched again).
    let loaded = Fetched::new();
    let read = move || loaded.start(load(data.get_untracked(), lang.get_untracked()));
    read();
    // Another `data=` address (a link followed inside the page): read again.
    Effect::watch(move || data.track(), move |_, _, _| read(), false);

    let user = UserData::new();
    provide_context(user);

    let header = move |countries| {
        view! { <Header lang=lang theme=theme meta=None countries=countries /> }
    };
    // Nothing is drawn until the data is here (`None`): `#app` is hidden
    // until the app has drawn its page (`index.html`), and until then the
    // page shows the first view, or its own shell. The header and loading
    // panel once drawn there were never seen, and built a header before the
    // page's own (about 35 ms of the app's first task under a phone's CPU,
    // in a profile).
    view! {
        <SkipLink lang=lang />
        {move || match loaded.get() {
            None => ().into_any(),
            Some(Ok(fetched)) => {
                let shown = user.dataset.get().unwrap_or(fetched);
                // A dataset the reader opened from their computer replaces the fetched one.
                view! { <LoadedPage data=shown page=page /> }
                    .into_any()
            }
            Some(Err(e)) => {
                view! {
                    {header(None)}
                    <main class="page">
                        <ErrorPanel error=e lang=lang on_retry=Callback::new(move |()| read()) />
                    </main>
                }
                    .into_any()
            }
        }}
    }
}

/// The page once a dataset is loaded: header, notices of a refused file, and
/// the dashboard. The build-time renderer draws the same component.
#[component]
pub fn LoadedPage(
    /// The dataset and country list.
    data: Data,
    /// The page's language, theme and `embed=` (a chart shown alone has no header).
    page: Page,
) -> impl IntoView {
    let (lang, theme, embed) = (page.lang, page.theme, page.embed);
    let countries = data.countries.clone();
    let meta = data.ds.meta.clone();
    // Talking to the page: drawn, so take over from the first view.
    Effect::new(|_| dom::announce_ready());
    // The source titles and addresses and the other language's texts, asked
    // for once the timeline is drawn (`Dashboard`), or as soon as the reader
    // chooses that language.
    let details = SourceDetailsLoader::new(&data);
    provide_context(details);
    // The last visit, read once per dataset (drawing the dashboard again
    // must not forget it).
    provide_context(WhatsNew::new(&data.ds));
    let lacks = {
        let data = data.clone();
        Memo::new(move |_| data.lacks(lang.get()))
    };
    Effect::new(move |_| {
        if lacks.get() {
            details.request();
        }
    });
    // Once the reader has chosen the language the page had not read, the
    // dashboard is drawn again, once, from the whole dataset, and stays so;
    // until it is here, texts show in the language that is (`Text::get`).
    // The header, with the language switch and its focus, stays as it is.
    let whole = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || (lacks.get() && details.whole().is_some())
    });
    let dashboard = move || {
        let shown = match whole.get().then(|| details.whole()).flatten() {
            Some(ds) => Data {
                ds,
                details_of: None,
                ..data.clone()
            },
            None => data.clone(),
        };
        view! { <Dashboard data=shown page=page /> }
    };
    view! {
        {move || {
            embed
                .with(Option::is_none)
                .then(|| {
                    view! {
                        <Header
                            lang=lang
                            theme=theme
                            meta=Some(meta.clone())
                            countries=Some(countries.clone())
                        />
                        <UserDataErrors lang=lang />
                        <DetailsNote lang=lang />
                    }
                })
        }}
        {dashboard}
    }
}

/// The first stop for the keyboard: straight to the main content.
#[component]
pub fn SkipLink(
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
