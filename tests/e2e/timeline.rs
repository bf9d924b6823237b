//! The timeline and its filters: counts against the data file, URL round trips, history, permalinks, bad parameters, keyboard and phone.

use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{countries, dataset, Options, Session};

/// Milestones of the bundled data passing `keep`, counted straight from the JSON.
fn count(keep: impl Fn(&Value) -> bool) -> usize {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| keep(m))
        .count()
}

fn year(m: &Value, field: &str) -> u16 {
    m[field]
        .as_str()
        .map(|d| d[..4].parse().unwrap())
        .unwrap_or_else(|| year(m, "date"))
}

fn region_of(code: &str) -> Option<String> {
    countries()["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["a3"] == code)
        .and_then(|c| c["region"].as_str().map(str::to_owned))
}

fn text_matches(m: &Value, needle: &str) -> bool {
    let mut hay = String::new();
    for f in ["title", "summary", "note"] {
        for l in ["en", "zh"] {
            hay.push_str(&m[f][l].as_str().unwrap_or("").to_lowercase());
            hay.push('\n');
        }
    }
    for s in m["sources"].as_array().unwrap() {
        hay.push_str(&s["title"].as_str().unwrap().to_lowercase());
        hay.push('\n');
    }
    hay.contains(&needle.to_lowercase())
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn each_filter_from_the_url_matches_counts_computed_from_the_data() {
    let s = Session::start().await;
    let cases: Vec<(&str, usize)> = vec![
        ("?cat=forum", count(|m| m["category"] == "forum")),
        (
            "?cat=forum,security",
            count(|m| m["category"] == "forum" || m["category"] == "security"),
        ),
        (
            "?from=2019&to=2020",
            count(|m| year(m, "end") >= 2019 && year(m, "date") <= 2020),
        ),
        ("?from=2023", count(|m| year(m, "end") >= 2023)),
        ("?conf=confirmed", count(|m| m["confidence"] == "confirmed")),
        (
            "?conf=single-source",
            count(|m| m["confidence"] != "unverified"),
        ),
        (
            "?country=KAZ",
            count(|m| {
                m["countries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == "KAZ")
            }),
        ),
        (
            "?country=PAK,EGY",
            count(|m| {
                m["countries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == "PAK" || c == "EGY")
            }),
        ),
        (
            "?region=africa",
            count(|m| {
                m["countries"].as_array().unwrap().iter().any(|c| {
                    let c = c.as_str().unwrap();
                    c != "CHN" && region_of(c).as_deref() == Some("africa")
                })
            }),
        ),
        ("?q=cable", count(|m| text_matches(m, "cable"))),
        ("?q=BEIDOU", count(|m| text_matches(m, "beidou"))),
        ("?q=%E5%8C%97%E6%96%97", count(|m| text_matches(m, "北斗"))),
        (
            "?cat=forum&from=2019&conf=confirmed",
            count(|m| {
                m["category"] == "forum" && year(m, "end") >= 2019 && m["confidence"] == "confirmed"
            }),
        ),
    ];
    for (query, expected) in cases {
        assert!(expected > 0, "{query}: the case should match something");
        s.open(query).await;
        s.wait_shown(expected).await;
        // The count says how many match; the first page is drawn.
        assert_eq!(
            s.count("[data-testid=milestone]").await,
            expected.min(dsr_tracker::prerender::PAGE),
            "{query}"
        );
    }
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn changing_filters_writes_the_url_and_back_and_forward_step_through_them() {
    let s = Session::start().await;
    s.open("").await;
    let total = count(|_| true);
    s.wait_shown(total).await;

    s.find("[data-testid=cat-forum]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?cat=forum'")
        .await;
    s.wait_shown(count(|m| m["category"] == "forum")).await;

    s.find("[data-testid=filter-from]")
        .await
        .select_by_value("2020")
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?from=2020&cat=forum'")
        .await;
    let both = count(|m| m["category"] == "forum" && year(m, "end") >= 2020);
    s.wait_shown(both).await;

    // The controls reflect the URL after a reload (the URL is the state).
    s.client.refresh().await.unwrap();
    s.wait_ready().await;
    s.wait_shown(both).await;
    assert_eq!(
        s.find("[data-testid=filter-from]")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("2020")
    );
    assert_eq!(
        s.find("[data-testid=cat-forum]")
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );

    s.client.back().await.unwrap();
    s.wait_for_js("return location.search === '?cat=forum'")
        .await;
    s.wait_shown(count(|m| m["category"] == "forum")).await;
    s.client.back().await.unwrap();
    s.wait_for_js("return location.search === ''").await;
    s.wait_shown(total).await;
    s.client.forward().await.unwrap();
    s.wait_shown(count(|m| m["category"] == "forum")).await;

    s.find("[data-testid=clear-all]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for_js("return location.search === ''").await;
    s.wait_shown(total).await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn search_and_country_type_ahead_work_in_both_languages() {
    let s = Session::start().await;
    s.open("").await;
    let search = s.find("[data-testid=search]").await;
    search.send_keys("Data Security").await.unwrap();
    s.wait_for_js("return location.search === '?q=Data+Security'")
        .await;
    s.wait_shown(count(|m| {
        text_matches(m, "data") && text_matches(m, "security")
    }))
    .await;
    search.clear().await.unwrap();
    search.send_keys("x").await.unwrap();
    search.send_keys(&Key::Backspace.to_string()).await.unwrap();
    s.wait_for_js("return location.search === ''").await;

    // Type-ahead in Chinese adds Kazakhstan.
    let input = s.find("[data-testid=country-input]").await;
    input.send_keys("哈萨克").await.unwrap();
    s.find("[data-testid=country-option-KAZ]").await;
    input.send_keys(&Key::Enter.to_string()).await.unwrap();
    s.wait_for_js("return location.search === '?country=KAZ'")
        .await;
    let kaz = count(|m| {
        m["countries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "KAZ")
    });
    s.wait_shown(kaz).await;
    // And in English, Pakistan.
    input.send_keys("pakis").await.unwrap();
    s.find("[data-testid=country-option-PAK]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?country=KAZ,PAK'")
        .await;
    s.find("[data-testid=remove-country-KAZ]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?country=PAK'")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_permalink_opens_the_milestone_expanded_highlighted_and_in_view() {
    let s = Session::start().await;
    let id = "china-indonesia-ecommerce-mou";
    s.open(&format!("?event={id}")).await;
    let card = s.find(&format!("#m-{id}")).await;
    assert!(card
        .attr("class")
        .await
        .unwrap()
        .unwrap()
        .contains("selected"));
    let expanded = s
        .find(&format!("#m-{id} .m-toggle"))
        .await
        .attr("aria-expanded")
        .await
        .unwrap();
    assert_eq!(expanded.as_deref(), Some("true"));
    s.wait_for_js(&format!(
        "const r = document.getElementById('m-{id}').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight"
    ))
    .await;
    // Selecting another milestone moves the permalink; selecting it again closes it.
    s.click("#m-shanghai-data-cooperation-pilot .m-toggle")
        .await;
    s.wait_for_js("return location.search === '?event=shanghai-data-cooperation-pilot'")
        .await;
    s.click("#m-shanghai-data-cooperation-pilot .m-toggle")
        .await;
    s.wait_for_js("return location.search === ''").await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn bad_parameters_are_ignored_with_a_notice_and_the_page_still_works() {
    let s = Session::start().await;
    s.open("?from=abc&cat=nonsense,forum&country=ZZZ&conf=high&region=mars&event=no-such-thing&lang=xx&theme=pink")
        .await;
    let notice = s.text("[data-testid=notices]").await;
    for part in [
        "from=abc",
        "cat=nonsense",
        "country=ZZZ",
        "conf=high",
        "region=mars",
        "event=no-such-thing",
        "lang=xx",
        "theme=pink",
    ] {
        assert!(notice.contains(part), "{part} not in notice: {notice}");
    }
    // The valid part still applies.
    s.wait_shown(count(|m| m["category"] == "forum")).await;
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn an_empty_result_explains_itself_and_offers_to_clear() {
    let s = Session::start().await;
    s.open("?q=zzzz-nothing-matches").await;
    let text = s.text("[data-testid=empty]").await;
    assert!(text.contains("zzzz-nothing-matches"), "{text}");
    s.find("[data-testid=empty-clear]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_shown(count(|_| true)).await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_year_strip_narrows_the_range_by_mouse_and_keyboard() {
    let s = Session::start().await;
    s.open("").await;
    s.find("[data-testid=year-strip] .mark[data-year='2019']")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?from=2019&to=2019'")
        .await;
    s.wait_shown(count(|m| year(m, "end") >= 2019 && year(m, "date") <= 2019))
        .await;
    // Keyboard: focus the 2022 bar and press Enter.
    s.js("document.querySelector(\"[data-testid=year-strip] .mark[data-year='2022']\").focus(); return true").await;
    s.find("[data-testid=year-strip] .mark[data-year='2022']")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?from=2022&to=2022'")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_view_works_from_the_keyboard_alone() {
    let s = Session::start().await;
    s.open("").await;
    // Tab from the top reaches the search box; typing filters.
    let mut reached = false;
    for _ in 0..12 {
        s.js("return true").await;
        s.client
            .active_element()
            .await
            .unwrap()
            .send_keys(&Key::Tab.to_string())
            .await
            .unwrap();
        if s.js("return document.activeElement.dataset.testid === 'search'")
            .await
            == Value::Bool(true)
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached the search box");
    // The skip link, the first stop, moves focus to the main content.
    s.js("document.querySelector('.skip-link').click(); return true")
        .await;
    assert_eq!(s.js("return document.activeElement.id").await, "main");
    s.js("document.querySelector('[data-testid=search]').focus(); return true")
        .await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys("forum")
        .await
        .unwrap();
    s.wait_for_js("return location.search === '?q=forum'").await;

    // Arrow keys move between milestone headings; Enter selects.
    s.js("document.querySelector('.m-toggle').focus(); return true")
        .await;
    let first = s.js("return document.activeElement.textContent").await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Down.to_string())
        .await
        .unwrap();
    let second = s.js("return document.activeElement.textContent").await;
    assert_ne!(first, second, "ArrowDown did not move focus");
    assert_eq!(
        s.js("return document.activeElement.className").await,
        "m-toggle"
    );
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    s.wait_for_js("return location.search.includes('event=')")
        .await;
    // Focus stays on the milestone and is visible: the focused control has an outline.
    let focused = s.js("return document.activeElement.className + ' ' + getComputedStyle(document.activeElement).outlineStyle").await;
    assert_eq!(focused, "m-toggle solid");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_timeline_is_a_named_list_and_headings_name_the_cards() {
    let s = Session::start().await;
    s.open("").await;
    let label = s
        .find("[data-testid=timeline]")
        .await
        .attr("aria-label")
        .await
        .unwrap()
        .unwrap();
    assert!(label.contains("Timeline"), "{label}");
    assert_eq!(
        s.find("[data-testid=timeline]")
            .await
            .tag_name()
            .await
            .unwrap(),
        "ol"
    );
    // Each card is labelled by its heading alone.
    let ok = s
        .js("return [...document.querySelectorAll('[data-testid=milestone]')].every(a => { const h = document.getElementById(a.getAttribute('aria-labelledby')); return h && h.tagName === 'H3' && h.textContent.length < 200; })")
        .await;
    assert_eq!(ok, Value::Bool(true));
    // Source links open in a new tab without an opener (once the source
    // details, fetched after the timeline responds, are here).
    s.wait_for_js("return document.querySelectorAll('#app .sources a').length > 0")
        .await;
    let ok = s
        .js("const a = [...document.querySelectorAll('.sources a')]; return a.length > 0 && a.every(x => x.target === '_blank' && x.rel === 'noopener noreferrer' && /^https?:/.test(x.href))")
        .await;
    assert_eq!(ok, Value::Bool(true));
    // A note is visibly marked.
    let note = s
        .text("#m-shanghai-data-cooperation-pilot [data-testid=note]")
        .await;
    assert!(note.starts_with("⚠ Note:"), "{note}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn on_a_phone_the_layout_is_one_column_and_the_filters_fold() {
    let s = Session::start_with(Options {
        width: 375,
        height: 812,
        ..Options::default()
    })
    .await;
    s.open("").await;
    let hidden = s
        .js("return getComputedStyle(document.querySelector('.filter-body')).display")
        .await;
    assert_eq!(hidden, "none");
    s.find(".filters-toggle").await.click().await.unwrap();
    let shown = s
        .js("return getComputedStyle(document.querySelector('.filter-body')).display")
        .await;
    assert_ne!(shown, "none");
    // One column: the timeline is as wide as the filters, and nothing overflows sideways.
    let cols = s.js("return getComputedStyle(document.querySelector('.layout')).gridTemplateColumns.split(' ').length").await;
    assert_eq!(cols, 1);
    let overflow = s
        .js("return document.documentElement.scrollWidth <= innerWidth")
        .await;
    assert_eq!(overflow, Value::Bool(true));
    s.close().await;
}

/// Waits until the card of milestone `id` is titled `title`.
async fn wait_title(s: &Session, id: &str, title: &str) {
    s.wait_for_js(&format!(
        "return document.querySelector('#m-{id} .m-title').textContent.trim() === {}",
        Value::String(title.to_owned())
    ))
    .await;
}

/// The page reads the milestones' texts in its own language with the bundle,
/// and the other language only after the app has arrived, with the details.
/// Then a search reads both languages, and a switch of language draws the
/// other at once, the focus left on the switch.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_other_language_comes_after_the_timeline_and_a_switch_shows_it_in_place() {
    let s = Session::start().await;
    // A returning reader, who last saw the release before this one.
    s.open("").await;
    let previous = crate::whats_new::previous_version();
    s.js(&format!(
        "localStorage.setItem('dsr-tracker.seen-version', '{previous}'); return true"
    ))
    .await;
    s.open("").await;
    s.wait_for_js("return !!document.querySelector('#app [data-testid=whats-new]')")
        .await;
    s.wait_for_js("return performance.getEntriesByType('resource').some(e => e.name.endsWith('data/dsr-zh.bin') && e.responseEnd > 0)")
        .await;
    let timing = s
        .js("const by = f => performance.getEntriesByType('resource').find(e => e.name.endsWith(f));
             const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('_bg.bin'));
             return { en: by('data/dsr-en.bin').startTime, wasmStart: wasm.startTime, wasmDone: wasm.responseEnd, zh: by('data/dsr-zh.bin').startTime }")
        .await;
    let (en, wasm_start, wasm_done, zh) = (
        timing["en"].as_f64().unwrap(),
        timing["wasmStart"].as_f64().unwrap(),
        timing["wasmDone"].as_f64().unwrap(),
        timing["zh"].as_f64().unwrap(),
    );
    // English is asked for by the page's head script, no later than boot.js
    // asks for the WASM (once the first frame is drawn); Chinese only once
    // the WASM has arrived and the timeline responds.
    assert!(
        en <= wasm_start + 1.0 && zh > wasm_done,
        "English asked for no later than the WASM, Chinese after it arrived: {timing}"
    );

    // A search in Chinese on the English page finds what it finds in the data.
    let ds = dataset();
    let first = &ds["milestones"].as_array().unwrap()[0];
    let needle: String = first["title"]["zh"]
        .as_str()
        .unwrap()
        .chars()
        .take(4)
        .collect();
    s.find("#app [data-testid=search]")
        .await
        .send_keys(&needle)
        .await
        .unwrap();
    let expected = count(|m| text_matches(m, &needle));
    assert!(expected >= 1);
    s.wait_shown(expected).await;

    // The switch: the card shows its Chinese title, the focus stays on the button.
    let id = first["id"].as_str().unwrap();
    s.click("#app .lang-switch button[lang=zh-Hans]").await;
    s.wait_for_js("return document.documentElement.lang === 'zh-Hans'")
        .await;
    wait_title(&s, id, first["title"]["zh"].as_str().unwrap()).await;
    assert_eq!(
        s.js("return document.activeElement && document.activeElement.getAttribute('lang')")
            .await,
        "zh-Hans",
        "the focus stayed on the language switch"
    );
    assert_eq!(
        s.js("return document.querySelector('#app [data-testid=search]').value")
            .await,
        needle.as_str(),
        "the search is kept"
    );
    assert!(
        s.text("#app [data-testid=whats-new]")
            .await
            .contains("\u{4e0a}\u{6b21}\u{8bbf}\u{95ee}"),
        "the what's-new bar stays, in Chinese"
    );
    // For review: the page just after the switch.
    let screens = crate::harness::root().join("target/screens");
    std::fs::create_dir_all(&screens).unwrap();
    s.screenshot(&screens.join("language-switched-to-zh.png"))
        .await;
    // And back: English at once, drawn in place (the dashboard is not drawn again).
    s.js(
        "window.__dashboard = document.querySelector('#app [data-testid=dashboard]'); return true",
    )
    .await;
    s.click("#app .lang-switch button[lang=en]").await;
    wait_title(&s, id, first["title"]["en"].as_str().unwrap()).await;
    assert_eq!(
        s.js(
            "return window.__dashboard === document.querySelector('#app [data-testid=dashboard]')"
        )
        .await,
        Value::Bool(true)
    );
    assert!(
        s.console_errors().await.is_empty(),
        "{:?}",
        s.console_errors().await
    );
    s.close().await;
}
