//! Browser benchmark, side by side with TimelineJS 3.9.11: first paint, a filter click to the list updated, bytes, memory and keystrokes, on a desktop and under phone conditions.
//!
//! Run with `bash scripts/bench.sh browser` (or, with `dist/` built and
//! `npm ci --prefix tools/timelinejs` done, `cargo bench --bench browser`).
//! It serves `dist/` and TimelineJS from one local server, gzip-encoded as a
//! host sends them, gives both the same events (the bundled dataset, or a
//! synthetic one of the chosen size), and prints tables. Sizes can be chosen:
//! `cargo bench --bench browser -- 2000 10000`.
//!
//! The probe is the same for both: from navigation start to the later of
//! the first milestone's headline shown (in the DOM, with a box), plus two
//! animation frames, and the browser's first contentful paint. Every cold
//! load is a first visit to a server of its own on a new port: a new origin
//! (no service worker, nothing stored, no compiled code) over new
//! connections, with the HTTP cache off. After them, the second visit (the
//! service worker installed) and an offline reload (the site dropping every
//! request) are measured on the phone and the desktop. Phone
//! conditions are Lighthouse's mobile profile, set through the DevTools
//! protocol: CPU slowed 4×, 1.6 Mbps down, 750 kbps up, 150 ms round trip.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::time::Duration;

use harness::{root, Options, Session};
use serde_json::{json, Value};

/// Loads per measure; the median is printed.
const LOADS: usize = 3;

/// Found at the first milestone's headline: ours, and TimelineJS's slides.
const HEADLINE: &str = "[data-testid=milestone] .m-title, .tl-slide-content .tl-headline";

/// Installed before any page script runs: records when the first headline is
/// in the DOM plus two frames (`__dsrProbe.paint`), and, for our app, when the
/// list shows the filter clicked as soon as the page appeared (`__dsrProbe.filtered`).
const PROBE: &str = r##"
window.__dsrProbe = { paint: null, filtered: null, clicked: null, live: null, long: [] };
(function () {
  // For DSR_BENCH_TRACE: the long tasks (start, duration).
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__dsrProbe.long.push([Math.round(e.startTime), Math.round(e.duration)])))
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const headline = "HEADLINE";
  const twoFrames = f => requestAnimationFrame(() => requestAnimationFrame(f));
  const tick = () => {
    const p = window.__dsrProbe;
    // Only what is shown: a hidden element has no boxes.
    const shown = el => el && el.getClientRects().length > 0;
    const h = Array.from(document.querySelectorAll(headline)).find(shown);
    if (p.paint === null && h && h.textContent.trim()) {
      p.paint = -1;
      twoFrames(() => { p.paint = performance.now(); });
    }
    // Our app: choose 2019 on the year strip as soon as it shows, then wait for the list to follow.
    const box = Array.from(document.querySelectorAll("#first-view [data-testid=year-strip] .mark[data-year='2019'], #app [data-testid=year-strip] .mark[data-year='2019']")).find(shown);
    if (box && p.clicked === null && p.paint !== null) {
      p.clicked = performance.now();
      box.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    if (p.live === null && document.documentElement.dataset.entry === 'live') p.live = performance.now();
    const count = document.querySelector('#app [data-testid=count]');
    if (p.clicked !== null && p.filtered === null && document.documentElement.dataset.entry === 'live'
        && location.search.includes('from=2019&to=2019') && count && window.__dsrExpected && count.textContent.startsWith(window.__dsrExpected)) {
      p.filtered = -1;
      twoFrames(() => { p.filtered = performance.now(); });
    }
    if (p.paint === null || p.paint === -1 || (document.querySelector('#app, #first-view') && (p.filtered === null || p.filtered === -1))) {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
})();
"##;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Peer {
    Ours,
    TimelineJs,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Conditions {
    Desktop,
    Phone,
}

/// One load's figures.
#[derive(Default, Clone)]
struct Load {
    paint_ms: f64,
    filtered_ms: f64,
    bytes_before_paint: f64,
    bytes_until_interactive: f64,
    bytes_total: f64,
    heap_mb: f64,
    wasm_mb: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.retain(|x| x.is_finite());
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

/// Our dataset as TimelineJS events: the same milestones, headline and text.
fn timeline_json(ds: &Value) -> Value {
    let events: Vec<Value> = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let date = m["date"].as_str().unwrap_or("2013");
            let mut parts = date.split('-').map(|p| p.parse::<u32>().unwrap_or(1));
            let mut start = json!({ "year": parts.next().unwrap_or(2013) });
            if let Some(month) = parts.next() {
                start["month"] = json!(month);
            }
            if let Some(day) = parts.next() {
                start["day"] = json!(day);
            }
            json!({
                "start_date": start,
                "text": { "headline": m["title"]["en"], "text": m["summary"]["en"] },
                "group": m["category"],
                "unique_id": m["id"],
            })
        })
        .collect();
    json!({ "events": events })
}

/// Writes the TimelineJS page for `name` (its events in `tl-name.json`).
fn timeline_page(dir: &std::path::Path, name: &str) {
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>TimelineJS</title><link rel=\"stylesheet\" href=\"timelinejs/css/timeline.css\"><script src=\"timelinejs/js/timeline.js\"></script></head>\
         <body><div id=\"timeline-embed\" style=\"width:100%;height:600px\"></div>\
         <script src=\"tl-start.js\" data-events=\"tl-{name}.json\"></script></body></html>"
    );
    std::fs::write(dir.join(format!("tl-{name}.html")), html).unwrap();
}

/// Sets the tab's network and CPU to the conditions, and empties its cache;
/// with `worker`, a service worker's copy may answer (a second visit).
async fn condition(s: &Session, c: Conditions, worker: bool) {
    s.cdp("Network.enable", json!({})).await;
    s.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    s.cdp(
        "Network.setBypassServiceWorker",
        json!({ "bypass": !worker }),
    )
    .await;
    let (latency, down, up, cpu) = match c {
        Conditions::Desktop => (0.0, -1.0, -1.0, 1.0),
        Conditions::Phone => (150.0, 1_600_000.0 / 8.0, 750_000.0 / 8.0, 4.0),
    };
    s.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency, "downloadThroughput": down, "uploadThroughput": up }),
    )
    .await;
    s.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": cpu }))
        .await;
}

/// How a load reaches the site.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    /// A first visit: a server of its own on a new port, so a new origin
    /// (no service worker, nothing stored, no compiled code kept) and new
    /// connections, each paying its round trips; no HTTP cache.
    First,
    /// A second visit to the session's server, whose service worker is
    /// installed (no HTTP cache either).
    Second,
}

/// Loads `path` once and reads the probe, the bytes and the memory. A load
/// of TimelineJS that shows nothing within the time allowed is `Err` (what
/// the probe saw): on a slow host its 10,000 slides can take minutes on the
/// phone profile. One of ours is a failure.
async fn load(
    s: &Session,
    peer: Peer,
    path: &str,
    expected: &str,
    c: Conditions,
    visit: Visit,
) -> Result<Load, String> {
    s.client.goto("about:blank").await.expect("blank");
    condition(s, c, visit == Visit::Second).await;
    let own = (visit == Visit::First).then(|| harness::Server::start_with(None, true));
    let url = own.as_ref().unwrap_or(&s.server).url(path);
    s.client.goto(&url).await.expect("navigate");
    s.js(&format!(
        "window.__dsrExpected = {}; return true",
        json!(expected)
    ))
    .await;
    let timeout = match c {
        Conditions::Desktop => 60,
        Conditions::Phone => 180,
    };
    let done = match peer {
        Peer::Ours => "return window.__dsrProbe.paint > 0 && window.__dsrProbe.filtered > 0",
        Peer::TimelineJs => "return window.__dsrProbe.paint > 0",
    };
    if !s.try_wait_for_js(done, timeout).await {
        let state = s
            .js("return JSON.stringify([window.__dsrProbe, location.search, document.documentElement.dataset.entry, (document.querySelector('#app [data-testid=count]') || {}).textContent, window.__dsrExpected])")
            .await;
        assert!(
            peer == Peer::TimelineJs,
            "the probe timed out on {path}: {state}"
        );
        return Err(format!("nothing shown within {timeout} s: {state}"));
    }
    // DSR_BENCH_TRACE=1: when each file arrived, the long tasks and the
    // probe's moments, for one load of ours (ms from navigation).
    if peer == Peer::Ours && std::env::var_os("DSR_BENCH_TRACE").is_some() {
        let trace = s
            .js("const p = window.__dsrProbe;
                 const files = performance.getEntriesByType('resource').map(e => [e.name.split('/').pop().slice(0, 28), Math.round(e.startTime), Math.round(e.responseEnd)]);
                 return JSON.stringify({ paint: Math.round(p.paint), clicked: Math.round(p.clicked), live: Math.round(p.live), filtered: Math.round(p.filtered), long: p.long, files })")
            .await;
        eprintln!("trace {path}: {}", trace.as_str().unwrap_or_default());
    }
    // Memory is what stays once the load's garbage is collected (the JSON
    // text, parsed copies), for both peers alike.
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    // First paint is the later of the probe (the first headline shown, plus
    // two frames) and the browser's own first contentful paint: the
    // stricter reading.
    let v = s
        .js(
            "const p = window.__dsrProbe;
             const nav = performance.getEntriesByType('navigation')[0];
             const all = [nav, ...performance.getEntriesByType('resource')];
             // The page itself always counts: a first paint can come before
             // the last of it has arrived (ours, on a phone).
             const upTo = t => all.filter(e => e === nav || e.responseEnd <= t).reduce((n, e) => n + (e.transferSize || 0), 0);
             const interactive = p.filtered > 0 ? p.filtered : p.paint;
             const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || 0;
             const paint = Math.max(p.paint, fcp);
             return [paint, p.filtered, upTo(paint), upTo(interactive), upTo(1e12),
                     performance.memory ? performance.memory.usedJSHeapSize : 0,
                     window.dsrWasmMemory ? window.dsrWasmMemory.buffer.byteLength : 0];",
        )
        .await;
    let f = |i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    Ok(Load {
        paint_ms: f(0),
        filtered_ms: if peer == Peer::Ours { f(1) } else { f64::NAN },
        bytes_before_paint: f(2) / 1024.0,
        bytes_until_interactive: f(3) / 1024.0,
        bytes_total: f(4) / 1024.0,
        heap_mb: f(5) / 1_048_576.0,
        wasm_mb: f(6) / 1_048_576.0,
    })
}

/// The median of each figure over `LOADS` loads. A peer that timed out is
/// not loaded again: its figures are `—`, and why is said on stderr.
async fn measure(
    s: &Session,
    peer: Peer,
    path: &str,
    expected: &str,
    c: Conditions,
    visit: Visit,
) -> Load {
    let mut loads = Vec::new();
    for _ in 0..LOADS {
        match load(s, peer, path, expected, c, visit).await {
            Ok(l) => loads.push(l),
            Err(why) => {
                eprintln!("TimelineJS on {path}: {why}; its figures are shown as —");
                loads.clear();
                break;
            }
        }
    }
    let m = |f: fn(&Load) -> f64| median(loads.iter().map(f).collect());
    Load {
        paint_ms: m(|l| l.paint_ms),
        filtered_ms: m(|l| l.filtered_ms),
        bytes_before_paint: m(|l| l.bytes_before_paint),
        bytes_until_interactive: m(|l| l.bytes_until_interactive),
        bytes_total: m(|l| l.bytes_total),
        heap_mb: m(|l| l.heap_mb),
        wasm_mb: m(|l| l.wasm_mb),
    }
}

/// For each keystroke in the search box: from the input event to the list laid out, in ms.
async fn keystrokes(s: &Session) -> Vec<f64> {
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const input = document.querySelector('#app [data-testid=search]');
             const words = ['c','ca','cab','cabl','cable','cabl','cab','ca','c','',
                            's','sa','sat','sate','satel','satell','satelli','satellit','satellite',''];
             const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
             const task = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
             (async () => {
               const times = [];
               await frame();
               for (const w of words) {
                 const t0 = performance.now();
                 input.value = w;
                 input.dispatchEvent(new Event('input', { bubbles: true }));
                 await task();
                 void document.body.offsetHeight;
                 times.push(performance.now() - t0);
                 await frame();
               }
               done(times);
             })();",
            vec![],
        )
        .await
        .expect("keystrokes");
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default()
}

/// For each of ten milestones in turn: from the click on its title to the
/// card expanded (the click's task run and the page laid out), in ms.
async fn openings(s: &Session) -> Vec<f64> {
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
             const task = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
             (async () => {
               const times = [];
               const toggles = Array.from(document.querySelectorAll('#app .m-toggle')).slice(0, 10);
               for (const t of toggles) {
                 await frame();
                 const t0 = performance.now();
                 t.click();
                 await task();
                 void document.body.offsetHeight;
                 const t1 = performance.now();
                 if (t.getAttribute('aria-expanded') !== 'true') { times.push(NaN); continue; }
                 times.push(t1 - t0);
               }
               done(times);
             })();",
            vec![],
        )
        .await
        .expect("openings");
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_f64().unwrap_or(f64::NAN)).collect())
        .unwrap_or_default()
}

/// The count the list shows once 2019 is chosen on the year strip, as the app words it: "12 of 94".
fn expected_count(ds: &Value) -> String {
    let all = ds["milestones"].as_array().unwrap();
    let year = |m: &Value, f: &str| {
        m[f].as_str()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<u16>().ok())
    };
    let forum = all
        .iter()
        .filter(|m| {
            let start = year(m, "date").unwrap_or(0);
            let end = year(m, "end").unwrap_or(start);
            start <= 2019 && end >= 2019
        })
        .count();
    let n = |x: usize| {
        let s = x.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    format!("{} of {}", n(forum), n(all.len()))
}

fn ratio(peer: f64, ours: f64) -> String {
    if peer.is_finite() && ours.is_finite() && ours > 0.0 {
        let r = peer / ours;
        if r >= 1.0 {
            format!("{r:.1}× faster")
        } else {
            format!("{:.1}× slower", 1.0 / r)
        }
    } else {
        "—".to_owned()
    }
}

/// Megabytes to a tenth, `—` for a figure not measured.
fn fmt_mb(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.1}")
    } else {
        "—".to_owned()
    }
}

fn fmt_ms(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.0}")
    } else {
        "—".to_owned()
    }
}

/// Lighthouse's performance audit with its mobile defaults (simulated slow
/// 4G and a 4× slower CPU), `RUNS` times on `url`: the medians of the score,
/// FCP, LCP, CLS and TBT.
fn lighthouse(bin: &std::path::Path, url: &str) -> [f64; 5] {
    const RUNS: usize = 3;
    let out = root().join("target/bench-data/lighthouse.json");
    let chrome = std::process::Command::new("sh")
        .args(["-c", "command -v chromium"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let mut runs: Vec<[f64; 5]> = Vec::new();
    for _ in 0..RUNS {
        let ok = std::process::Command::new(bin)
            .arg(url)
            .args([
                "--quiet",
                "--only-categories=performance",
                "--output=json",
                "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
            ])
            .arg(format!("--output-path={}", out.display()))
            .env("CHROME_PATH", &chrome)
            .status()
            .is_ok_and(|st| st.success());
        let report: Value = std::fs::read_to_string(&out)
            .ok()
            .filter(|_| ok)
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or(Value::Null);
        let audit = |k: &str| {
            report["audits"][k]["numericValue"]
                .as_f64()
                .unwrap_or(f64::NAN)
        };
        runs.push([
            report["categories"]["performance"]["score"]
                .as_f64()
                .map_or(f64::NAN, |x| x * 100.0),
            audit("first-contentful-paint"),
            audit("largest-contentful-paint"),
            audit("cumulative-layout-shift"),
            audit("total-blocking-time"),
        ]);
    }
    std::array::from_fn(|i| median(runs.iter().map(|r| r[i]).collect()))
}

#[tokio::main]
async fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![0, 2000, 10_000];
    }
    let tl_dist = root().join("tools/timelinejs/node_modules/@knight-lab/timelinejs/dist");
    assert!(
        tl_dist.join("js/timeline.js").exists(),
        "TimelineJS is missing: run `npm ci --prefix tools/timelinejs` (scripts/bench.sh does)"
    );
    let dir = root().join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    let link = dir.join("timelinejs");
    if !link.exists() {
        std::os::unix::fs::symlink(&tl_dist, &link).expect("link TimelineJS");
    }
    std::fs::write(
        dir.join("tl-start.js"),
        "const s = document.currentScript; new TL.Timeline('timeline-embed', new URL(s.dataset.events, location.href).href, { script_path: new URL('timelinejs/js/', location.href).href });\n",
    )
    .unwrap();

    // The same events for both: the bundled data, and synthetic datasets.
    let mut runs: Vec<(String, String, String, String)> = Vec::new();
    for &n in &sizes {
        let (ds, ours, label) = if n == 0 {
            let ds = harness::dataset();
            let n = ds["milestones"].as_array().map_or(0, Vec::len);
            (ds, String::new(), format!("{n} (bundled)"))
        } else {
            let ds = serde_json::to_value(dsr_core::synth::dataset(n, 42)).expect("serialise");
            std::fs::write(dir.join(format!("synth-{n}.json")), ds.to_string())
                .expect("write synthetic data");
            (ds, format!("?data=bench/synth-{n}.json"), n.to_string())
        };
        let name = if n == 0 {
            "bundled".to_owned()
        } else {
            format!("synth-{n}")
        };
        std::fs::write(
            dir.join(format!("tl-{name}.json")),
            timeline_json(&ds).to_string(),
        )
        .unwrap();
        timeline_page(&dir, &name);
        runs.push((
            label,
            ours,
            format!("bench/tl-{name}.html"),
            expected_count(&ds),
        ));
    }

    println!("\nDSR Tracker beside TimelineJS 3.9.11 (headless Chromium, release build, gzip-encoded, median of {LOADS} cold loads)\n");
    // DSR_BENCH_ONLY=desktop|phone|lighthouse: one part of the benchmark, for a quick look.
    let only = std::env::var("DSR_BENCH_ONLY").unwrap_or_default();
    assert!(
        ["", "desktop", "phone", "lighthouse"].contains(&only.as_str()),
        "DSR_BENCH_ONLY is {only:?}: it takes desktop, phone or lighthouse"
    );
    for c in [Conditions::Desktop, Conditions::Phone] {
        let wanted = match c {
            Conditions::Desktop => "desktop",
            Conditions::Phone => "phone",
        };
        if !only.is_empty() && only != wanted {
            continue;
        }
        let s = Session::start_with(Options {
            precise_memory: true,
            gzip: true,
            width: if c == Conditions::Phone { 390 } else { 1280 },
            height: if c == Conditions::Phone { 844 } else { 900 },
            ..Options::default()
        })
        .await;
        s.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE.replace("HEADLINE", HEADLINE) }),
        )
        .await;
        let conditions = match c {
            Conditions::Desktop => "desktop, no throttling",
            Conditions::Phone => "phone: CPU 4× slower, 1.6 Mbps, 150 ms round trip",
        };
        println!("### {conditions}\n");
        println!("| milestones | first paint: TimelineJS (ms) | ours (ms) | ratio | filter click → list updated, ours (ms) | vs TimelineJS's first paint | bytes before first paint: TimelineJS / ours (KB) | bytes until interactive: TimelineJS / ours (KB) | all bytes: TimelineJS / ours (KB) | memory: TimelineJS / ours (MB) |");
        println!("|---:|---:|---:|---|---:|---|---|---|---|---|");
        // Ours on the bundled data, the first visit the second is compared with.
        let mut first = None;
        for (label, ours_path, tl_path, expected) in &runs {
            let tl = measure(&s, Peer::TimelineJs, tl_path, expected, c, Visit::First).await;
            let us = measure(&s, Peer::Ours, ours_path, expected, c, Visit::First).await;
            if ours_path.is_empty() {
                first = Some(us.clone());
            }
            println!(
                "| {label} | {} | {} | {} | {} | {} | {} / {:.0} | {} / {:.0} | {} / {:.0} | {} / {:.1} |",
                fmt_ms(tl.paint_ms),
                fmt_ms(us.paint_ms),
                ratio(tl.paint_ms, us.paint_ms),
                fmt_ms(us.filtered_ms),
                ratio(tl.paint_ms, us.filtered_ms),
                fmt_ms(tl.bytes_before_paint),
                us.bytes_before_paint,
                fmt_ms(tl.bytes_until_interactive),
                us.bytes_until_interactive,
                fmt_ms(tl.bytes_total),
                us.bytes_total,
                fmt_mb(tl.heap_mb),
                us.heap_mb + us.wasm_mb,
            );
        }
        println!();
        // The second visit and an offline reload (bundled data), against the first visit.
        if let (Some(first), Some((_, ours_path, _, expected))) =
            (first, runs.iter().find(|r| r.1.is_empty()))
        {
            // The visit that installs the worker, which takes the page over once idle.
            s.client.goto("about:blank").await.expect("blank");
            condition(&s, Conditions::Desktop, true).await;
            s.client
                .goto(&s.server.url(ours_path))
                .await
                .expect("navigate");
            assert!(
                s.try_wait_for_js(
                    "return !!navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'",
                    60
                )
                .await,
                "the service worker did not take the page over"
            );
            let second = measure(&s, Peer::Ours, ours_path, expected, c, Visit::Second).await;
            s.server.set_offline(true);
            let offline = measure(&s, Peer::Ours, ours_path, expected, c, Visit::Second).await;
            s.server.set_offline(false);
            println!("| ours, bundled data | first paint (ms) | filter click → list updated (ms) | bytes over the network (KB) |");
            println!("|---|---:|---:|---:|");
            for (name, l) in [
                ("first visit (new origin, no cache)", &first),
                ("second visit (service worker)", &second),
                (
                    "offline reload (service worker; the site unreachable)",
                    &offline,
                ),
            ] {
                println!(
                    "| {name} | {} | {} | {:.0} |",
                    fmt_ms(l.paint_ms),
                    fmt_ms(l.filtered_ms),
                    l.bytes_total
                );
            }
            println!();
        }
        if c == Conditions::Desktop {
            // Keystrokes on the live app, at each size (desktop).
            println!("| milestones | keystroke → list updated, median (ms) | a milestone's title clicked → card expanded, median of 10 (ms) |");
            println!("|---:|---:|---:|");
            for (label, ours_path, _, _) in &runs {
                s.client
                    .goto(&s.server.url(ours_path))
                    .await
                    .expect("navigate");
                s.wait_ready().await;
                tokio::time::sleep(Duration::from_millis(200)).await;
                let typed = median(keystrokes(&s).await);
                let opened = openings(&s).await;
                let all_opened = opened.iter().all(|x| x.is_finite());
                println!(
                    "| {label} | {typed:.1} | {} |",
                    if all_opened {
                        format!("{:.1}", median(opened))
                    } else {
                        "a card did not expand".to_owned()
                    }
                );
            }
            println!();
        }
        s.close().await;
    }

    // Lighthouse, where it is installed (tools/lighthouse, `npm ci`; scripts/bench.sh does).
    let lh = root().join("tools/lighthouse/node_modules/.bin/lighthouse");
    if lh.exists() && (only.is_empty() || only == "lighthouse") {
        let server = harness::Server::start_with(None, true);
        println!(
            "### Lighthouse 12.8.2, mobile defaults (simulated), bundled data, median of 3 runs\n"
        );
        println!("| | performance | FCP (s) | LCP (s) | CLS | TBT (ms) |");
        println!("|---|---:|---:|---:|---:|---:|");
        for (name, path) in [
            ("TimelineJS 3.9.11", "bench/tl-bundled.html"),
            ("DSR Tracker", ""),
        ] {
            let [score, fcp, lcp, cls, tbt] = lighthouse(&lh, &server.url(path));
            println!(
                "| {name} | {score:.0} | {:.1} | {:.1} | {cls:.3} | {tbt:.0} |",
                fcp / 1000.0,
                lcp / 1000.0
            );
        }
        println!();
    } else {
        println!(
            "(Lighthouse is not installed: `npm ci --prefix tools/lighthouse` adds its figures.)"
        );
    }
}
