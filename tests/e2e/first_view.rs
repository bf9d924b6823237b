//! The first view rendered at build time: it reads without JavaScript, it is what the app draws, shared links never show it, and the app takes over without a shift, keeping scroll, focus and what the reader did.

use std::time::Duration;

use serde_json::{json, Value};

use crate::harness::{dataset, Options, Session};

/// Every milestone card under `root` as `[id, title, date, number of sources]`.
fn cards(root: &str) -> String {
    format!(
        "return Array.from(document.querySelectorAll('{root} [data-testid=milestone]')).map(a => [a.dataset.id, a.querySelector('.m-title').textContent.trim(), a.querySelector('time').textContent.trim(), a.querySelectorAll('.sources li').length])"
    )
}

/// All the text under `root`, with runs of white space made one space,
/// leaving out the year strip (drawn for the width of the window; its
/// numbers are compared through its marks).
fn text_of(root: &str) -> String {
    format!("const c = document.querySelector('{root}').cloneNode(true); c.querySelectorAll('[data-testid=year-strip]').forEach(e => e.remove()); return c.textContent.replace(/\\s+/g, ' ').trim()")
}

/// The year strip's marks: each year's tooltip, the same at any width.
fn strip_marks(root: &str) -> String {
    format!("return Array.from(document.querySelectorAll('{root} [data-testid=year-strip] .mark')).map(m => m.getAttribute('aria-label'))")
}

/// The sum of the page's layout shifts that no input explains, and what
/// moved: each shift's time and the elements it moved.
async fn layout_shift(s: &Session) -> (f64, String) {
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; let sum = 0; const what = [];
             const name = n => !n ? '?' : n.nodeType !== 1 ? n.nodeName : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && n.className.baseVal === undefined ? '.' + String(n.className).split(' ').join('.') : '');
             new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) {
               sum += e.value;
               what.push(Math.round(e.startTime) + ' ms ' + e.value.toFixed(4) + ': ' + e.sources.map(x => name(x.node) + ' ' + JSON.stringify([x.previousRect.x, x.previousRect.y, x.currentRect.x, x.currentRect.y])).join(', '));
             } }).observe({ type: 'layout-shift', buffered: true });
             setTimeout(() => done([sum, what.join('; ')]), 300);",
            vec![],
        )
        .await
        .expect("read the layout shifts");
    (
        v[0].as_f64().unwrap_or(f64::NAN),
        v[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn without_javascript_the_first_view_reads_completely() {
    let s = Session::start_with(Options {
        javascript: false,
        width: 390,
        height: 844,
        ..Options::default()
    })
    .await;
    s.goto("").await;
    let n = dataset()["milestones"].as_array().unwrap().len();
    assert_eq!(
        s.count("#first-view [data-testid=milestone]").await,
        n.min(dsr_tracker::prerender::PAGE),
        "the first page of milestones is in the page"
    );
    // Sources are real links; the year strip is inline SVG; the noscript line says what needs JavaScript.
    let link = s.find("#first-view .sources a").await;
    let href = link.attr("href").await.unwrap().unwrap();
    assert!(href.starts_with("http"), "{href}");
    assert_eq!(s.count("#first-view [data-testid=year-strip] svg").await, 1);
    let note = s.text("noscript .noscript, .noscript").await;
    assert!(note.contains("need JavaScript"), "{note}");
    assert!(
        note.contains("data/dsr.json"),
        "the complete data is named: {note}"
    );
    assert!(s
        .find("#first-view [data-testid=milestone] .m-title")
        .await
        .is_displayed()
        .await
        .unwrap());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_first_view_is_what_the_app_draws_and_the_takeover_shifts_nothing() {
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(1500)),
        ..Options::default()
    })
    .await;
    s.goto("").await;
    s.js("window.scrollTo(0, 800); return true").await;
    let before = s.js(&cards("#first-view")).await;
    let before_text = s.js(&text_of("#first-view")).await;
    let before_strip = s.js(&strip_marks("#first-view")).await;
    assert!(before.as_array().is_some_and(|a| !a.is_empty()), "{before}");
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view"
    );
    s.wait_ready().await;
    let after = s.js(&cards("#app")).await;
    assert_eq!(
        before, after,
        "the same milestones, in the same order, with the same text"
    );
    assert_eq!(
        before_text,
        s.js(&text_of("#app")).await,
        "the same text throughout"
    );
    assert_eq!(
        before_strip,
        s.js(&strip_marks("#app")).await,
        "the same counts per year"
    );
    assert_eq!(s.count("#first-view").await, 0, "the first view is gone");
    let y = s.js("return window.scrollY").await.as_f64().unwrap();
    assert!(
        (y - 800.0).abs() <= 1.0,
        "the reading position moved to {y}"
    );
    let (cls, moved) = layout_shift(&s).await;
    assert!(cls <= 0.01, "layout shift {cls}: {moved}");
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

/// The bundle is asked for by the page's own `<head>` (a preload written by
/// `scripts/post-build.sh`) and the app takes that response; the main WASM
/// by `boot.js` (a script; it waits for the first frame, which paint timing
/// cannot pin down: a frame's paint entry can be stamped after it). Each is requested once, and
/// the main module gzip-compressed, never as itself.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_head_asks_for_the_bundle_and_the_wasm_comes_once_the_page_is_drawn() {
    let s = Session::start().await;
    s.goto("").await;
    s.wait_ready().await;
    let requests = s.requests().await;
    for (file, by) in [("_bg.bin", "script"), ("/data/dsr.bin", "parser")] {
        let asked: Vec<_> = requests.iter().filter(|(u, _)| u.ends_with(file)).collect();
        assert_eq!(
            asked.len(),
            1,
            "{file} was requested {} times: {requests:?}",
            asked.len()
        );
        assert_eq!(
            asked[0].1, by,
            "{file} was not asked for by the {by}: {requests:?}"
        );
    }
    // The texts depend on the address, so a script asks for them.
    let texts: Vec<_> = requests
        .iter()
        .filter(|(u, _)| u.ends_with("/data/dsr-en.bin"))
        .collect();
    assert_eq!(texts.len(), 1, "{requests:?}");
    // The main module comes compressed (`…_bg.bin`, unpacked by boot.js):
    // the module itself is left to browsers without DecompressionStream.
    assert!(
        !requests.iter().any(|(u, _)| u.ends_with("_bg.wasm")),
        "{requests:?}"
    );
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_shared_link_shows_a_neutral_shell_never_the_first_view() {
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(1200)),
        ..Options::default()
    })
    .await;
    // The app is held back at the server: the service worker's copy, there
    // from the second link on, is bypassed.
    s.cdp("Network.enable", json!({})).await;
    s.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    for link in [
        "?view=charts&cat=forum",
        "?lang=zh",
        "?event=wic-2015",
        "?embed=agreements",
    ] {
        s.goto(link).await;
        // public/entry.js decides in <head>, before anything is drawn; by the
        // time the page has loaded (and the app is still held back) the first
        // view is out of the page and the neutral shell is shown.
        assert_eq!(
            s.js("return document.documentElement.dataset.entry").await,
            "shell",
            "{link}"
        );
        assert_eq!(s.count("#first-view").await, 0, "{link}");
        assert!(
            s.find("#boot-shell").await.is_displayed().await.unwrap(),
            "{link}"
        );
        s.wait_ready().await;
        assert_eq!(s.count("#boot-shell").await, 0, "{link}");
    }
    // Only the theme is not a different view: the first view is shown, in that theme.
    s.goto("?theme=dark").await;
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view"
    );
    assert_eq!(
        s.js("return document.documentElement.dataset.theme").await,
        "dark"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn what_the_reader_does_before_the_app_is_ready_is_kept() {
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(2500)),
        ..Options::default()
    })
    .await;
    s.goto("").await;
    // Type a search, tick a category and open a milestone, all before the app runs.
    s.find("#first-view [data-testid=search]")
        .await
        .send_keys("cable")
        .await
        .unwrap();
    s.click("#first-view [data-testid=cat-infrastructure]")
        .await;
    s.js("document.querySelector('#first-view [data-testid=search]').focus(); return true")
        .await;
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view",
        "the app was ready too soon for this test"
    );
    s.wait_ready().await;
    s.wait_for_js("return location.search.includes('q=cable') && location.search.includes('cat=infrastructure')").await;
    let ds = dataset();
    let expected = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["category"] == "infrastructure")
        .filter(|m| {
            let mut text = String::new();
            for field in ["title", "summary", "note"] {
                for lang in ["en", "zh"] {
                    text.push_str(m[field][lang].as_str().unwrap_or(""));
                    text.push('\n');
                }
            }
            for src in m["sources"].as_array().unwrap() {
                text.push_str(src["title"].as_str().unwrap_or(""));
                text.push('\n');
            }
            text.to_lowercase().contains("cable")
        })
        .count();
    s.wait_shown(expected).await;
    assert_eq!(
        s.js(
            "return document.activeElement === document.querySelector('#app [data-testid=search]')"
        )
        .await,
        Value::Bool(true),
        "the focus moved to the app's search box"
    );
    s.close().await;

    // On a phone: the filters opened (and a milestone chosen) before the app
    // are open (and chosen) in it; until then buttons say they are not ready.
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(2500)),
        width: 390,
        height: 844,
        ..Options::default()
    })
    .await;
    s.goto("").await;
    assert_eq!(
        s.js(
            "return getComputedStyle(document.querySelector('#first-view .filters-toggle')).cursor"
        )
        .await,
        "progress"
    );
    s.click("#first-view .filters-toggle").await;
    let id = s
        .js("return document.querySelector('#first-view [data-testid=milestone]').dataset.id")
        .await;
    let id = id.as_str().unwrap().to_owned();
    s.click(&format!("#first-view [data-id='{id}'] .m-toggle"))
        .await;
    s.wait_ready().await;
    s.wait_for_js(&format!("return location.search === '?event={id}'"))
        .await;
    assert_eq!(
        s.js("return document.querySelector('#app .filters').classList.contains('open')")
            .await,
        Value::Bool(true),
        "the filters opened before the app are open in it"
    );
    s.close().await;
}

/// A year chosen on the first view's strip before the app is ready: the app
/// is swapped in already filtered (the app starts from the year's address,
/// or follows it), so the whole list is never drawn live only to be filtered
/// a moment later; and it is the list the app draws for that year from the
/// address.
#[tokio::test]
#[ignore]
async fn a_year_chosen_before_the_app_is_ready_is_swapped_in_filtered() {
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(2500)),
        ..Options::default()
    })
    .await;
    s.goto("").await;
    // What the live page holds the moment it is shown (a mutation
    // observer's callback runs right after the task that showed it).
    s.js(
        "window.__atSwap = null;
         const app = document.getElementById('app');
         new MutationObserver((_, o) => {
           if (app.hidden) return;
           o.disconnect();
           window.__atSwap = {
             cards: Array.from(document.querySelectorAll('#app [data-testid=milestone]')).map(a => a.dataset.id),
             count: document.querySelector('#app [data-testid=count]').textContent.trim(),
             search: location.search,
           };
         }).observe(app, { attributes: true, attributeFilter: ['hidden'] });
         document.querySelector(\"#first-view [data-testid=year-strip] .mark[data-year='2019']\")
           .dispatchEvent(new MouseEvent('click', { bubbles: true }));
         return true",
    )
    .await;
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view",
        "the app was ready too soon for this test"
    );
    s.wait_ready().await;
    s.wait_for_js("return window.__atSwap !== null").await;
    let at_swap = s.js("return window.__atSwap").await;
    assert!(
        at_swap["search"]
            .as_str()
            .unwrap_or("")
            .contains("from=2019&to=2019"),
        "the year was chosen before the swap: {at_swap}"
    );
    let total = dataset()["milestones"].as_array().unwrap().len();
    let shown_at_swap = at_swap["cards"].as_array().unwrap().len();
    assert!(
        shown_at_swap > 0 && shown_at_swap < total.min(dsr_tracker::prerender::PAGE),
        "the live page showed {shown_at_swap} cards when swapped in"
    );
    // The same page as the address draws by itself.
    s.wait_for_js("return document.querySelectorAll('#app [data-testid=milestone]').length > 0")
        .await;
    let settled = s.js(&cards("#app")).await;
    let ids_at_swap: Vec<&str> = at_swap["cards"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let ids_settled: Vec<&str> = settled
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c[0].as_str())
        .collect();
    assert_eq!(
        ids_at_swap, ids_settled,
        "the swap showed the filtered list, and it stayed"
    );
    let count = at_swap["count"].as_str().unwrap_or("").to_owned();
    s.close().await;

    let s = Session::start().await;
    s.open("?from=2019&to=2019").await;
    let direct = s.js(&cards("#app")).await;
    let ids_direct: Vec<&str> = direct
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c[0].as_str())
        .collect();
    assert_eq!(ids_settled, ids_direct, "the cards the address draws");
    assert_eq!(s.text("#app [data-testid=count]").await.trim(), count);
    s.close().await;
}

/// Records the cards ever added to the app's page, from now on.
const RECORD_ADDED: &str = "window.__added = [];
     new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => {
       if (n.nodeType !== 1) return;
       const cards = n.matches('[data-testid=milestone]') ? [n] : [...n.querySelectorAll('[data-testid=milestone]')];
       cards.forEach((c) => window.__added.push(c.dataset.id));
     }))).observe(document.getElementById('app'), { childList: true, subtree: true });";

/// A year chosen as the first thing, before the app has started, is the
/// address it starts from (the year's `data-href`, from the app's own
/// action): the app draws that year's list and never the whole one, and
/// Back shows every year again, as after the app's own choice. Chosen a
/// second time before the app is ready, the year is shown, then every year
/// again, in that order.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_year_chosen_before_the_app_starts_is_the_address_it_starts_from() {
    let total = dataset()["milestones"].as_array().unwrap().len();
    let of_2019: Vec<String> = dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["date"].as_str().unwrap_or("").starts_with("2019"))
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    let mark = "document.querySelector(\"#first-view [data-testid=year-strip] .mark[data-year='2019']\").dispatchEvent(new MouseEvent('click', { bubbles: true }));";
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(2500)),
        ..Options::default()
    })
    .await;
    s.goto("").await;
    let search = s
        .js(&format!("{RECORD_ADDED} {mark} return location.search"))
        .await;
    assert_eq!(search, "?from=2019&to=2019", "the address went to the year");
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view",
        "the app was ready too soon for this test"
    );
    s.wait_ready().await;
    s.wait_for_js("return document.querySelectorAll('#app [data-testid=milestone]').length > 0")
        .await;
    let added: Vec<String> = serde_json::from_value(s.js("return window.__added").await).unwrap();
    assert!(
        !added.is_empty() && added.iter().all(|id| of_2019.contains(id)),
        "the app drew cards of other years: {added:?}"
    );
    assert!(s.console_errors().await.is_empty());
    // Back: every year, as the first view showed them.
    s.js("history.back(); return true").await;
    let page = total.min(dsr_tracker::prerender::PAGE);
    s.wait_for_js(&format!(
        "return location.search === '' && document.querySelectorAll('#app [data-testid=milestone]').length === {page}"
    ))
    .await;
    s.close().await;

    // Twice: the year, then every year again (the second choice is replayed
    // in the app, after the first).
    let s = Session::start_with(Options {
        wasm_delay: Some(Duration::from_millis(2500)),
        ..Options::default()
    })
    .await;
    s.goto("").await;
    s.js(&format!("{mark} {mark} return true")).await;
    assert_eq!(
        s.js("return document.documentElement.dataset.entry").await,
        "first-view",
        "the app was ready too soon for this test"
    );
    s.wait_ready().await;
    s.wait_for_js(&format!(
        "return location.search === '' && document.querySelectorAll('#app [data-testid=milestone]').length === {page}"
    ))
    .await;
    s.close().await;
}
