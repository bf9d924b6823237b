//! `Dashboard`: the loaded view. Derives the checked query and the filtered milestones from the URL, and picks the view to show: the only place that imports the views.

use dsr_core::chart::Theme;
use dsr_core::filter;
use dsr_core::i18n::{app, Lang};
use dsr_core::query::{Notice, View};
use leptos::prelude::*;

use crate::browser::dom;
use crate::chrome::dataset_footer::DatasetFooter;
use crate::chrome::notice_bar::NoticeBar;
use crate::chrome::view_tabs::ViewTabs;
use crate::filters::filter_panel::FilterPanel;
use crate::parts::{LazyPart, Part};
use crate::state::{use_url, Data, Derived, WhatsNew, WorldLoader};
use crate::timeline::timeline::Timeline;
use crate::timeline::year_strip::YearStrip;

/// The dashboard for a loaded dataset.
#[component]
pub fn Dashboard(
    /// The dataset and country list.
    data: Data,
    /// Interface language.
    lang: Memo<Lang>,
    /// The page's theme.
    theme: Memo<Theme>,
) -> impl IntoView {
    let url = use_url();
    let (ds, countries) = (data.ds.clone(), data.countries.clone());
    let checked = {
        let (ds, countries) = (ds.clone(), countries.clone());
        Memo::new(move |_| {
            let (mut q, mut notices) = url.parsed.get();
            notices.extend(q.check(&ds, &countries));
            (q, notices)
        })
    };
    let query = Memo::new(move |_| checked.with(|(q, _)| q.clone()));
    let notices: Memo<Vec<Notice>> = Memo::new(move |_| checked.with(|(_, n)| n.clone()));
    let whats_new = WhatsNew::new(&ds);
    provide_context(whats_new);
    let filtered = {
        let (ds, countries) = (ds.clone(), countries.clone());
        Memo::new(move |_| {
            query.with(|q| {
                let mut ids = filter::apply(&ds, &q.filters, &countries);
                // `new=`: narrowed once the what's-new part has fetched the list of changes (until then, unchanged).
                if let Some(added) = q
                    .filters
                    .new_since
                    .as_deref()
                    .and_then(|v| whats_new.added_since(v))
                {
                    ids.retain(|&i| {
                        ds.milestones
                            .get(i)
                            .is_some_and(|m| added.binary_search(&m.id).is_ok())
                    });
                }
                ids
            })
        })
    };
    let state = Derived {
        ds,
        countries,
        query,
        filtered,
        lang,
        theme,
        viewport: dom::viewport(),
    };
    provide_context(WorldLoader::new());

    let embed = Memo::new(move |_| query.with(|q| q.embed));
    // The what's-new part, for a returning reader or a `new=` link.
    let returning = Memo::new(move |_| {
        whats_new.previous.with(Option::is_some) || query.with(|q| q.filters.new_since.is_some())
    });
    // A country profile above the timeline when exactly one country is chosen.
    let one_country = Memo::new(move |_| query.with(|q| q.filters.countries.len() == 1));
    let present = Memo::new(move |_| query.with(|q| q.present));
    // A memo, so that only a change of view (not every filter change) rebuilds the results.
    let current_view = Memo::new(move |_| query.with(|q| q.view()));
    let meta = state.ds.meta.clone();
    let file = data.file.clone();
    move || match embed.get() {
        Some(id) => view! { <LazyPart part=Part::Embed(id) state=state.clone() /> }.into_any(),
        None => {
            let results = {
                let state = state.clone();
                move || {
                    let s = state.clone();
                    match current_view.get() {
                        View::Timeline => {
                            let profile = s.clone();
                            let news = s.clone();
                            view! {
                                {move || {
                                    returning
                                        .get()
                                        .then(|| {
                                            view! {
                                                <LazyPart part=Part::WhatsNew state=news.clone() />
                                            }
                                        })
                                }}
                                {move || {
                                    one_country
                                        .get()
                                        .then(|| {
                                            view! {
                                                <LazyPart part=Part::Profile state=profile.clone() />
                                            }
                                        })
                                }}
                                <YearStrip state=s.clone() />
                                <Timeline state=s />
                            }
                                .into_any()
                        }
                        View::Charts => view! { <LazyPart part=Part::Charts state=s /> }.into_any(),
                        View::Map => view! { <LazyPart part=Part::Map state=s /> }.into_any(),
                        View::Print => view! { <LazyPart part=Part::Print state=s /> }.into_any(),
                        View::Table => view! { <LazyPart part=Part::Table state=s /> }.into_any(),
                        View::Conflicts => {
                            view! { <LazyPart part=Part::Conflicts state=s /> }.into_any()
                        }
                        View::About => view! { <LazyPart part=Part::About state=s /> }.into_any(),
                    }
                }
            };
            let slides = {
                let state = state.clone();
                move || {
                    present
                        .get()
                        .map(|slide| view! { <LazyPart part=Part::Presentation(slide) state=state.clone() /> })
                }
            };
            view! {
                <main
                    class="page"
                    id="main"
                    data-testid="dashboard"
                    tabindex="-1"
                    inert=move || present.get().is_some()
                >
                    <NoticeBar notices=notices lang=lang />
                    <div class="layout">
                        <FilterPanel state=state.clone() />
                        <section class="results" aria-label=move || app::RESULTS.get(lang.get())>
                            <ViewTabs current=current_view filtered=filtered lang=lang />
                            {results}
                        </section>
                    </div>
                    <DatasetFooter meta=meta.clone() file=file.clone() lang=lang />
                </main>
                {slides}
            }
            .into_any()
        }
    }
}
