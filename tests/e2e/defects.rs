//! Defects found by trying the app as a new user would (issue 17), each with the test that failed before its fix.

use crate::harness::{dataset, Session};

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_search_too_long_is_ignored_as_its_notice_says() {
    let s = Session::start().await;
    let total = dataset()["milestones"].as_array().unwrap().len();
    s.open(&format!("?q={}", "a".repeat(7000))).await;
    let notice = s.text("[data-testid=notices]").await;
    assert!(notice.contains("too long"), "{notice}");
    assert_eq!(
        s.count("#app [data-testid=milestone]").await,
        total.min(dsr_tracker::prerender::PAGE),
        "no search is applied"
    );
    assert_eq!(
        s.js("return document.querySelector('#app [data-testid=search]').value")
            .await,
        ""
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn hundreds_of_unknown_countries_collapse_to_a_count_with_show_all() {
    let s = Session::start().await;
    // 900 well-formed codes that no country has.
    let codes: Vec<String> = (0..900)
        .map(|i| {
            let b = b'Q' + (i / 676 % 10) as u8;
            let c = b'A' + (i / 26 % 26) as u8;
            let d = b'A' + (i % 26) as u8;
            String::from_utf8(vec![b, c, d]).unwrap()
        })
        .collect();
    s.open(&format!("?country={}", codes.join(","))).await;
    let items = s.count("[data-testid=notices] li").await;
    assert!(items <= 10, "{items} notice lines shown");
    let bar = s.text("[data-testid=notices]").await;
    assert!(
        bar.len() < 2000,
        "the notices take {} characters",
        bar.len()
    );
    let button = s.text("[data-testid=notices-all]").await;
    s.click("[data-testid=notices-all]").await;
    // Every unknown code is listed once asked for (a few of the codes are real countries).
    let all = s.count("[data-testid=notices] li").await;
    assert!(all > 850, "{all} notices");
    assert!(button.contains(&all.to_string()), "{button} (of {all})");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn opening_the_map_logs_no_error_on_the_way() {
    let s = Session::start().await;
    s.open("?view=map").await;
    s.wait_for_js("return !!document.querySelector('[data-testid=chart-map] svg .marks')")
        .await;
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_embed_view_has_its_skip_target_a_heading_and_everything_in_landmarks() {
    let s = Session::start().await;
    for chart in ["agreements", "map"] {
        s.open(&format!("?embed={chart}")).await;
        s.wait_for_js("return !!document.querySelector('[data-testid=embed] svg')")
            .await;
        let report = s
            .js("const problems = [];
                 for (const a of document.querySelectorAll('a.skip-link')) {
                   const target = document.querySelector(a.getAttribute('href'));
                   if (!target) problems.push('skip link to nothing: ' + a.getAttribute('href'));
                 }
                 if (document.querySelectorAll('h1').length !== 1) problems.push(document.querySelectorAll('h1').length + ' h1');
                 const landmarks = 'main, header, nav, footer, aside, [role=region], [role=main], .skip-link';
                 const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                 for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                   const el = n.parentElement;
                   if (!n.textContent.trim() || !el || el.closest('script, style, noscript, svg')) continue;
                   if (!el.getClientRects().length) continue;
                   if (!el.closest(landmarks)) problems.push('outside landmarks: ' + n.textContent.trim().slice(0, 40));
                 }
                 return problems;")
            .await;
        assert_eq!(report, serde_json::json!([]), "?embed={chart}");
    }
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_map_is_in_presentation_mode_and_in_the_print_report() {
    let s = Session::start().await;
    s.open("?present=map").await;
    s.wait_for_js(
        "return !!document.querySelector('[data-testid=slide-chart][data-chart=map] svg .marks')",
    )
    .await;
    s.open("?view=print").await;
    s.wait_for_js("return document.querySelectorAll('[data-testid=print-chart]').length === 6")
        .await;
    assert_eq!(
        s.js("return [...document.querySelectorAll('[data-testid=print-chart] svg')].map(e => e.dataset.chart).pop()")
            .await,
        "map"
    );
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
    s.close().await;
}
