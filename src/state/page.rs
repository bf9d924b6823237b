//! `Page`: what the whole page derives from the address alone, before any data: its language, its theme (chosen, and shown), and whether one chart is shown alone.

use dsr_core::chart::{ChartId, Theme};
use dsr_core::i18n::Lang;
use leptos::prelude::*;

use super::UrlState;
use crate::browser::dom;

/// The page's memos over the address, made once by the app (and by the
/// build-time renderer) and handed down: the one place that decides "is it dark?".
#[derive(Clone, Copy)]
pub struct Page {
    /// The language of the interface and the data (`lang=`).
    pub lang: Memo<Lang>,
    /// The theme the address chooses (`theme=`), if any.
    pub chosen_theme: Memo<Option<Theme>>,
    /// The theme shown: the chosen one, else the system's preference.
    pub theme: Memo<Theme>,
    /// The chart shown alone (`embed=`): then the page has no header.
    pub embed: Memo<Option<ChartId>>,
}

impl Page {
    pub fn new(url: UrlState) -> Self {
        let lang = Memo::new(move |_| url.parsed.with(|(q, _)| q.lang()));
        let chosen_theme = Memo::new(move |_| url.parsed.with(|(q, _)| q.theme));
        let system_dark = dom::system_prefers_dark();
        let theme = Memo::new(move |_| match chosen_theme.get() {
            Some(t) => t,
            None if system_dark.get() => Theme::Dark,
            None => Theme::Light,
        });
        let embed = Memo::new(move |_| url.parsed.with(|(q, _)| q.embed));
        Self {
            lang,
            chosen_theme,
            theme,
            embed,
        }
    }
}
