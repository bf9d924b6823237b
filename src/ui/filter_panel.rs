//! `FilterPanel`: search, year range, categories, region, countries and confidence, all written to the URL.

use leptos::prelude::*;

use super::country_picker::CountryPicker;
use super::dashboard::use_view;
use super::url::use_url;
use crate::countries::Region;
use crate::filter::Filters;
use crate::i18n::{Key, Lang};
use crate::model::{Category, Confidence};

/// The filter controls. On narrow screens they fold into a panel.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let lang = v.lang;
    let query = v.query;
    let (open, set_open) = signal(false);
    let (first, last) = v.ds.year_span().unwrap_or((2013, 2025));
    let years: Vec<u16> = (first..=last).collect();
    let n_active = Memo::new(move |_| {
        query.with(|q| {
            let f = &q.filters;
            usize::from(!f.q.is_empty())
                + usize::from(f.from.is_some() || f.to.is_some())
                + f.cats.len()
                + usize::from(f.region.is_some())
                + f.countries.len()
                + usize::from(f.conf.is_some())
        })
    });

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
            query
                .with(|q| {
                    if which == "from" {
                        q.filters.from
                    } else {
                        q.filters.to
                    }
                })
                .map(|y| y.to_string())
                .unwrap_or_default()
        };
        let label = move || match (which, lang.get()) {
            ("from", l) => l.pick("From", "起始年份"),
            (_, l) => l.pick("To", "结束年份"),
        };
        view! {
            <label class="field">
                <span>{label}</span>
                <select data-testid=format!("filter-{which}") prop:value=current
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse::<u16>().ok();
                        set_filters(&|f| {
                            if which == "from" { f.from = y } else { f.to = y }
                            if let (Some(a), Some(b)) = (f.from, f.to) {
                                if a > b { if which == "from" { f.to = Some(a) } else { f.from = Some(b) } }
                            }
                        });
                    }>
                    <option value="">{move || lang.get().pick("Any", "不限")}</option>
                    {options}
                </select>
            </label>
        }
    };

    let categories = Category::ALL
        .iter()
        .map(|&cat| {
            let checked = move || query.with(|q| q.filters.cats.contains(&cat));
            view! {
                <label class="check">
                    <input type="checkbox" data-testid=format!("cat-{}", cat.as_str()) prop:checked=checked
                        on:change=move |_| set_filters(&|f| {
                            if let Some(i) = f.cats.iter().position(|&c| c == cat) {
                                f.cats.remove(i);
                            } else {
                                f.cats.push(cat);
                                f.cats.sort();
                            }
                        })/>
                    <span class=format!("swatch cat-{}", cat.as_str()) aria-hidden="true"></span>
                    {move || cat.label(lang.get())}
                </label>
            }
        })
        .collect_view();

    let regions = Region::ALL
        .iter()
        .map(|&r| view! { <option value=r.as_str()>{move || r.label(lang.get())}</option> })
        .collect_view();

    let count = move || {
        let l = lang.get();
        let (n, total) = (v.filtered.with(Vec::len), v.ds.milestones.len());
        match l {
            Lang::En => format!("{} of {} milestones", l.number(n), l.number(total)),
            Lang::Zh => format!("显示 {} 条，共 {} 条大事记", l.number(n), l.number(total)),
        }
    };

    view! {
        <aside class="filters" aria-labelledby="filters-heading" class:open=open>
            <div class="filters-head">
                <h2 id="filters-heading">{move || lang.get().pick("Filters", "筛选")}</h2>
                <button type="button" class="filters-toggle" aria-controls="filter-body"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| set_open.update(|o| *o = !*o)>
                    {move || {
                        let n = n_active.get();
                        let l = lang.get();
                        if n == 0 { l.pick("Show filters", "显示筛选").to_owned() }
                        else { format!("{} ({n})", l.pick("Show filters", "显示筛选")) }
                    }}
                </button>
            </div>
            <p class="count" role="status" aria-live="polite" data-testid="count">{count}</p>
            <div class="filter-body" id="filter-body">
                <label class="field">
                    <span>{move || lang.get().pick("Search", "搜索")}</span>
                    <input type="search" data-testid="search" autocomplete="off"
                        placeholder=move || lang.get().pick("Title, summary, note or source", "标题、摘要、注释或来源")
                        prop:value=move || query.with(|q| q.filters.q.clone())
                        on:input=on_search/>
                </label>
                <div class="year-range">
                    {year_select("from", years.clone())}
                    {year_select("to", years)}
                </div>
                <fieldset>
                    <legend>{move || Key::Category.get(lang.get())}</legend>
                    {categories}
                </fieldset>
                <label class="field">
                    <span>{move || lang.get().pick("Partner region (UN)", "伙伴所在区域（联合国）")}</span>
                    <select data-testid="filter-region"
                        prop:value=move || query.with(|q| q.filters.region.map(|r| r.as_str().to_owned()).unwrap_or_default())
                        on:change=move |ev| {
                            let r = event_target_value(&ev).parse::<Region>().ok();
                            set_filters(&|f| f.region = r);
                        }>
                        <option value="">{move || lang.get().pick("Any", "不限")}</option>
                        {regions}
                    </select>
                </label>
                <CountryPicker/>
                <label class="field">
                    <span>{move || lang.get().pick("Minimum confidence", "最低可信度")}</span>
                    <select data-testid="filter-conf"
                        prop:value=move || query.with(|q| q.filters.conf.map(|c| c.as_str().to_owned()).unwrap_or_default())
                        on:change=move |ev| {
                            let c = event_target_value(&ev).parse::<Confidence>().ok();
                            set_filters(&|f| f.conf = c);
                        }>
                        <option value="">{move || lang.get().pick("Any", "不限")}</option>
                        <option value="single-source">{move || lang.get().pick("Single source or better", "单一来源及以上")}</option>
                        <option value="confirmed">{move || lang.get().pick("Confirmed only", "仅已证实")}</option>
                    </select>
                </label>
                <button type="button" class="button secondary" data-testid="clear-all"
                    disabled=move || n_active.get() == 0
                    on:click=move |_| url.update(|q| { q.filters = Filters::default(); q.event = None; })>
                    {move || lang.get().pick("Clear all filters", "清除全部筛选")}
                </button>
            </div>
        </aside>
    }
}
