//! The phone layout (issue 17): at 320 to 390 px the first milestone and a whole chart are on the first screen, the header's tools are one menu, the tabs one scrolling row, the filters a one-line summary, and every control a target of at least 24 px (the main ones 44 px).

use crate::harness::{Options, Session};

/// Phones: the narrowest still sold, a common Android, a common iPhone.
const PHONES: [(u32, u32); 3] = [(320, 700), (360, 740), (390, 844)];

/// Controls smaller than 24×24 CSS px that are not inline in a sentence
/// (WCAG 2.5.8 exempts links in running text), and main controls under 44 px
/// high, as "what:WxH" lines.
const TARGETS: &str = r"
const main = '.menu-toggle, .tab, .filters-toggle, .more, .lang-switch button, .theme-toggle, .dataset-picker .button, .deck-tools .button, .chart-tools .button, .export-menu > summary';
const small = [], low = [];
for (const e of document.querySelectorAll('#app button, #app a[href], #app summary, #app select, #app input, #app .mark')) {
  const b = e.getBoundingClientRect();
  if (b.width === 0 || b.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
  if (e.classList.contains('visually-hidden')) continue;
  if (e.tagName === 'A' && e.closest('p, li, td, dd')) continue;
  // A chart's marks may be narrower on a phone (14 years in 300 px): WCAG 2.5.8's
  // 'equivalent' exception, as what a mark does is also done by a control of
  // full size (its card's table, and the year filters), which is checked here.
  if (e.matches('.chart-card .mark') && e.closest('.chart-card').querySelector('[data-testid=table-toggle]') && document.querySelector('#app [data-testid=filter-from]')) continue;
  const name = (e.dataset.testid || e.getAttribute('class') || e.tagName) + ':' + Math.round(b.width) + 'x' + Math.round(b.height);
  if (b.width < 23.5 || b.height < 23.5) small.push(name);
  if (e.matches(main) && b.height < 43.5) low.push(name);
}
return { small, low };
";

async fn phone(width: u32, height: u32) -> Session {
    let s = Session::start_with(Options {
        width,
        height,
        ..Options::default()
    })
    .await;
    s.goto("").await;
    let inner = s.js("return window.innerWidth").await;
    assert_eq!(
        inner.as_u64(),
        Some(u64::from(width)),
        "the viewport's width"
    );
    s
}

/// Every control at least 24×24 px, and (on a phone) the main ones 44 px high.
async fn assert_targets(s: &Session, at: &str, phone: bool) {
    let t = s.js(TARGETS).await;
    assert!(
        listed(&t["small"]).is_empty(),
        "{at}: under 24 px: {:?}",
        t["small"]
    );
    if phone {
        assert!(
            listed(&t["low"]).is_empty(),
            "{at}: main controls under 44 px: {:?}",
            t["low"]
        );
    }
}

fn listed(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn on_a_phone_the_first_milestone_is_on_the_first_screen_under_a_compact_header() {
    for (width, height) in PHONES {
        let s = phone(width, height).await;
        for lang in ["", "?lang=zh"] {
            let at = format!("{lang} at {width}px");
            s.open(lang).await;
            let bottom = s
                .js("return document.querySelector('#app .milestone .m-title').getBoundingClientRect().bottom")
                .await;
            assert!(
                bottom.as_f64().unwrap() <= 460.0,
                "{at}: the first milestone's title ends at {bottom}px"
            );
            // The header's tools are behind one menu, which opens, works and closes.
            assert!(!s
                .find("#app [data-testid=header-tools]")
                .await
                .is_displayed()
                .await
                .unwrap());
            let header = s.js("return document.querySelector('#app .site-header').getBoundingClientRect().height").await;
            assert!(
                header.as_f64().unwrap() <= 64.0,
                "{at}: the header is {header}px high"
            );
            s.click("#app [data-testid=menu-toggle]").await;
            assert!(s
                .find("#app [data-testid=header-tools]")
                .await
                .is_displayed()
                .await
                .unwrap());
            assert_eq!(
                s.js("return document.querySelector('#app [data-testid=menu-toggle]').getAttribute('aria-expanded')").await,
                "true"
            );
            assert_targets(&s, &format!("{at}, menu open"), true).await;
            s.press(fantoccini::key::Key::Escape).await;
            assert!(!s
                .find("#app [data-testid=header-tools]")
                .await
                .is_displayed()
                .await
                .unwrap());
            assert_eq!(
                s.js("return document.activeElement.dataset.testid").await,
                "menu-toggle",
                "{at}: Escape gives the focus back to the menu button"
            );
            // The tabs are one row, which scrolls sideways.
            let rows = s
                .js("return new Set([...document.querySelectorAll('#app .view-tabs .tab')].map(t => Math.round(t.getBoundingClientRect().top))).size")
                .await;
            assert_eq!(rows, 1, "{at}: the tabs take {rows} rows");
            // The filters are a one-line summary that opens them.
            assert!(!s
                .find("#app .filter-body")
                .await
                .is_displayed()
                .await
                .unwrap());
            let summary = s
                .js("return document.querySelector('#app .filters').getBoundingClientRect().height")
                .await;
            assert!(
                summary.as_f64().unwrap() <= 64.0,
                "{at}: the filter summary is {summary}px high"
            );
            let count = s.text("#app [data-testid=count]").await;
            let total = crate::harness::dataset()["milestones"]
                .as_array()
                .unwrap()
                .len()
                .to_string();
            assert!(count.contains(&total), "{at}: {count}");
            s.click("#app .filters-toggle").await;
            assert!(s
                .find("#app .filter-body")
                .await
                .is_displayed()
                .await
                .unwrap());
            assert_targets(&s, &format!("{at}, filters open"), true).await;
            let sideways = s
                .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .await;
            assert_eq!(
                sideways.as_f64(),
                Some(0.0),
                "{at}: the page scrolls sideways"
            );
        }
        s.close().await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn on_a_phone_the_charts_view_shows_a_whole_chart_on_its_first_screen() {
    for (width, height) in PHONES {
        let s = phone(width, height).await;
        for lang in ["", "&lang=zh"] {
            let at = format!("{lang} at {width}×{height}");
            s.open(&format!("?view=charts{lang}")).await;
            s.wait_for_js(
                "return document.querySelectorAll('#app .chart-card svg .marks').length >= 4",
            )
            .await;
            let first = s
                .js("const c = document.querySelector('#app .chart-card'); const b = c.querySelector('svg').getBoundingClientRect(); return [c.id, b.top, b.bottom, window.innerHeight]")
                .await;
            assert_eq!(first[0], "chart-milestones-by-year", "{at}");
            assert!(
                first[1].as_f64().unwrap() >= 0.0
                    && first[2].as_f64().unwrap() <= first[3].as_f64().unwrap(),
                "{at}: the first chart is not whole on the first screen: {first}"
            );
            // Making slides comes after the charts on a phone.
            let after = s
                .js("return document.querySelector('#app .deck-tools').getBoundingClientRect().top > document.querySelector('#app .chart-card').getBoundingClientRect().bottom")
                .await;
            assert_eq!(after, true, "{at}");
            assert_targets(&s, &at, true).await;
        }
        // The current tab is scrolled into the tab row.
        s.open("?view=about").await;
        let inside = s
            .js("const n = document.querySelector('#app .view-tabs').getBoundingClientRect(); const t = document.querySelector('#app .view-tabs [aria-current=page]').getBoundingClientRect(); return t.left >= n.left - 1 && t.right <= n.right + 1")
            .await;
        assert_eq!(inside, true, "at {width}px the About tab is out of view");
        s.close().await;
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn on_a_desktop_the_header_tools_stay_out_and_the_bar_chart_leads() {
    let s = Session::start().await;
    s.open("?view=charts").await;
    assert!(s
        .find("#app [data-testid=header-tools]")
        .await
        .is_displayed()
        .await
        .unwrap());
    assert!(!s
        .find("#app [data-testid=menu-toggle]")
        .await
        .is_displayed()
        .await
        .unwrap());
    assert!(s
        .find("#app .filter-body")
        .await
        .is_displayed()
        .await
        .unwrap());
    assert_eq!(
        s.js("return document.querySelector('#app .chart-card').id")
            .await,
        "chart-agreements"
    );
    assert_targets(&s, "desktop", false).await;
    s.close().await;
}
