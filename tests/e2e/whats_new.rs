//! What's new since the last visit (issue 18): only the dataset version is kept, in localStorage; a returning reader sees the milestones added since, marked, with a filter (`new=`) and a way to forget.

use std::collections::HashSet;

use serde_json::Value;

use crate::harness::{dataset, root, Session};

/// How many milestones the timeline draws at first (`timeline::PAGE`).
use dsr_tracker::prerender::PAGE;

/// The release before the current one (from changes.json): a returning
/// reader last saw it.
pub(crate) fn previous_version() -> String {
    let text = std::fs::read_to_string(root().join("public/data/changes.json")).unwrap();
    let changes: Value = serde_json::from_str(&text).unwrap();
    changes["releases"][1]["version"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The milestones the current release added (from changes.json).
fn added_since_previous() -> HashSet<String> {
    let text = std::fs::read_to_string(root().join("public/data/changes.json")).unwrap();
    let changes: Value = serde_json::from_str(&text).unwrap();
    let ids: HashSet<String> = dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    changes["releases"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "added")
        .map(|c| c["record"].as_str().unwrap().to_owned())
        .filter(|r| ids.contains(r))
        .collect()
}

async fn ids(s: &Session, css: &str) -> HashSet<String> {
    let v = s
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.closest('[data-id]').dataset.id)",
            vec![Value::from(css)],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_returning_reader_sees_what_was_added_since_and_can_forget_the_visit() {
    let version = dataset()["meta"]["version"].as_str().unwrap().to_owned();
    let added = added_since_previous();
    let previous = previous_version();
    assert!(added.len() >= 10, "{added:?}");
    let s = Session::start().await;
    // A first visit: nothing marked; only the version is stored.
    s.open("").await;
    assert_eq!(s.count("#app [data-testid=whats-new]").await, 0);
    assert_eq!(s.count("#app [data-testid=new-badge]").await, 0);
    let stored = s
        .js("return Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])")
        .await;
    assert_eq!(
        stored,
        serde_json::json!([["dsr-tracker.seen-version", version]])
    );
    // Back after the release: the bar and the marks.
    // In Chinese.
    s.js(&format!(
        "localStorage.setItem('dsr-tracker.seen-version', '{previous}'); return true"
    ))
    .await;
    s.open("?lang=zh").await;
    s.wait_for_js("return !!document.querySelector('#app [data-testid=whats-new]')")
        .await;
    let bar = s.text("#app [data-testid=whats-new]").await;
    assert!(
        bar.contains("上次访问") && bar.contains(&added.len().to_string()),
        "{bar}"
    );
    let drawn = ids(&s, "#app [data-testid=milestone]").await;
    let marked = ids(&s, "#app [data-testid=new-badge]").await;
    assert!(!marked.is_empty());
    assert_eq!(marked, added.intersection(&drawn).cloned().collect());
    // In English.
    s.js(&format!(
        "localStorage.setItem('dsr-tracker.seen-version', '{previous}'); return true"
    ))
    .await;
    s.open("").await;
    s.wait_for_js("return !!document.querySelector('#app [data-testid=whats-new]')")
        .await;
    let bar = s.text("#app [data-testid=whats-new]").await;
    assert!(
        bar.contains(&added.len().to_string()) && bar.contains(&previous),
        "{bar}"
    );
    // Every added milestone drawn (the first page) is marked, and no other.
    let drawn = ids(&s, "#app [data-testid=milestone]").await;
    assert_eq!(
        ids(&s, "#app [data-testid=new-badge]").await,
        added.intersection(&drawn).cloned().collect()
    );
    // Only these, through the URL.
    s.click("#app [data-testid=show-new]").await;
    s.wait_for_js(&format!(
        "return location.search.includes('new={previous}')"
    ))
    .await;
    s.wait_shown(added.len()).await;
    let shown = ids(&s, "#app [data-testid=milestone]").await;
    assert_eq!(shown.len(), added.len().min(PAGE));
    assert!(shown.is_subset(&added));
    // The visit is remembered as this version now: a reload shows no bar.
    assert_eq!(
        s.js("return localStorage.getItem('dsr-tracker.seen-version')")
            .await,
        Value::from(version.clone())
    );
    // Forgetting removes the stored version and every mark.
    s.click("#app [data-testid=forget-visit]").await;
    s.wait_for_js("return !document.querySelector('#app [data-testid=whats-new]')")
        .await;
    assert_eq!(s.count("#app [data-testid=new-badge]").await, 0);
    assert_eq!(s.js("return localStorage.length").await, 0);
    assert!(!s
        .js("return location.search")
        .await
        .as_str()
        .unwrap()
        .contains("new="));
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_shared_new_link_shows_what_was_added_since_that_version() {
    let added = added_since_previous();
    let s = Session::start().await;
    s.open(&format!("?new={}", previous_version())).await;
    s.wait_shown(added.len()).await;
    let shown = ids(&s, "#app [data-testid=milestone]").await;
    assert_eq!(shown.len(), added.len().min(PAGE));
    assert!(shown.is_subset(&added));
    // A value that is not a version is ignored, and a notice says so.
    s.open("?new=latest").await;
    let notice = s.text("[data-testid=notices]").await;
    assert!(
        notice.contains("new") && notice.contains("version"),
        "{notice}"
    );
    s.close().await;
}
