//! The charts: they render, follow the filters, switch to a table and back, filter on click, and can be linked.

use serde_json::Value;

use crate::harness::{dataset, Session};

fn forum_count() -> usize {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["category"] == "forum")
        .count()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_four_charts_render_with_their_titles_sources_and_marks() {
    let s = Session::start().await;
    s.open("?view=charts").await;
    for id in [
        "agreements",
        "agreements-over-time",
        "milestones-by-year",
        "countries-by-region",
    ] {
        let svg = s.find(&format!("[data-testid=chart-{id}] svg")).await;
        let html = svg.html(false).await.unwrap();
        assert!(html.contains("viewBox="), "{id}");
        assert!(
            html.contains("Source: DSR Tracker"),
            "{id} has no source line"
        );
        assert!(
            html.contains(&format!(
                "Dataset v{}, updated {}",
                crate::harness::meta().version,
                crate::harness::meta().updated_human
            )),
            "{id} has no dataset date"
        );
    }
    let n_agreements = dataset()["agreements"].as_array().unwrap().len();
    assert_eq!(
        s.count("[data-testid=chart-agreements] .mark").await,
        n_agreements
    );
    let dsr = s
        .js("return [...document.querySelectorAll('[data-testid=chart-agreements] .mark')].map(m => m.getAttribute('aria-label')).find(t => t.startsWith('Digital Silk Road cooperation'))")
        .await;
    assert!(dsr.as_str().unwrap().contains("17 partners · "), "{dsr}");
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_filtered_charts_follow_the_filters_and_switch_to_a_table_and_back() {
    let s = Session::start().await;
    s.open("?view=charts&cat=forum").await;
    let card = "[data-testid=chart-milestones-by-year]";
    s.click(&format!("{card} [data-testid=table-toggle]")).await;
    let total = s
        .js(&format!(
            "return [...document.querySelectorAll('{card} tbody tr')].map(r => +r.lastElementChild.textContent).reduce((a, b) => a + b, 0)"
        ))
        .await;
    assert_eq!(total, Value::from(forum_count()));
    assert_eq!(
        s.count(&format!("{card} .chart-figure[hidden]")).await,
        1,
        "the chart hides behind the table"
    );
    s.click(&format!("{card} [data-testid=table-toggle]")).await;
    assert_eq!(
        s.count(&format!("{card} [data-testid=chart-table]")).await,
        0
    );
    assert_eq!(s.count(&format!("{card} .chart-figure[hidden]")).await, 0);
    let subtitle = s
        .find(&format!("{card} svg"))
        .await
        .html(false)
        .await
        .unwrap();
    assert!(
        subtitle.contains(">\nForum\n<") || subtitle.contains(">Forum<"),
        "the subtitle names the filter"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn clicking_a_chart_mark_filters_the_timeline() {
    let s = Session::start().await;
    s.open("?view=charts").await;
    s.click("[data-testid=chart-milestones-by-year] .mark[data-from='2021']")
        .await;
    s.wait_for_js("return location.search === '?from=2021&to=2021&view=charts'")
        .await;
    s.click("[data-testid=chart-countries-by-region] .mark[data-region='africa']")
        .await;
    s.wait_for_js("return location.search === '?from=2021&to=2021&region=africa&view=charts'")
        .await;
    s.click("[data-testid=tab-timeline]").await;
    s.wait_for_js("return location.search === '?from=2021&to=2021&region=africa'")
        .await;
    s.find("[data-testid=timeline]").await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_chart_link_scrolls_to_the_chart() {
    let s = Session::start().await;
    s.open("?chart=countries-by-region").await;
    s.wait_for_js(
        "const r = document.querySelector('[data-testid=chart-countries-by-region]').getBoundingClientRect(); return r.top >= -2 && r.top < innerHeight / 2",
    )
    .await;
    s.close().await;
}
