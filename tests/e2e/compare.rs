//! Comparing countries (`country=KEN,ETH`, issue 26): two and six countries in both languages, a country with no record, a seventh (notice), a lane mark's tooltip, click and keyboard, the phone at 320 px, the matrix's order in the Charts view, and the exports read by LibreOffice and python-pptx.

use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::clients::{libreoffice_to_pdf, python_reader};
use crate::harness::{dataset, Options, Session};
use crate::slides::{chart_table as table, draw_with_libreoffice, inbox};

const COMPARE: &str = "#app [data-testid=country-comparison]";

/// How many milestones of the shipped data name `code`.
fn named(code: &str) -> usize {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["countries"].as_array().unwrap().iter().any(|c| c == code))
        .count()
}

async fn strings(s: &Session, script: &str) -> Vec<String> {
    s.js(script)
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn two_and_six_countries_side_by_side_in_both_languages() {
    let s = Session::start().await;
    for (query, codes, heading) in [
        (
            "country=KEN,ETH",
            vec!["KEN", "ETH"],
            "Comparing Kenya and Ethiopia",
        ),
        (
            "country=THA,LAO,IDN,SGP,KHM,VNM&lang=zh&theme=dark",
            vec!["THA", "LAO", "IDN", "SGP", "KHM", "VNM"],
            "比较：泰国、老挝、印尼、新加坡、柬埔寨和越南",
        ),
    ] {
        s.open(&format!("?{query}")).await;
        s.wait_for_js(&format!(
            "return !!document.querySelector('{COMPARE} [data-testid=chart-compare] svg .mark')"
        ))
        .await;
        assert_eq!(s.text(&format!("{COMPARE} h2")).await, heading, "{query}");
        // The countries in the address's order, each with its count and a profile link.
        let order = strings(&s, &format!("return [...document.querySelectorAll('{COMPARE} [data-testid=compare-country]')].map(li => li.dataset.country)")).await;
        assert_eq!(order, codes, "{query}");
        let summaries = strings(&s, &format!("return [...document.querySelectorAll('{COMPARE} [data-testid=compare-summary]')].map(e => e.textContent)")).await;
        for (code, summary) in codes.iter().zip(&summaries) {
            assert!(
                summary.contains(&named(code).to_string()),
                "{code}: {summary}"
            );
        }
        // A mark per milestone of each lane, a milestone named by several countries once per lane.
        let marks = s
            .count(&format!(
                "{COMPARE} [data-testid=chart-compare] .mark[data-milestone]"
            ))
            .await;
        assert_eq!(
            marks,
            codes.iter().map(|c| named(c)).sum::<usize>(),
            "{query}"
        );
        // The milestones per year: its table counts each country's milestones.
        let t = table(
            &s,
            &format!("{COMPARE} [data-testid=chart-compare-by-year]"),
        )
        .await;
        assert_eq!(t["head"].as_array().unwrap().len(), codes.len() + 1);
        for (k, code) in codes.iter().enumerate() {
            let total: usize = t["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r[k + 1].as_str().unwrap().parse::<usize>().unwrap())
                .sum();
            assert_eq!(total, named(code), "{query}: {code}");
        }
        // The matrix: a row per country, an agreement known only as a count said so.
        let m = table(&s, &format!("{COMPARE} [data-testid=chart-membership]")).await;
        assert_eq!(m["rows"].as_array().unwrap().len(), codes.len(), "{query}");
        let not_named = if query.contains("lang=zh") {
            "未列名"
        } else {
            "not named"
        };
        assert!(m["rows"].to_string().contains(not_named), "{query}: {m}");
        assert!(!m["rows"].to_string().contains("\"no\""), "{query}: {m}");
        assert!(
            s.console_errors().await.is_empty(),
            "{query}: {:?}",
            s.console_errors().await
        );
    }
    // A profile's "Compare with…" opens the comparison of the two.
    s.open("?country=KEN").await;
    s.find("#app [data-testid=compare-with]").await;
    s.js("const sel = document.querySelector('#app [data-testid=compare-with]'); sel.value = 'ETH'; sel.dispatchEvent(new Event('change', {bubbles: true})); return true").await;
    s.wait_for_js("return location.search === '?country=KEN,ETH'")
        .await;
    s.find(&format!("{COMPARE} [data-testid=chart-compare] svg"))
        .await;
    // A second chip in the country filter opens the comparison too, in the order chosen.
    s.open("?country=ETH").await;
    s.find("#app [data-testid=country-profile]").await;
    s.find("#app [data-testid=country-input]")
        .await
        .send_keys("Kenya")
        .await
        .unwrap();
    s.click("#app [data-testid=country-option-KEN]").await;
    s.wait_for_js("return location.search === '?country=ETH,KEN'")
        .await;
    assert_eq!(
        s.text(&format!("{COMPARE} h2")).await,
        "Comparing Ethiopia and Kenya"
    );
    s.open("?country=KEN,ETH").await;
    s.find(&format!("{COMPARE} [data-testid=chart-compare] svg"))
        .await;
    // A profile link goes back to one country.
    s.click(&format!("{COMPARE} [data-testid=compare-profile-link]"))
        .await;
    s.wait_for_js("return location.search === '?country=KEN'")
        .await;
    s.find("#app [data-testid=country-profile]").await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_country_with_no_record_has_an_empty_lane_and_a_seventh_gets_a_notice() {
    let s = Session::start().await;
    for (query, empty) in [
        ("country=KEN,ALB", "No milestone at these filters names it."),
        (
            "country=KEN,ALB&lang=zh",
            "按当前筛选，没有提及该国的大事记。",
        ),
    ] {
        s.open(&format!("?{query}")).await;
        let svg = format!("{COMPARE} [data-testid=chart-compare] svg");
        s.find(&svg).await;
        let words = s
            .js(&format!(
                "return document.querySelector('{svg}').textContent"
            ))
            .await;
        assert!(words.as_str().unwrap().contains(empty), "{query}: {words}");
        assert_eq!(
            s.count(&format!(
                "{COMPARE} [data-testid=chart-compare] .mark[data-milestone]"
            ))
            .await,
            named("KEN")
        );
    }
    // Seven: the first six compared, a notice names the seventh; repeats and unknown codes too.
    s.open("?country=KEN,ETH,NGA,ZAF,EGY,MAR,TUN,KEN,ZZZ").await;
    s.find(&format!("{COMPARE} [data-testid=chart-compare] svg"))
        .await;
    assert_eq!(
        s.count(&format!("{COMPARE} [data-testid=compare-country]"))
            .await,
        6
    );
    let notices = s.text("#app [data-testid=notices]").await;
    assert!(
        notices.contains("country=TUN") && notices.contains("six"),
        "{notices}"
    );
    assert!(
        notices.contains("country=KEN") && notices.contains("already"),
        "{notices}"
    );
    assert!(notices.contains("ZZZ"), "{notices}");
    assert!(
        s.console_errors().await.is_empty(),
        "{:?}",
        s.console_errors().await
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_lane_mark_has_a_tooltip_a_click_selects_it_and_the_keyboard_alone_does_the_same() {
    let s = Session::start().await;
    s.open("?country=KEN,ETH").await;
    let card = format!("{COMPARE} [data-testid=chart-compare]");
    s.find(&format!("{card} .mark[data-milestone]")).await;
    // Hover: every mark's tooltip is its <title>, naming the country, date and milestone.
    let labels = strings(&s, &format!("return [...document.querySelectorAll('{card} .mark[data-milestone]')].map(m => m.querySelector('title')?.textContent || '')")).await;
    assert!(
        labels
            .iter()
            .all(|l| l.starts_with("Kenya · ") || l.starts_with("Ethiopia · ")),
        "{labels:?}"
    );
    // Keyboard alone: a mark takes focus, which shows its tooltip; Enter opens the milestone.
    s.js(&format!(
        "document.querySelector('{card} .mark[data-milestone]').focus(); return true"
    ))
    .await;
    let tip = s.text(&format!("{card} .tooltip")).await;
    assert!(tip.starts_with("Kenya · "), "{tip}");
    let i: usize = s
        .js("return document.activeElement.dataset.milestone")
        .await
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let id = dataset()["milestones"][i]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        tip.contains(dataset()["milestones"][i]["title"]["en"].as_str().unwrap()),
        "{tip}"
    );
    s.press(Key::Enter).await;
    s.wait_for_js(&format!(
        "return new URLSearchParams(location.search).get('event') === '{id}'"
    ))
    .await;
    s.wait_for_js(&format!("return document.querySelector('#app #m-{id} .m-toggle')?.getAttribute('aria-expanded') === 'true'")).await;
    // A click on another mark selects that one.
    let other = s
        .js(&format!("const m = [...document.querySelectorAll('{card} .mark[data-milestone]')].find(m => m.dataset.milestone !== '{i}'); m.dispatchEvent(new MouseEvent('click', {{bubbles: true}})); return m.dataset.milestone"))
        .await;
    let j: usize = other.as_str().unwrap().parse().unwrap();
    let other_id = dataset()["milestones"][j]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    s.wait_for_js(&format!(
        "return new URLSearchParams(location.search).get('event') === '{other_id}'"
    ))
    .await;
    // The comparison keeps its countries.
    s.wait_for_js("return new URLSearchParams(location.search).get('country') === 'KEN,ETH'")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn on_a_phone_at_320_px_the_lanes_stack_and_nothing_spills_over() {
    let s = Session::start_with(Options {
        width: 320,
        height: 720,
        ..Options::default()
    })
    .await;
    s.open("?country=THA,LAO,IDN,SGP,KHM,VNM&lang=zh").await;
    s.find(&format!("{COMPARE} [data-testid=chart-compare] svg"))
        .await;
    let fits = s
        .js(&format!(
            "const vw = document.documentElement.clientWidth;\
             const boxes = [...document.querySelectorAll('{COMPARE} svg')].map(e => e.getBoundingClientRect());\
             return [vw, document.documentElement.scrollWidth, boxes.every(b => b.right <= vw + 0.5 && b.width > 200)]"
        ))
        .await;
    assert_eq!(fits[0], fits[1], "the page scrolls sideways: {fits}");
    assert_eq!(fits[2], true, "a chart spills over or is squeezed: {fits}");
    // Stacked: each country's name is above its lane, so the lanes use the full width.
    let svg = s.js(&format!("return document.querySelector('{COMPARE} [data-testid=chart-compare] svg').textContent")).await;
    assert!(svg.as_str().unwrap().contains("泰国（"), "{svg}");
    // The controls a thumb uses are 44 px high.
    let h = s.js(&format!("return document.querySelector('{COMPARE} [data-testid=matrix-order]').getBoundingClientRect().height")).await;
    assert!(h.as_f64().unwrap() >= 44.0, "{h}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_matrix_in_the_charts_view_sorts_its_rows_and_keeps_the_order_in_the_address() {
    let s = Session::start().await;
    let card = "#app [data-testid=chart-membership]";
    for (query, by_name) in [("view=charts", false), ("view=charts&matrix=name", true)] {
        s.open(&format!("?{query}")).await;
        s.find(&format!("{card} svg")).await;
        let t = table(&s, card).await;
        let rows: Vec<String> = t["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[0].as_str().unwrap().to_owned())
            .collect();
        let mut sorted = rows.clone();
        sorted.sort();
        assert_eq!(rows == sorted, by_name, "{query}: {rows:?}");
        assert!(
            !rows.contains(&"China".to_owned()),
            "China is the other party, not a row"
        );
    }
    // The control writes the address.
    s.open("?view=charts").await;
    s.find("#app [data-testid=matrix-order]").await;
    s.js("const sel = document.querySelector('#app [data-testid=matrix-order]'); sel.value = 'agreements'; sel.dispatchEvent(new Event('change', {bubbles: true})); return true").await;
    s.wait_for_js("return location.search === '?view=charts&matrix=agreements'")
        .await;
    // Embedded, the matrix of two countries is as tall as its rows and key, not the window.
    s.open("?embed=membership&country=KEN,ETH").await;
    s.find("#app svg .mark").await;
    let tall = s
        .js("return [document.querySelector('#app svg').getBoundingClientRect().height, innerHeight]")
        .await;
    assert!(
        tall[0].as_f64().unwrap() < 700.0 && tall[1].as_f64().unwrap() >= 700.0,
        "the embed fills the window with blank rows: {tall}"
    );
    // A region narrows the rows.
    s.open("?view=charts&region=oceania").await;
    s.find(&format!("{card} svg")).await;
    let t = table(&s, card).await;
    let rows = t["rows"].to_string();
    assert!(
        rows.contains("Australia") && !rows.contains("Kenya"),
        "{rows}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, python-pptx and LibreOffice; run by scripts/test.sh"]
async fn a_comparison_exports_as_svg_for_libreoffice_and_as_slides_for_python_pptx() {
    for (lang, query, title) in [
        (
            "en",
            "?country=KEN,ETH",
            "Kenya and Ethiopia: milestones side by side",
        ),
        (
            "zh",
            "?country=KEN,ETH&lang=zh&theme=dark",
            "肯尼亚和埃塞俄比亚：大事记对比",
        ),
    ] {
        let dir = inbox(&format!("compare-{lang}"));
        let s = Session::start_with(Options {
            downloads: Some(dir.clone()),
            ..Options::default()
        })
        .await;
        s.open(query).await;
        let mut svgs = Vec::new();
        let mut tables = Vec::new();
        for id in ["compare", "compare-by-year", "membership"] {
            let card = format!("{COMPARE} [data-testid=chart-{id}]");
            s.find(&format!("{card} svg")).await;
            s.click(&format!("{card} [data-testid=export-menu] > summary"))
                .await;
            s.click(&format!("{card} [data-testid=download-svg]")).await;
            let svg = s.wait_for_download(&dir, "svg", &svgs).await;
            let text = std::fs::read_to_string(&svg).unwrap();
            assert!(
                text.starts_with("<?xml") && !text.contains("class=\"mark"),
                "{}",
                svg.display()
            );
            svgs.push(svg);
            let mut t = table(&s, &card).await;
            t["id"] = Value::from(id);
            tables.push(t);
        }
        // LibreOffice draws each SVG.
        for pdf in libreoffice_to_pdf(&dir, &svgs) {
            assert!(
                std::fs::metadata(&pdf).unwrap().len() > 1000,
                "{}",
                pdf.display()
            );
        }
        s.click(&format!("{COMPARE} [data-testid=download-slides]"))
            .await;
        let deck = s.wait_for_download(&dir, "pptx", &svgs).await;
        python_reader(
            "check_compare_deck.py",
            &deck.display().to_string(),
            &deck.with_extension("expected.json"),
            &json!({ "title": title, "tables": tables }),
            "python-pptx",
        );
        draw_with_libreoffice(&deck, 5);
        assert!(
            s.console_errors().await.is_empty(),
            "{:?}",
            s.console_errors().await
        );
        s.close().await;
    }
}
