//! Browser benchmark: first paint, keystroke-to-paint and memory in headless Chromium against the release build.
//!
//! Run with `bash scripts/bench.sh` (or, with `dist/` built, `cargo bench --bench browser`).
//! It generates synthetic datasets with the `synth` module, serves `dist/`,
//! and prints a table. Sizes can be chosen: `cargo bench --bench browser -- 2000 10000`.

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
use serde_json::Value;

const LOADS: usize = 5;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[v.len() / 2]
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    if v.is_empty() {
        return f64::NAN;
    }
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// Time from navigation start to the first milestone title painted (Element Timing API), in ms.
async fn first_paint(s: &Session, path: &str) -> f64 {
    s.client.goto("about:blank").await.expect("blank");
    s.client.goto(&s.server.url(path)).await.expect("navigate");
    s.wait_for_js("return !!document.querySelector('[data-testid=milestone]')")
        .await;
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             new PerformanceObserver((list) => {
               const e = list.getEntries().filter(x => x.identifier === 'milestone');
               if (e.length) done(Math.min(...e.map(x => x.renderTime || x.loadTime)));
             }).observe({ type: 'element', buffered: true });",
            vec![],
        )
        .await
        .expect("element timing");
    v.as_f64().unwrap_or(f64::NAN)
}

/// For each keystroke: (work, paint) in ms. Work runs from the input event to
/// the DOM updated and laid out; paint runs to the next frame after that,
/// so it includes waiting for the display's refresh (up to one frame).
async fn keystrokes(s: &Session) -> Vec<(f64, f64)> {
    let v = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const input = document.querySelector('[data-testid=search]');
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
                 const t1 = performance.now();
                 await frame();
                 times.push([t1 - t0, performance.now() - t0]);
               }
               done(times);
             })();",
            vec![],
        )
        .await
        .expect("keystrokes");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// JS heap in use and WebAssembly memory, in MB.
async fn memory(s: &Session) -> (f64, f64) {
    let v = s
        .js("return [performance.memory ? performance.memory.usedJSHeapSize : 0, window.dsrWasmMemory ? window.dsrWasmMemory.buffer.byteLength : 0]")
        .await;
    let mb = |x: &Value| x.as_f64().unwrap_or(0.0) / 1_048_576.0;
    (mb(&v[0]), mb(&v[1]))
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
    let dir = root().join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    for &n in sizes.iter().filter(|&&n| n > 0) {
        let file = dir.join(format!("synth-{n}.json"));
        if !file.exists() {
            let json = serde_json::to_string(&dsr_core::synth::dataset(n, 42)).expect("serialise");
            std::fs::write(&file, json).expect("write synthetic data");
        }
    }

    let s = Session::start_with(Options {
        precise_memory: true,
        ..Options::default()
    })
    .await;
    let bundled = harness::dataset()["milestones"]
        .as_array()
        .map_or(0, Vec::len);
    println!("\nDSR Tracker browser benchmark (headless Chromium, release build, median of {LOADS} loads)\n");
    println!(
        "| milestones | first paint (ms) | keystroke → list updated, median (ms) | p95 (ms) | keystroke → next frame, median (ms) | JS heap (MB) | WASM memory (MB) | total (MB) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &sizes {
        let (path, label) = if n == 0 {
            (String::new(), format!("{bundled} (bundled)"))
        } else {
            (format!("?data=bench/synth-{n}.json"), n.to_string())
        };
        let mut paints = Vec::new();
        for _ in 0..LOADS {
            paints.push(first_paint(&s, &path).await);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        let keys = keystrokes(&s).await;
        let work: Vec<f64> = keys.iter().map(|k| k.0).collect();
        let frame: Vec<f64> = keys.iter().map(|k| k.1).collect();
        let (heap, wasm) = memory(&s).await;
        println!(
            "| {label} | {:.0} | {:.1} | {:.1} | {:.1} | {heap:.1} | {wasm:.1} | {:.1} |",
            median(paints),
            median(work.clone()),
            percentile(work, 0.95),
            median(frame),
            heap + wasm
        );
    }
    println!();
    s.close().await;
}
