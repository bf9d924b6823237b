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
    // Once its code is here, the strip is drawn again for this window, with
    // nothing chosen (the first view drew it for a phone's width).
    let prerendered = first_view_strip_width();
    s.wait_for_js(&format!(
        "const w = document.querySelector('#app [data-testid=year-strip] svg')?.getAttribute('width'); return !!w && w !== '{prerendered}'"
    ))
    .await;
    let first = s.requested_urls().await;
    assert!(
        first.iter().any(|u| u.contains("_bg.bin")),
        "the main module was not seen: {first:?}"
    );
    // Only the year strip's drawing code (`year_strip`), fetched when the
    // app starts, and the reader of the source details (`details`), once
    // the timeline responds; no view's code.
    let (strip, details) = (part_files("year_strip"), part_files("details"));
    assert!(
        details.iter().any(|f| f.starts_with("split_details-")),
        "{details:?}"
    );
    let fetched = chunks(&first);
    assert!(
        fetched.iter().any(|f| f.starts_with("split_year_strip-")),
        "the year strip's code was not fetched: {fetched:?}"
    );
    assert!(
        fetched
            .iter()
            .all(|f| details.contains(f) || strip.contains(f)),
        "the timeline fetched view code: {fetched:?} (strip: {strip:?}, details: {details:?})"
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

/// The width the build drew the first view's year strip at (`width="…"` of
/// its `<svg>` in dist/index.html).
fn first_view_strip_width() -> String {
    let page = std::fs::read_to_string(crate::harness::root().join("dist/index.html")).unwrap();
    let at = page
        .find("data-testid=\"year-strip\"")
        .expect("no year strip in the first view");
    let svg = &page[at..];
    let width = svg
        .split("width=\"")
        .nth(1)
        .expect("no width on the strip's svg");
    width.split('"').next().unwrap().to_owned()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn until_the_year_strips_code_is_here_it_shows_the_first_views_strip_and_a_year_can_be_chosen(
) {
    let s = Session::start().await;
    s.cdp("Network.enable", json!({})).await;
    s.cdp(
        "Network.setBlockedURLs",
        json!({ "urls": ["*split_year_strip-*"] }),
    )
    .await;
    s.open("").await;
    // The live app without the strip's code: the strip the first view drew
    // (at the build's width, not this window's), its years in place.
    let prerendered = first_view_strip_width();
    let width = "return document.querySelector('#app [data-testid=year-strip] svg')?.getAttribute('width') ?? null";
    assert_eq!(s.js(width).await, json!(prerendered));
    assert_eq!(s.count("#panic-panel").await, 0);
    // Choosing a year filters the list all the same.
    s.click("#app [data-testid=year-strip] .mark[data-year='2019']")
        .await;
    s.wait_for_js("return location.search === '?from=2019&to=2019'")
        .await;
    let years: Vec<String> = s
        .js("return [...document.querySelectorAll('#app [data-testid=milestone] time')].map(t => t.getAttribute('datetime').slice(0, 4))")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_str().unwrap().to_owned())
        .collect();
    assert!(!years.is_empty(), "nothing shown for 2019");
    // The code is here again: the next change fetches it, and the strip is
    // drawn for this window and the chosen year.
    s.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await;
    s.click("#app [data-testid=year-strip] .mark[data-year='2019']")
        .await;
    s.wait_for_js("return location.search === ''").await;
    s.wait_for_js(&format!(
        "const w = document.querySelector('#app [data-testid=year-strip] svg')?.getAttribute('width'); return !!w && w !== '{prerendered}'"
    ))
    .await;
    assert_eq!(s.count("#panic-panel").await, 0);
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_strip_without_its_code_keeps_its_height_at_any_address() {
    let s = Session::start().await;
    s.cdp("Network.enable", json!({})).await;
    s.cdp(
        "Network.setBlockedURLs",
        json!({ "urls": ["*split_year_strip-*"] }),
    )
    .await;
    // Not the first view's address: nothing to show until the code comes,
    // and the list below does not move when it does.
    s.open("?cat=policy").await;
    let height = s
        .js("return document.querySelector('#app [data-testid=year-strip]').getBoundingClientRect().height")
        .await
        .as_f64()
        .unwrap();
    assert!(height >= 96.0, "the empty strip is {height} px high");
    assert_eq!(s.count("#app [data-testid=year-strip] svg").await, 0);
    assert_eq!(s.count("#panic-panel").await, 0);
    s.close().await;
}
