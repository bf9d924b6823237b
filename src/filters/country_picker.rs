//! `CountryPicker`: choose several countries with type-ahead by name in either language.

use std::sync::Arc;

use dsr_core::countries::Countries;
use dsr_core::filter::Filters;
use dsr_core::i18n::{filters, Lang};
use dsr_core::model::CountryCode;
use leptos::prelude::*;

use crate::state::use_url;

/// A combobox that adds countries to the `country=` filter, and chips that remove them.
#[component]
pub fn CountryPicker(
    /// The country list to search.
    countries: Arc<Countries>,
    /// The filters: their countries are the ones chosen now.
    chosen: Memo<Filters>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let url = use_url();
    let (text, set_text) = signal(String::new());
    let (active, set_active) = signal(0usize);
    let names = countries.clone();
    let suggestions = Memo::new(move |_| {
        text.with(|t| {
            countries
                .search(t, 8)
                .into_iter()
                .map(|c| (c.code, c.en.clone(), c.zh.clone()))
                .collect::<Vec<_>>()
        })
    });
    let add = move |code: CountryCode| {
        url.update(|q| {
            // Kept in the order chosen: two or more are compared in that order.
            if !q.filters.countries.contains(&code) {
                q.filters.countries.push(code);
            }
        });
        set_text.set(String::new());
        set_active.set(0);
    };
    let remove =
        move |code: CountryCode| url.update(|q| q.filters.countries.retain(|&c| c != code));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                if let Some((code, _, _)) =
                    suggestions.with(|s| s.get(active.get_untracked()).cloned())
                {
                    ev.prevent_default();
                    add(code);
                }
            }
            "Escape" => set_text.set(String::new()),
            _ => {}
        }
    };
    let chips = move || {
        let l = lang.get();
        chosen
            .with(|f| f.countries.clone())
            .into_iter()
            .map(|code| {
                let name = names.name(code, l);
                let label = filters::remove(l, &name);
                view! {
                    <li class="chip">
                        {name}
                        <button
                            type="button"
                            aria-label=label
                            data-testid=format!("remove-country-{code}")
                            on:click=move |_| remove(code)
                        >
                            "×"
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="field country-picker">
            <label for="country-input">{move || filters::COUNTRIES.get(lang.get())}</label>
            <ul class="chips" aria-live="polite">
                {chips}
            </ul>
            <input
                id="country-input"
                type="text"
                role="combobox"
                autocomplete="off"
                data-testid="country-input"
                aria-autocomplete="list"
                aria-controls="country-options"
                aria-expanded=move || (!suggestions.with(Vec::is_empty)).to_string()
                aria-activedescendant=move || {
                    suggestions
                        .with(|s| {
                            s.get(active.get())
                                .map(|c| format!("country-opt-{}", c.0))
                                .unwrap_or_default()
                        })
                }
                placeholder=move || filters::COUNTRY_PLACEHOLDER.get(lang.get())
                prop:value=move || text.get()
                on:input=move |ev| {
                    set_text.set(event_target_value(&ev));
                    set_active.set(0);
                }
                on:keydown=on_key
            />
            <ul
                id="country-options"
                role="listbox"
                class="options"
                hidden=move || suggestions.with(Vec::is_empty)
            >
                {move || {
                    let l = lang.get();
                    suggestions
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (code, en, zh))| {
                            let (first, second) = l.select((en.clone(), zh.clone()), (zh, en));
                            // The reader's language first, the other after it.
                            view! {
                                <li
                                    role="option"
                                    id=format!("country-opt-{code}")
                                    data-testid=format!("country-option-{code}")
                                    aria-selected=move || (active.get() == i).to_string()
                                    on:mousedown=move |ev| {
                                        ev.prevent_default();
                                        add(code);
                                    }
                                >
                                    {first}
                                    " "
                                    <span class="muted">{second}" · "{code.to_string()}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
