//! `FilterPanel`: search, year range, categories, region, countries and confidence, all written to the URL.

use dsr_core::countries::Region;
use dsr_core::feed::Scope;
use dsr_core::filter::Filters;
use dsr_core::i18n::{filters, timeline, Lang};
use dsr_core::model::{Backing, Category, Confidence};
use leptos::prelude::*;

use super::country_picker::CountryPicker;
use crate::state::{use_url, Derived};
use crate::widgets::button::{Appearance, Button};

/// The live count: "3 of 78 milestones", or "169 milestones" when every one
/// is shown (short enough for one line beside the Filters button on a phone).
fn count(lang: Lang, n: usize, total: usize) -> String {
    if n == total {
        timeline::all_shown(lang, &lang.number(total))
    } else {
        timeline::shown(lang, &lang.number(n), &lang.number(total))
    }
}

/// The filter controls. On narrow screens they fold into a panel.
#[component]
pub fn FilterPanel(
    /// The data and the URL state.
    state: Derived,
) -> impl IntoView {
    let v = state;
    let url = use_url();
    let lang = v.lang;
    let chosen = v.filters;
    let (open, set_open) = signal(false);
    let (first, last) = v.ds.years();
    let years: Vec<u16> = (first..=last).collect();
    let n_active = Memo::new(move |_| chosen.with(Filters::n_active));

    let set_filters = move |change: &dyn Fn(&mut Filters)| url.update(|q| change(&mut q.filters));

    let on_search = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let mut q = url.current();
        // One history entry per search, not one per keystroke.
        let replace = !q.filters.q.is_empty() && !text.trim().is_empty();
        q.filters.q = text.trim().to_owned();
        url.set.run((q, replace));
    };

    let year_select = move |which: &'static str, years: Vec<u16>| {
        let options = years
            .iter()
            .map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> })
            .collect_view();
        let current = move || {
            chosen
                .with(|f| if which == "from" { f.from } else { f.to })
                .map(|y| y.to_string())
                .unwrap_or_default()
        };
        let label = move || {
            if which == "from" {
                filters::FROM.get(lang.get())
            } else {
                filters::TO.get(lang.get())
            }
        };
        view! {
            <label class="field">
                <span>{label}</span>
                <select
                    data-testid=format!("filter-{which}")
                    prop:value=current
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        set_filters(
                            &|f| {
                                if which == "from" { f.from = y } else { f.to = y }
                                if let (Some(a), Some(b)) = (f.from, f.to) {
                                    if a > b {
                                        if which == "from" {
                                            f.to = Some(a)
                                        } else {
                                            f.from = Some(b)
                                        }
                                    }
                                }
                            },
                        );
                    }
                >
                    <option value="">{move || filters::ANY.get(lang.get())}</option>
                    {options}
                </select>
            </label>
        }
    };

    let categories = Category::ALL
        .iter()
        .map(|&cat| {
            let checked = move || chosen.with(|f| f.cats.contains(&cat));
            view! {
                <div class="check-row">
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid=format!("cat-{}", cat.as_str())
                            prop:checked=checked
                            on:change=move |_| set_filters(
                                &|f| {
                                    if let Some(i) = f.cats.iter().position(|&c| c == cat) {
                                        f.cats.remove(i);
                                    } else {
                                        f.cats.push(cat);
                                        dsr_core::order::sort_small(&mut f.cats, Ord::cmp);
                                    }
                                },
                            )
                        />
                        <span
                            class=format!("swatch cat-{}", cat.as_str())
                            aria-hidden="true"
                        ></span>
                        {move || cat.label(lang.get())}
                    </label>
                    <a
                        class="feed-link"
                        href=move || Scope::Category(cat).file_name(lang.get())
                        type="application/atom+xml"
                        data-testid=format!("cat-feed-{}", cat.as_str())
                        aria-label=move || {
                            let l = lang.get();
                            filters::category_feed(l, cat.label(l))
                        }
                        title=move || {
                            let l = lang.get();
                            filters::category_feed(l, cat.label(l))
                        }
                    >
                        <span aria-hidden="true">
                            {move || filters::FEED_SHORT.get(lang.get())}
                        </span>
                    </a>
                </div>
            }
        })
        .collect_view();

    let regions = Region::ALL
        .iter()
        .map(|&r| view! { <option value=r.as_str()>{move || r.label(lang.get())}</option> })
        .collect_view();

    let total = v.ds.milestones.len();
    let filtered = v.filtered;
    let count = move || count(lang.get(), filtered.with(Vec::len), total);

    view! {
        <aside class="filters" aria-labelledby="filters-heading" class:open=open>
            <div class="filters-head">
                <h2 id="filters-heading">{move || filters::HEADING.get(lang.get())}</h2>
                // On phones this line is the summary: the count beside the button that opens the filters.
                <p class="count" role="status" aria-live="polite" data-testid="count">
                    {count}
                </p>
                <button
                    type="button"
                    class="filters-toggle"
                    aria-controls="filter-body"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| set_open.update(|o| *o = !*o)
                >
                    {move || {
                        let n = n_active.get();
                        let l = lang.get();
                        if n == 0 { filters::SHOW.get(l).to_owned() } else { filters::show_n(l, n) }
                    }}
                </button>
            </div>
            <div class="filter-body" id="filter-body">
                <label class="field">
                    <span>{move || filters::SEARCH.get(lang.get())}</span>
                    <input
                        type="search"
                        data-testid="search"
                        autocomplete="off"
                        placeholder=move || filters::SEARCH_PLACEHOLDER.get(lang.get())
                        prop:value=move || chosen.with(|f| f.q.clone())
                        on:input=on_search
                    />
                </label>
                <div class="year-range">
                    {year_select("from", years.clone())} {year_select("to", years)}
                </div>
                <fieldset>
                    <legend>{move || filters::CATEGORY.get(lang.get())}</legend>
                    {categories}
                </fieldset>
                <label class="field">
                    <span>{move || filters::REGION.get(lang.get())}</span>
                    <select
                        data-testid="filter-region"
                        prop:value=move || {
                            chosen
                                .with(|f| {
                                    f.region.map(|r| r.as_str().to_owned()).unwrap_or_default()
                                })
                        }
                        on:change=move |ev| {
                            let r = event_target_value(&ev).parse::<Region>().ok();
                            set_filters(&|f| f.region = r);
                        }
                    >
                        <option value="">{move || filters::ANY.get(lang.get())}</option>
                        {regions}
                    </select>
                </label>
                <CountryPicker countries=v.countries.clone() chosen=chosen lang=lang />
                <label class="field">
                    <span>{move || filters::CONFIDENCE.get(lang.get())}</span>
                    <select
                        data-testid="filter-conf"
                        prop:value=move || {
                            chosen
                                .with(|f| f.conf.map(|c| c.as_str().to_owned()).unwrap_or_default())
                        }
                        on:change=move |ev| {
                            let c = event_target_value(&ev).parse::<Confidence>().ok();
                            set_filters(&|f| f.conf = c);
                        }
                    >
                        <option value="">{move || filters::ANY.get(lang.get())}</option>
                        <option value=Confidence::SingleSource
                            .as_str()>
                            {move || filters::CONF_SINGLE_OR_BETTER.get(lang.get())}
                        </option>
                        <option value=Confidence::Confirmed
                            .as_str()>
                            {move || filters::CONF_CONFIRMED_ONLY.get(lang.get())}
                        </option>
                    </select>
                </label>
                <label class="field">
                    <span>{move || filters::BACKING.get(lang.get())}</span>
                    <select
                        data-testid="filter-backing"
                        prop:value=move || {
                            chosen
                                .with(|f| {
                                    f.backing.map(|b| b.as_str().to_owned()).unwrap_or_default()
                                })
                        }
                        on:change=move |ev| {
                            let b = event_target_value(&ev).parse::<Backing>().ok();
                            set_filters(&|f| f.backing = b);
                        }
                    >
                        <option value="">{move || filters::ANY.get(lang.get())}</option>
                        <option value=Backing::Independent
                            .as_str()>
                            {move || filters::BACKING_INDEPENDENT_ONLY.get(lang.get())}
                        </option>
                        <option value=Backing::ChineseStateOnly
                            .as_str()>
                            {move || filters::BACKING_CHINESE_STATE_ONLY.get(lang.get())}
                        </option>
                    </select>
                </label>
                <Button
                    appearance=Appearance::Secondary
                    testid="clear-all"
                    disabled=Signal::derive(move || n_active.get() == 0)
                    on_click=move |_| url.update(|q| q.clear_filters())
                >
                    {move || filters::CLEAR_ALL.get(lang.get())}
                </Button>
            </div>
        </aside>
    }
}
