//! `Dashboard`: the loaded view. Derives the checked query and the filtered milestones from the URL.

use std::sync::Arc;

use leptos::prelude::*;

use super::about_view::AboutView;
use super::charts_view::ChartsView;
use super::conflicts_view::ConflictsView;
use super::dom;
use super::embed_view::EmbedView;
use super::filter_panel::FilterPanel;
use super::loader::Loaded;
use super::map_view::MapView;
use super::notice_bar::NoticeBar;
use super::presentation::Presentation;
use super::print_view::PrintView;
use super::table_view::TableView;
use super::timeline::Timeline;
use super::url::use_url;
use super::view_tabs::ViewTabs;
use super::world::WorldLoader;
use super::year_strip::YearStrip;
use crate::chart;
use crate::countries::Countries;
use crate::filter;
use crate::i18n::{Key, Lang};
use crate::map::World;
use crate::model::Dataset;
use crate::query::{Notice, Query, Theme as QueryTheme, View as QueryView};

/// What every part of the dashboard derives from: the data, and the URL state checked against it.
#[derive(Clone)]
pub struct View {
    pub ds: Arc<Dataset>,
    pub countries: Arc<Countries>,
    /// The query, with values the data does not know dropped.
    pub query: Memo<Query>,
    /// Indices of the milestones that pass the filters, in date order.
    pub filtered: Memo<Vec<usize>>,
    pub lang: Memo<Lang>,
    /// The chart theme: the URL's `theme`, else the system's preference.
    pub theme: Memo<chart::Theme>,
    /// The viewport's width and height, for laying charts out at the size they are shown.
    pub viewport: ReadSignal<(u32, u32)>,
}

impl View {
    /// Runs `f` with the chart input of the current query and filtered
    /// milestones, tracking them (call inside a memo or a view closure).
    pub fn with_input<R>(&self, world: Option<&World>, f: impl FnOnce(&chart::Input) -> R) -> R {
        let lang = self.lang.get();
        self.query.with(|q| {
            self.filtered
                .with(|ids| Self::input(self, q, ids, lang, world, f))
        })
    }

    /// The same, without tracking (for event handlers).
    pub fn with_input_untracked<R>(
        &self,
        world: Option<&World>,
        f: impl FnOnce(&chart::Input) -> R,
    ) -> R {
        let lang = self.lang.get_untracked();
        self.query.with_untracked(|q| {
            self.filtered
                .with_untracked(|ids| Self::input(self, q, ids, lang, world, f))
        })
    }

    fn input<R>(
        &self,
        q: &Query,
        ids: &[usize],
        lang: Lang,
        world: Option<&World>,
        f: impl FnOnce(&chart::Input) -> R,
    ) -> R {
        let mut input =
            chart::Input::new(&self.ds, &self.countries, ids, lang).with_filters(&q.filters);
        input.world = world;
        input.map_agreement = q.map.as_deref();
        f(&input)
    }
}

/// The dashboard for a loaded dataset.
#[component]
pub fn Dashboard(
    /// The dataset and country list.
    loaded: Loaded,
    /// Interface language.
    lang: Memo<Lang>,
) -> impl IntoView {
    let url = use_url();
    let (ds, countries) = (loaded.ds.clone(), loaded.countries.clone());
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
    let filtered = {
        let (ds, countries) = (ds.clone(), countries.clone());
        Memo::new(move |_| query.with(|q| filter::apply(&ds, &q.filters, &countries)))
    };
    let dark = dom::prefers_dark();
    let theme = Memo::new(move |_| match query.with(|q| q.theme) {
        Some(QueryTheme::Dark) => chart::Theme::Dark,
        Some(QueryTheme::Light) => chart::Theme::Light,
        None if dark.get() => chart::Theme::Dark,
        None => chart::Theme::Light,
    });
    let view = View {
        ds,
        countries,
        query,
        filtered,
        lang,
        theme,
        viewport: dom::viewport(),
    };
    provide_context(view.clone());
    provide_context(WorldLoader::new());

    let file = loaded.file.clone();
    let embed = Memo::new(move |_| query.with(|q| q.embed));
    let present = Memo::new(move |_| query.with(|q| q.present));
    // A memo, so that only a change of view (not every filter change) rebuilds the results.
    let current_view = Memo::new(move |_| query.with(|q| q.view()));
    move || {
        match embed.get() {
        Some(id) => view! { <EmbedView id=id/> }.into_any(),
        None => view! {
        <main class="page" id="main" data-testid="dashboard" tabindex="-1" inert=move || present.get().is_some()>
            <NoticeBar notices=notices lang=lang/>
            <div class="layout">
                <FilterPanel/>
                <section class="results" aria-label=move || lang.get().pick("Results", "结果")>
                    <ViewTabs/>
                    {move || match current_view.get() {
                        QueryView::Timeline => view! { <YearStrip/><Timeline/> }.into_any(),
                        QueryView::Charts => view! { <ChartsView/> }.into_any(),
                        QueryView::Map => view! { <MapView/> }.into_any(),
                        QueryView::Print => view! { <PrintView/> }.into_any(),
                        QueryView::Table => view! { <TableView/> }.into_any(),
                        QueryView::Conflicts => view! { <ConflictsView/> }.into_any(),
                        QueryView::About => view! { <AboutView/> }.into_any(),
                    }}
                </section>
            </div>
            <DatasetFooter file=file.clone()/>
        </main>
        {move || present.get().map(|slide| view! { <Presentation slide=slide/> })}
        }
        .into_any(),
    }
    }
}

/// The dataset's identity, licence and citation, below everything.
#[component]
fn DatasetFooter(
    /// The file the dataset came from.
    file: String,
) -> impl IntoView {
    let v = use_view();
    let (meta, lang) = (v.ds.meta.clone(), v.lang);
    view! {
        <footer class="dataset-footer" data-testid="dataset-footer">
            <p>
                <strong>{let m = meta.clone(); move || m.title.get(lang.get()).to_owned()}</strong>
                {let m = meta.clone(); move || {
                    let l = lang.get();
                    format!(" · {} {} · {} {} · {} ", Key::Version.get(l), m.version, Key::Updated.get(l), m.updated.human(l), Key::Licence.get(l))
                }}
                {match meta.licence.url.clone() {
                    Some(href) => view! { <a href=href target="_blank" rel="noopener noreferrer">{meta.licence.name.clone()}</a> }.into_any(),
                    None => view! { <span>{meta.licence.name.clone()}</span> }.into_any(),
                }}
                " · "<code>{file}</code>
            </p>
            <p>
                <span class="label">{move || Key::HowToCite.get(lang.get())}": "</span>
                <span class="citation-text">{let m = meta.clone(); move || m.citation.get(lang.get()).to_owned()}</span>
            </p>
        </footer>
    }
}

/// The dashboard's derived state, from context.
pub fn use_view() -> View {
    expect_context::<View>()
}
