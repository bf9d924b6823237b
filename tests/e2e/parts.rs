//! The lazily loaded parts: the timeline fetches no view's code, a view fetches its part when first shown (or when a pointer is over its tab), and a part that fails to load says so and loads on retry while the rest of the page keeps working.

use serde_json::json;

use crate::harness::Session;

/// The split chunks among `urls`: a view's own (`split_<part>`) or a shared one.
fn chunks(urls: &[String]) -> Vec<String> {
    urls.iter()
        .filter_map(|u| u.rsplit('/').next())
        .filter(|f| f.ends_with(".wasm") && (f.starts_with("split_") || f.starts_with("chunk_")))
        .map(str::to_owned)
        .collect()
}

/// The files of one part (`details`…), as the build lists them from the
/// chunk loader (`dist/wasm-parts.txt`: a line per part, its name and files).
pub(crate) fn part_files(part: &str) -> Vec<String> {
    let listed =
        std::fs::read_to_string(crate::harness::root().join("dist/wasm-parts.txt")).unwrap();
    listed
        .lines()
        .find_map(|line| {
            let mut words = line.split_whitespace();
            (words.next() == Some(part)).then(|| words.map(str::to_owned).collect())
        })
        .unwrap_or_else(|| panic!("no part {part} in dist/wasm-parts.txt"))
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_timeline_fetches_no_view_code_and_each_view_fetches_its_part_when_first_wanted() {
    let s = Session::start().await;
    s.open("").await;
    s.wait_shown(
        crate::harness::dataset()["milestones"]
            .as_array()
            .unwrap()
            .len(),
    )
    .await;
    let first = s.requested_urls().await;
    assert!(
        first.iter().any(|u| u.contains("_bg.bin")),
        "the main module was not seen: {first:?}"
    );
    // Only the reader of the source details (`details`), fetched once the
    // timeline responds; no view's code.
    let details = part_files("details");
    assert!(
        details.iter().any(|f| f.starts_with("split_details-")),
        "{details:?}"
    );
    let fetched = chunks(&first);
    assert!(
        fetched.iter().all(|f| details.contains(f)),
        "the timeline fetched view code: {fetched:?} (details: {details:?})"
    );

    // A pointer over a tab fetches its part ahead of the click.
    s.js("document.querySelector('[data-testid=tab-table]').dispatchEvent(new PointerEvent('pointerenter'))")
        .await;
    s.wait_for_js(
        "return performance.getEntriesByType('resource').some(e => /split_table-/.test(e.name))",
    )
    .await;
    let hovered = chunks(&s.requested_urls().await);
    assert!(
        hovered.iter().any(|f| f.starts_with("split_table-")),
        "{hovered:?}"
    );
    assert!(
        !hovered.iter().any(|f| f.starts_with("split_charts-")),
        "the charts were fetched for the table: {hovered:?}"
    );

    s.click("[data-testid=tab-charts]").await;
    s.wait_for_js("return document.querySelectorAll('[data-testid=charts] svg').length >= 4")
        .await;
    let charts = chunks(&s.requested_urls().await);
    assert!(
        charts.iter().any(|f| f.starts_with("split_charts-")),
        "{charts:?}"
    );
    // Back to the timeline and to the charts again: nothing is fetched twice.
    s.click("[data-testid=tab-timeline]").await;
    s.click("[data-testid=tab-charts]").await;
    s.wait_for_js("return document.querySelectorAll('[data-testid=charts] svg').length >= 4")
        .await;
    assert_eq!(chunks(&s.requested_urls().await), Vec::<String>::new());
    assert_eq!(s.console_errors().await, Vec::<String>::new());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_part_that_fails_to_load_says_so_keeps_the_page_working_and_loads_on_retry() {
    let s = Session::start().await;
    s.cdp("Network.enable", json!({})).await;
    s.cdp(
        "Network.setBlockedURLs",
        json!({ "urls": ["*split_about-*"] }),
    )
    .await;
    s.open("?view=about").await;
    s.wait_for_js("return !!document.querySelector('[data-testid=part-error]')")
        .await;
    let alert = s.text("[data-testid=part-error]").await;
    assert!(alert.contains("could not be loaded"), "{alert}");
    assert!(alert.contains("Try again"), "{alert}");
    assert_eq!(s.count("#panic-panel").await, 0, "the failure panicked");
    // The rest of the page works: the filters and the other views.
    s.click("[data-testid=tab-conflicts]").await;
    s.wait_for_js("return !!document.querySelector('[data-testid=conflict]')")
        .await;
    s.click("[data-testid=tab-about]").await;
    s.wait_for_js("return !!document.querySelector('[data-testid=part-error]')")
        .await;
    // The network is back: the retry loads the view.
    s.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await;
    s.click("[data-testid=part-error] button").await;
    s.wait_for_js("return !document.querySelector('[data-testid=part-error]') && document.querySelector('.results').textContent.includes('What counts as a milestone')")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn an_address_that_may_raise_a_notice_fetches_the_notice_bar_with_the_data() {
    let s = Session::start().await;
    // An unknown country: a notice found only against the data.
    s.open("?country=ZZZ").await;
    let bar = s.text("#app [data-testid=notices]").await;
    assert!(bar.contains("ZZZ"), "{bar}");
    // Asked for when the app starts, not once the dashboard is drawn: before
    // the source details, which the drawn dashboard asks for first.
    let start = |file: &str| {
        format!(
            "const e = performance.getEntriesByType('resource').find(e => e.name.includes('{file}')); return e ? e.startTime : null"
        )
    };
    let notices = s.js(&start("/split_notices-")).await.as_f64();
    let details = s.js(&start("/data/dsr-sources.bin")).await.as_f64();
    match (notices, details) {
        (Some(n), Some(d)) => assert!(n < d, "notices at {n} ms, details at {d} ms"),
        other => panic!("not both fetched: {other:?}"),
    }
    s.close().await;
}
