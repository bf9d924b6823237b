//! `ViewTabs`: switches the results between the timeline and the charts (`view=`).

use leptos::prelude::*;

use super::dashboard::use_view;
use super::url::use_url;
use crate::i18n::Lang;
use crate::query::View;

/// The tab bar above the results.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let v = use_view();
    let url = use_url();
    let (query, lang, filtered) = (v.query, v.lang, v.filtered);
    let current = Memo::new(move |_| query.with(|q| q.view()));
    let label = move |view: View| {
        let l = lang.get();
        match view {
            View::Timeline => match l {
                Lang::En => format!("Timeline ({})", filtered.with(Vec::len)),
                Lang::Zh => format!("时间线（{}）", filtered.with(Vec::len)),
            },
            View::Charts => l.pick("Charts", "图表").to_owned(),
            View::Map => l.pick("Map", "地图").to_owned(),
            View::Table => l.pick("Table", "表格").to_owned(),
            View::Conflicts => l.pick("Conflicts", "来源冲突").to_owned(),
            View::About => l.pick("About the data", "关于数据").to_owned(),
            View::Print => l.pick("Print report", "打印报告").to_owned(),
        }
    };
    view! {
        <nav class="view-tabs" aria-label=move || lang.get().pick("Views", "视图")>
            {View::ALL.iter().map(|&view| view! {
                <button type="button" class="tab" data-testid=format!("tab-{}", view.as_str())
                    aria-current=move || (current.get() == view).then_some("page")
                    on:click=move |_| url.update(|q| {
                        q.view = (view != View::Timeline).then_some(view);
                        q.chart = None;
                    })>
                    {move || label(view)}
                </button>
            }).collect_view()}
        </nav>
    }
}
