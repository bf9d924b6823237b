//! `DatasetFooter`: the dataset's identity, licence and citation, below everything.

use dsr_core::i18n::{app, Lang};
use dsr_core::model::Meta;
use leptos::prelude::*;

/// The footer of the dashboard.
#[component]
pub fn DatasetFooter(
    /// The dataset's metadata.
    meta: Meta,
    /// The file the dataset came from.
    file: String,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let licence = match meta.licence.url.clone() {
        Some(href) => view! {
            <a href=href target="_blank" rel="noopener noreferrer">
                {meta.licence.name.clone()}
            </a>
        }
        .into_any(),
        None => view! { <span>{meta.licence.name.clone()}</span> }.into_any(),
    };
    let title = {
        let m = meta.clone();
        move || m.title.get(lang.get()).to_owned()
    };
    let line = {
        let m = meta.clone();
        move || {
            let l = lang.get();
            app::footer_line(
                l,
                app::VERSION.get(l),
                &m.version,
                app::UPDATED.get(l),
                &m.updated.human(l),
                app::LICENCE.get(l),
            )
        }
    };
    let citation = move || meta.citation.get(lang.get()).to_owned();
    view! {
        <footer class="dataset-footer" data-testid="dataset-footer">
            <p>
                <strong>{title}</strong>
                {line}
                {licence}
                " · "
                <code>{file}</code>
            </p>
            <p>
                <span class="label">
                    {move || app::label(lang.get(), app::HOW_TO_CITE.get(lang.get()))}
                </span>
                <span class="citation-text">{citation}</span>
            </p>
        </footer>
    }
}
