//! `Dashboard`: the loaded view. Builds the derived state (`state::Derived`) and picks the view to show: the timeline here, every other view through `parts`, which alone imports them.

use dsr_core::i18n::app;
use leptos::prelude::*;

use crate::chrome::as_of_bar::AsOfBar;
use crate::chrome::connection_note::ConnectionNote;
use crate::chrome::dataset_footer::DatasetFooter;
use crate::chrome::notice_bar::NoticeBar;
use crate::chrome::view_tabs::ViewTabs;
use crate::filters::filter_panel::FilterPanel;
use crate::parts::{LazyPart, Part};
use crate::state::{use_source_details, use_url, use_whats_new, Data, Derived, Page, WorldLoader};
use crate::timeline::timeline::Timeline;
use crate::timeline::year_strip::YearStrip;

/// The dashboard for a loaded dataset.
#[component]
pub fn Dashboard(
    /// The dataset and country list.
    data: Data,
    /// The page's language, theme and `embed=`.
    page: Page,
) -> impl IntoView {
    let whats_new = use_whats_new();
    // The source titles and addresses (and the other language's texts),
    // asked for once the timeline is drawn; the loader is `LoadedPage`'s.
    let details = use_source_details();
    let state = Derived::new(&data, use_url(), page, whats_new, details);
    provide_context(WorldLoader::new());
    Effect::new(move |_| details.request());
    let (lang, filters, notices, filtered) =
        (state.lang, state.filters, state.notices, state.filtered);
    let (embed, present, current_view) = (state.embed, state.present, state.view);

    // The what's-new part, for a returning reader or a `new=` link.
    let returning = Memo::new(move |_| {
        whats_new.previous.with(Option::is_some) || filters.with(|f| f.new_since.is_some())
    });
    // A country profile above the timeline when exactly one country is chosen.
    let one_country = Memo::new(move |_| filters.with(|f| f.countries.len() == 1));
    // A comparison above the timeline when two to six are.
    let several = Memo::new(move |_| filters.with(|f| f.countries.len() >= 2));
    let meta = state.ds.meta.clone();
    let file = data.file.clone();
    move || match embed.get() {
        Some(id) => part(Part::Embed(id), state.clone()),
        None => {
            let results = {
                let state = state.clone();
                move || {
                    let s = state.clone();
                    match Part::of_view(current_view.get()) {
                        Some(p) => part(p, s),
                        None => view! {
                            {part_while(returning, Part::WhatsNew, s.clone())}
                            {part_while(one_country, Part::Profile, s.clone())}
                            {part_while(several, Part::Compare, s.clone())}
                            <YearStrip state=s.clone() />
                            <Timeline state=s />
                        }
                        .into_any(),
                    }
                }
            };
            let slides = {
                let state = state.clone();
                move || {
                    present
                        .get()
                        .map(|slide| part(Part::Presentation(slide), state.clone()))
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
                    <ConnectionNote meta=meta.clone() lang=lang />
                    <NoticeBar notices=notices lang=lang />
                    <div class="layout">
                        <FilterPanel state=state.clone() />
                        <section class="results" aria-label=move || app::RESULTS.get(lang.get())>
                            <ViewTabs current=current_view filtered=filtered lang=lang />
                            <AsOfBar state=state.clone() />
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

/// A lazily loaded part: every part of the dashboard is built here, so that
/// the main module holds one instance of the code that shows one.
fn part(part: Part, state: Derived) -> AnyView {
    view! { <LazyPart part=part state=state /> }.into_any()
}

/// A part above the timeline, shown while `when` holds.
fn part_while(when: Memo<bool>, p: Part, state: Derived) -> impl IntoView {
    move || when.get().then(|| part(p, state.clone()))
}
