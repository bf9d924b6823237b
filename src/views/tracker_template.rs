//! `TrackerTemplate`: About's "Start your own tracker": what the template is, and the button that downloads it (the workbook writer's chunk, loaded on the click).

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::i18n::{about, export, Lang};
use dsr_core::model::Dataset;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::sheets::{self, Wanted};
use crate::widgets::button::{Appearance, Button};

/// The template section of About.
#[component]
pub fn TrackerTemplate(
    /// Its two example milestones come from this dataset.
    ds: Arc<Dataset>,
    countries: Arc<Countries>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let download = move |_| {
        let l = lang.get_untracked();
        set_status.set(export::WORKBOOK_MAKING.get(l).to_owned());
        let (ds, countries) = (ds.clone(), countries.clone());
        spawn_local(async move {
            set_status.set(sheets::save(&ds, &countries, Wanted::Template, l).await);
        });
    };
    view! {
        <section class="tracker-template" data-testid="tracker-template">
            <h3>{move || about::TRACKER_HEADING.get(lang.get())}</h3>
            <p>{move || about::TRACKER_BODY.get(lang.get())}</p>
            <Button appearance=Appearance::Secondary testid="download-template" on_click=download>
                {move || about::TRACKER_DOWNLOAD.get(lang.get())}
            </Button>
            <p class="export-status" role="status" aria-live="polite" data-testid="template-status">
                {move || status.get()}
            </p>
        </section>
    }
}
