//! The world map: loaded on demand, following the filters, filtering by country on click and by keyboard, agreement mode, export and embed.

use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{Options, Session};

fn mark(code: &str) -> String {
    format!("[data-testid=chart-map] .mark[data-country={code}]")
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_map_geometry_is_fetched_only_when_the_map_is_shown() {
    let s = Session::start().await;
    s.open("").await;
    s.find("[data-testid=milestone]").await;
    let before = s.requested_urls().await;
    assert!(
        !before.iter().any(|u| u.contains("world-110m")),
        "fetched at first load: {before:?}"
    );
    s.click("[data-testid=tab-map]").await;
    s.find(&mark("KAZ")).await;
    let after = s.requested_urls().await;
    assert!(
        after.iter().any(|u| u.contains("world-110m.json")),
        "{after:?}"
    );
    assert_eq!(s.count("[data-testid=chart-map] .mark").await, 175);
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_map_follows_the_filters_and_filters_by_country_on_click_and_keyboard() {
    let s = Session::start().await;
    s.open("?view=map&from=2013&to=2013").await;
    let title = |code: &'static str| {
        let s = &s;
        async move {
            s.find(&mark(code))
                .await
                .attr("aria-label")
                .await
                .unwrap()
                .unwrap()
        }
    };
    assert!(
        title("KAZ").await.starts_with("Kazakhstan: 1 milestone."),
        "{}",
        title("KAZ").await
    );
    assert!(title("KEN")
        .await
        .starts_with("Kenya: no recorded milestone"));
    // Widen the years: Kenya appears.
    s.open("?view=map").await;
    s.wait_for_js(&format!(
        "return !document.querySelector(\"{}\").getAttribute('aria-label').includes('no recorded')",
        mark("KEN")
    ))
    .await;
    // Click a country.
    s.js(&format!("document.querySelector(\"{}\").dispatchEvent(new MouseEvent('click', {{bubbles: true}})); return true", mark("KEN"))).await;
    s.wait_for_js("return location.search === '?country=KEN&view=map'")
        .await;
    // Keyboard: focus Pakistan and press Enter.
    s.js(&format!(
        "document.querySelector(\"{}\").focus(); return true",
        mark("PAK")
    ))
    .await;
    s.press(Key::Enter).await;
    s.wait_for_js("return location.search === '?country=PAK&view=map'")
        .await;
    let tip = s.text("[data-testid=chart-map] .tooltip").await;
    assert!(tip.starts_with("Pakistan:"), "{tip}");
    // Small states are listed and can be chosen.
    s.open("?view=map").await;
    s.click("[data-testid=small-SGP]").await;
    s.wait_for_js("return location.search === '?country=SGP&view=map'")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn agreement_mode_shades_known_partners_and_says_when_no_list_exists() {
    let s = Session::start().await;
    s.open("?view=map").await;
    s.find(&mark("KAZ")).await;
    s.find("[data-testid=map-mode]")
        .await
        .select_by_value("dsr-mou")
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?view=map&map=dsr-mou'")
        .await;
    // Three of the series' partners are named in the sources (members with dates).
    s.wait_for_js("return document.querySelector('[data-testid=chart-map] svg').textContent.includes('17 countries; 3 are named')").await;
    s.find("[data-testid=map-mode]")
        .await
        .select_by_value("bri-digital-economy-initiative-2017")
        .await
        .unwrap();
    // Its sources list all eight signatories (the disputed seven is not the figure drawn).
    s.wait_for_js("return document.querySelector('[data-testid=chart-map] svg').textContent.includes('8 countries; 8 are named')").await;
    s.wait_for_js(&format!("return document.querySelector(\"{}\").getAttribute('aria-label').includes('named as a partner')", mark("EGY"))).await;
    s.find("[data-testid=map-mode]")
        .await
        .select_by_value("rcep")
        .await
        .unwrap();
    s.wait_for_js(&format!("return document.querySelector(\"{}\").getAttribute('aria-label').includes('named as a partner')", mark("JPN"))).await;
    let bad = s
        .js(&format!(
            "return document.querySelector(\"{}\").getAttribute('aria-label')",
            mark("USA")
        ))
        .await;
    assert!(
        bad.as_str().unwrap().contains("not named as a partner"),
        "{bad}"
    );
    // Before its first named partner joined (Brazil, Nov 2024), the NDA's
    // series is a count with no list: nothing is shaded, and the note says why.
    s.open("?view=map&map=nda-digital-economy-mou&asof=2024-09")
        .await;
    s.wait_for_js("return document.querySelector('[data-testid=chart-map] svg')?.textContent.includes('10 countries; the list has not been published')").await;
    let named = s
        .js("const q = s => document.querySelectorAll('[data-testid=chart-map] .mark' + s).length; return [q('[aria-label*=\"named as a partner\"]:not([aria-label*=\"not named\"])'), q('[aria-label*=\"not named as a partner\"]')]")
        .await;
    assert_eq!(named[0].as_u64(), Some(0), "shaded: {named}");
    assert!(named[1].as_u64() > Some(100), "not named: {named}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_map_exports_and_embeds_like_the_other_charts() {
    let dir = crate::harness::downloads("map");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=map&cat=forum").await;
    s.find(&mark("KAZ")).await;
    s.click("[data-testid=chart-map] [data-testid=export-menu] summary")
        .await;
    s.click("[data-testid=chart-map] [data-testid=download-svg]")
        .await;
    let svg = String::from_utf8(
        s.wait_for_file(&dir.join(format!(
            "dsr-map-{}-forum.svg",
            crate::harness::meta().coverage
        )))
        .await,
    )
    .unwrap();
    let texts = s
        .client
        .execute(
            "const d = new DOMParser().parseFromString(arguments[0], 'image/svg+xml'); if (d.querySelector('parsererror')) return 'parse error'; return d.documentElement.textContent",
            vec![Value::from(svg)],
        )
        .await
        .unwrap();
    let texts = texts.as_str().unwrap();
    assert!(
        texts.contains("Where the milestones are")
            && texts.contains("Forum")
            && texts.contains("Source: DSR Tracker")
            && texts.contains(&crate::harness::meta().updated_human),
        "{}",
        &texts[..300.min(texts.len())]
    );
    s.find("[data-testid=chart-map] [data-testid=png-size]")
        .await
        .select_by_value("square")
        .await
        .unwrap();
    s.click("[data-testid=chart-map] [data-testid=download-png]")
        .await;
    let png = s
        .wait_for_file(&dir.join(format!(
            "dsr-map-{}-forum-1080x1080.png",
            crate::harness::meta().coverage
        )))
        .await;
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1080);

    s.client
        .goto(&s.server.url("?embed=map&lang=zh"))
        .await
        .unwrap();
    s.find("[data-testid=embed] svg").await;
    assert_eq!(s.count(".site-header, .filters").await, 0);
    assert!(s
        .text("[data-testid=embed] svg")
        .await
        .contains("大事记涉及的国家"));
    s.close().await;
}
