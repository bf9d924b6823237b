//! `Part`: the views loaded when first shown, and their split points. On WebAssembly each loader is a split point that `scripts/post-build.sh` turns into its own chunk; natively it is a plain call.
//!
//! A loader hands back the part's builder (a plain function in its chunk),
//! not a view: the view is then built at once, in the reactive tree where it
//! is shown, exactly as if it had never been split; builders already loaded
//! are kept, so showing a part again does not wait at all.

use std::cell::RefCell;

use dsr_core::chart::ChartId;
use dsr_core::query::{Slide, View};
use leptos::prelude::*;

use crate::browser::split::CodeMissing;
use crate::charts::charts_view::ChartsView;
use crate::charts::matrix_card::MatrixCard;
use crate::state::Derived;
use crate::timeline::whats_new_bar::WhatsNewBar;
use crate::views::about_view::AboutView;
use crate::views::conflicts_view::ConflictsView;
use crate::views::country_comparison::CountryComparison;
use crate::views::country_profile::CountryProfile;
use crate::views::embed_view::EmbedView;
use crate::views::map_view::MapView;
use crate::views::presentation::Presentation;
use crate::views::print_view::PrintView;
use crate::views::table_view::TableView;

/// Builds a part's view (the part carries its arguments).
pub type Build = fn(Part, Derived) -> AnyView;

/// A view that is loaded when first shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Charts,
    Map,
    Table,
    Print,
    Conflicts,
    About,
    /// One chart alone (`embed=`).
    Embed(ChartId),
    /// The presentation, at a slide.
    Presentation(Slide),
    /// The country profile above the timeline (exactly one country chosen).
    Profile,
    /// What is new since the last visit, above the timeline.
    WhatsNew,
    /// The comparison above the timeline (two to six countries chosen).
    Compare,
    /// The membership matrix's card in the Charts view.
    Matrix,
}

/// The parts, by chunk, in the order of [`Part::chunk`].
const CHUNKS: usize = 12;

thread_local! {
    /// The builders of the chunks loaded so far.
    static LOADED: RefCell<[Option<Build>; CHUNKS]> = const { RefCell::new([None; CHUNKS]) };
}

impl Part {
    /// A stable name, for tests and the size report.
    pub fn name(self) -> &'static str {
        match self {
            Self::Charts => "charts",
            Self::Map => "map",
            Self::Table => "table",
            Self::Print => "print",
            Self::Conflicts => "conflicts",
            Self::About => "about",
            Self::Embed(_) => "embed",
            Self::Presentation(_) => "presentation",
            Self::Profile => "profile",
            Self::WhatsNew => "whats-new",
            Self::Compare => "compare",
            Self::Matrix => "matrix",
        }
    }

    /// The part behind a tab, if its code is loaded lazily.
    pub fn of_view(view: View) -> Option<Self> {
        match view {
            View::Timeline => None,
            View::Charts => Some(Self::Charts),
            View::Map => Some(Self::Map),
            View::Table => Some(Self::Table),
            View::Print => Some(Self::Print),
            View::Conflicts => Some(Self::Conflicts),
            View::About => Some(Self::About),
        }
    }

    fn chunk(self) -> usize {
        match self {
            Self::Charts => 0,
            Self::Map => 1,
            Self::Table => 2,
            Self::Print => 3,
            Self::Conflicts => 4,
            Self::About => 5,
            Self::Embed(_) => 6,
            Self::Presentation(_) => 7,
            Self::Profile => 8,
            Self::WhatsNew => 9,
            Self::Compare => 10,
            Self::Matrix => 11,
        }
    }

    /// The builder, if the part's chunk has been loaded.
    pub fn loaded(self) -> Option<Build> {
        LOADED.with(|l| l.borrow().get(self.chunk()).copied().flatten())
    }

    /// Loads the part's chunk (a failure is retried on the next call) and
    /// returns its builder.
    pub async fn load(self) -> Result<Build, CodeMissing> {
        if let Some(build) = self.loaded() {
            return Ok(build);
        }
        let build = match self {
            Self::Charts => charts().await,
            Self::Map => map().await,
            Self::Table => table().await,
            Self::Print => print().await,
            Self::Conflicts => conflicts().await,
            Self::About => about().await,
            Self::Embed(_) => embed().await,
            Self::Presentation(_) => presentation().await,
            Self::Profile => profile().await,
            Self::WhatsNew => whats_new().await,
            Self::Compare => compare().await,
            Self::Matrix => matrix().await,
        }?;
        LOADED.with(|l| {
            if let Some(slot) = l.borrow_mut().get_mut(self.chunk()) {
                *slot = Some(build);
            }
        });
        Ok(build)
    }

    /// Starts loading the part's chunk without showing it, when a reader is
    /// about to open it (a pointer over its tab, or focus). A failure is
    /// left to the next `load`.
    pub fn preload(self) {
        if self.loaded().is_none() {
            leptos::task::spawn_local(async move {
                let _ = self.load().await;
            });
        }
    }
}

// One split point per part, each returning its builder. The macro's
// `fallible` option turns a chunk that failed to load into an `Err` (without
// it, the whole module would abort).

#[::leptos::wasm_split::wasm_split(charts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn charts() -> Result<Build, CodeMissing> {
    Ok(|_, state| {
        let matrix = state.clone();
        let matrix = move || view! { <super::LazyPart part=Part::Matrix state=matrix.clone() /> };
        view! { <ChartsView state=state matrix=matrix /> }.into_any()
    })
}

#[::leptos::wasm_split::wasm_split(map, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <MapView state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(table, wasm_split_path = ::leptos::wasm_split, fallible)]
fn table() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <TableView state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(print, wasm_split_path = ::leptos::wasm_split, fallible)]
fn print() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <PrintView state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(conflicts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn conflicts() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <ConflictsView state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(about, wasm_split_path = ::leptos::wasm_split, fallible)]
fn about() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <AboutView state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(embed, wasm_split_path = ::leptos::wasm_split, fallible)]
fn embed() -> Result<Build, CodeMissing> {
    Ok(|part, state| match part {
        Part::Embed(id) => view! { <EmbedView id=id state=state /> }.into_any(),
        _ => ().into_any(),
    })
}

#[::leptos::wasm_split::wasm_split(presentation, wasm_split_path = ::leptos::wasm_split, fallible)]
fn presentation() -> Result<Build, CodeMissing> {
    Ok(|part, state| match part {
        Part::Presentation(slide) => view! { <Presentation slide=slide state=state /> }.into_any(),
        _ => ().into_any(),
    })
}

#[::leptos::wasm_split::wasm_split(profile, wasm_split_path = ::leptos::wasm_split, fallible)]
fn profile() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <CountryProfile state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(whats_new, wasm_split_path = ::leptos::wasm_split, fallible)]
fn whats_new() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <WhatsNewBar state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(compare, wasm_split_path = ::leptos::wasm_split, fallible)]
fn compare() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <CountryComparison state=state /> }.into_any())
}

#[::leptos::wasm_split::wasm_split(matrix, wasm_split_path = ::leptos::wasm_split, fallible)]
fn matrix() -> Result<Build, CodeMissing> {
    Ok(|_, state| view! { <MatrixCard state=state /> }.into_any())
}
