//! Native tests of the shell's state: the address, what is derived from it (and what is not re-derived when an unrelated part changes), and what is new since a last visit.

use std::sync::Arc;

use dsr_core::model::Category;
use dsr_core::query::View;
use dsr_core::validate::parse_changes;
use leptos::prelude::*;

use super::derived::FILTER_RUNS;
use super::{Data, Derived, Page, UrlState, WhatsNew};

fn data() -> Data {
    crate::browser::native::bundled(
        include_str!("../../public/data/countries.json"),
        include_str!("../../public/data/dsr.json"),
    )
    .expect("the bundled data is valid")
}

/// The dashboard's state for the address `search`, under a fresh owner.
fn state(search: &str) -> (Owner, UrlState, Derived, WhatsNew) {
    crate::browser::native::install_executor();
    let owner = Owner::new();
    owner.set();
    let url = UrlState::in_memory(search);
    let data = data();
    let whats_new = WhatsNew::new(&data.ds);
    let details = super::SourceDetailsLoader::new(&data);
    let derived = Derived::new(&data, url, Page::new(url), whats_new, details);
    (owner, url, derived, whats_new)
}

fn filter_runs() -> usize {
    FILTER_RUNS.with(std::cell::Cell::get)
}

#[test]
fn the_address_is_parsed_and_a_change_is_written_back_into_it() {
    let (_owner, url, _, _) = state("?cat=forum&from=abc");
    let (q, notices) = url.parsed.get_untracked();
    assert_eq!(q.filters.cats, vec![Category::Forum]);
    assert_eq!(notices.len(), 1, "from=abc is ignored with a notice");
    url.update(|q| q.filters.from = Some(2019));
    let (q, notices) = url.parsed.get_untracked();
    assert_eq!(q.filters.from, Some(2019));
    assert_eq!(q.filters.cats, vec![Category::Forum]);
    assert!(notices.is_empty(), "the written address is clean");
    assert_eq!(url.current().to_query_string(), "from=2019&cat=forum");
}

#[test]
fn opening_a_milestone_sorting_or_stepping_a_slide_runs_no_filter_work() {
    let (_owner, url, d, _) = state("?q=cable");
    let first = d.filtered.get_untracked();
    assert!(!first.is_empty());
    let runs = filter_runs();
    let id = d.ds.milestones[first[0]].id.clone();

    url.update(|q| q.event = Some(id.clone()));
    assert_eq!(d.event.get_untracked(), Some(id));
    url.update(|q| q.sort = Some(Default::default()));
    url.update(|q| q.view = Some(View::Table));
    assert_eq!(d.view.get_untracked(), View::Table);
    url.update(|q| q.present = Some(dsr_core::query::Slide::Milestones));
    assert_eq!(d.filtered.get_untracked(), first);
    // Reading the chart input does not filter again either.
    d.with_input_untracked(None, |input| assert_eq!(input.indices, &first[..]));
    assert_eq!(
        filter_runs(),
        runs,
        "no filter work for event, sort, view, present"
    );

    // A filter change does filter again, once.
    url.update(|q| q.filters.from = Some(2030));
    assert!(d.filtered.get_untracked().is_empty());
    assert_eq!(filter_runs(), runs + 1);
}

#[test]
fn the_chart_input_carries_the_filters_and_the_map_agreement() {
    let (_owner, url, d, _) = state("?region=africa&map=rcep");
    d.with_input_untracked(None, |input| {
        assert_eq!(input.map_agreement, Some("rcep"));
        assert!(input.filters.is_some_and(|f| f.region.is_some()));
        assert_eq!(input.indices.len(), d.filtered.get_untracked().len());
    });
    url.update(|q| q.map = None);
    d.with_input_untracked(None, |input| assert_eq!(input.map_agreement, None));
}

#[test]
fn a_value_the_data_does_not_know_is_dropped_with_a_notice() {
    let (_owner, _url, d, _) = state("?event=no-such-milestone&map=no-such-agreement");
    assert_eq!(d.event.get_untracked(), None);
    assert_eq!(d.map.get_untracked(), None);
    assert_eq!(d.notices.get_untracked().len(), 2);
}

#[test]
fn new_narrows_the_timeline_once_the_list_of_changes_is_here() {
    let (_owner, _url, d, whats_new) = state("?new=1.0.0");
    let all = d.ds.milestones.len();
    assert_eq!(
        d.filtered.get_untracked().len(),
        all,
        "not narrowed before the list"
    );
    let changes = parse_changes(
        "changes.json",
        include_str!("../../public/data/changes.json"),
        &d.ds,
    )
    .expect("the bundled list of changes is valid");
    let added = dsr_core::whats_new::added_since(&changes, "1.0.0").unwrap_or_default();
    whats_new.changes.set(Some(Some(Arc::new(changes))));
    let kept = d.filtered.get_untracked();
    assert!(!kept.is_empty() && kept.len() < all);
    for &i in &kept {
        assert!(added.binary_search(&d.ds.milestones[i].id).is_ok());
    }
    // A first visit (native: nothing stored) marks nothing.
    assert_eq!(whats_new.previous.get_untracked(), None);
    assert!(!whats_new.is_marked(&d.ds.milestones[kept[0]].id));
}

#[test]
fn the_page_memos_follow_the_address() {
    let (_owner, url, d, _) = state("?lang=zh&theme=dark&embed=agreements");
    assert_eq!(d.lang.get_untracked(), dsr_core::i18n::Lang::Zh);
    assert_eq!(d.theme.get_untracked(), dsr_core::chart::Theme::Dark);
    assert_eq!(
        d.embed.get_untracked(),
        Some(dsr_core::chart::ChartId::Agreements)
    );
    url.update(|q| q.theme = None);
    assert_eq!(
        d.theme.get_untracked(),
        dsr_core::chart::Theme::Light,
        "natively the system prefers light"
    );
}
