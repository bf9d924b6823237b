//! The service worker (public/sw.js): a second visit from this device's copy, an offline reload that still filters and opens a view used before, a new build that replaces the old one whole, raising the what's-new bar; and the gzip-compressed bundle, refused by name when cut short.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::harness::{dataset, root, Session, SUB_PATH};

/// Waits until the service worker controls the page (it registers once the
/// first visit is idle, and takes the page over when it is active).
async fn wait_controlled(s: &Session) {
    assert!(
        s.try_wait_for_js(
            "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'",
            30
        )
        .await,
        "the service worker never took the page over"
    );
}

/// The number of milestones of a category in the bundled dataset.
fn in_category(cat: &str) -> usize {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["category"] == cat)
        .count()
}

fn all() -> usize {
    dataset()["milestones"].as_array().unwrap().len()
}

/// Whether the page, its main module and its bundle came through the worker.
const THROUGH_WORKER: &str = "const nav = performance.getEntriesByType('navigation')[0]; \
    const res = performance.getEntriesByType('resource'); \
    const by = (end) => res.find((e) => e.name.split('?')[0].endsWith(end)); \
    return [nav.workerStart > 0, !!by('_bg.bin') && by('_bg.bin').workerStart > 0, !!by('data/dsr.bin') && by('data/dsr.bin').workerStart > 0]";

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_second_visit_comes_from_the_service_worker_and_answers_a_filter() {
    let s = Session::start().await;
    s.open("").await;
    s.wait_shown(all()).await;
    wait_controlled(&s).await;
    // The first visit fetched everything itself.
    assert_eq!(
        s.js("return performance.getEntriesByType('navigation')[0].workerStart")
            .await,
        Value::from(0)
    );
    s.open("").await;
    s.wait_shown(all()).await;
    assert_eq!(
        s.js(THROUGH_WORKER).await,
        serde_json::json!([true, true, true]),
        "the second visit was not served by the worker"
    );
    s.click("[data-testid=cat-forum]").await;
    s.wait_shown(in_category("forum")).await;
    assert!(s
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .contains("cat=forum"));
    // Online and current: nothing to say.
    assert_eq!(
        s.count("[data-testid=offline-note], [data-testid=update-note]")
            .await,
        0
    );
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn offline_under_a_sub_path_the_timeline_filters_and_a_view_used_before_opens() {
    let s = Session::start().await;
    s.open(SUB_PATH).await;
    s.wait_shown(all()).await;
    wait_controlled(&s).await;
    // The worker's scope is the site's own folder, not the host's root.
    let scope = s
        .js("return navigator.serviceWorker.getRegistration().then((r) => r.scope)")
        .await;
    assert_eq!(scope, Value::from(s.server.url(SUB_PATH)));
    // A view used once, while online.
    s.click("[data-testid=tab-table]").await;
    s.wait_ready().await;
    s.find("#app table").await;

    s.server.set_offline(true);
    // The network is gone: a plain fetch of the site fails.
    let reachable = s
        .js("return fetch('fixtures/none.json', {cache: 'no-store'}).then(() => true, () => false)")
        .await;
    assert_eq!(reachable, Value::Bool(false));
    s.open(SUB_PATH).await;
    s.wait_shown(all()).await;
    // It says so, with the version and date of the data it shows.
    let meta = crate::harness::meta();
    s.wait_for_js("return !!document.querySelector('[data-testid=offline-note]')")
        .await;
    let note = s.text("[data-testid=offline-note]").await;
    assert!(
        note.contains(&meta.version) && note.contains(&meta.updated_human),
        "{note}"
    );
    assert!(note.to_lowercase().contains("offline"), "{note}");
    // The filters answer.
    s.click("[data-testid=cat-forum]").await;
    s.wait_shown(in_category("forum")).await;
    // The view used before opens, with its data.
    s.click("[data-testid=tab-table]").await;
    s.wait_ready().await;
    let rows = s.count("#app [data-testid=table-row]").await;
    if rows != in_category("forum") {
        let dump = s
            .js("return document.querySelector('#app').innerText.slice(0, 3000)")
            .await;
        eprintln!("DUMP {dump}");
    }
    assert!(
        rows == in_category("forum"),
        "the table did not open offline"
    );
    assert_eq!(s.count("[data-testid=part-error]").await, 0);

    // Back online, the note goes.
    s.server.set_offline(false);
    s.js("dispatchEvent(new Event('online'))").await;
    s.wait_for_js("return !document.querySelector('[data-testid=offline-note]')")
        .await;
}

/// A copy of `dist/` as the next release: the data's version is `version`,
/// its bundle rebuilt, and the worker's manifest written anew.
/// A fresh copy of `dist/` in `target/e2e-builds/<name>`, to be changed as
/// another build, or a broken one, would be.
fn copy_of_dist(name: &str) -> PathBuf {
    let copy = root().join("target/e2e-builds").join(name);
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let ok = Command::new("cp")
        .arg("-r")
        .arg(root().join("dist"))
        .arg(&copy)
        .status()
        .unwrap()
        .success();
    assert!(ok, "copy dist/ to {}", copy.display());
    copy
}

fn next_build(version: &str) -> PathBuf {
    let next = copy_of_dist("next");
    let mut ds = dataset();
    ds["meta"]["version"] = Value::from(version);
    let json = next.join("data/dsr.json");
    std::fs::write(&json, serde_json::to_string(&ds).unwrap()).unwrap();
    // Its release in the list of changes (nothing changed but the version).
    let changes_file = next.join("data/changes.json");
    let mut changes: Value =
        serde_json::from_slice(&std::fs::read(&changes_file).unwrap()).unwrap();
    changes["releases"].as_array_mut().unwrap().insert(
        0,
        serde_json::json!({
            "version": version,
            "date": ds["meta"]["updated"],
            "summary": { "en": "A release for the test.", "zh": "\u{6d4b}\u{8bd5}" },
            "changes": []
        }),
    );
    std::fs::write(&changes_file, serde_json::to_string(&changes).unwrap()).unwrap();
    let run = |args: &[&Path]| {
        let out = Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--offline", "--bin"])
            .args(args)
            .current_dir(root())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        Path::new("bundle"),
        Path::new("--"),
        &json,
        &root().join("public/data/countries.json"),
        &next.join("data/dsr.bin"),
        &next.join("data/dsr-sources.bin"),
    ]);
    std::fs::copy(root().join("public/sw.js"), next.join("sw.js")).unwrap();
    run(&[Path::new("service-worker"), Path::new("--"), &next]);
    next
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_new_build_replaces_the_old_one_whole_and_raises_the_whats_new_bar() {
    let old_version = crate::harness::meta().version;
    let next = next_build("9.0.0");
    let s = Session::start().await;
    s.open("").await;
    wait_controlled(&s).await;
    s.open("?cat=forum").await;
    s.wait_shown(in_category("forum")).await;
    let footer = || async { s.text("[data-testid=dataset-footer]").await };
    assert!(footer().await.contains(&old_version));

    // The site is updated while the reader is on it.
    s.server.set_dist(next);
    // The page notices a newer build (it asks on every visit; here the test
    // asks now) and says so; until the reader asks, the old build stays.
    s.js("navigator.serviceWorker.getRegistration().then((r) => r.update())")
        .await;
    s.wait_for_js("return !!document.querySelector('[data-testid=update-note]')")
        .await;
    assert!(footer().await.contains(&old_version));
    // The old build never takes a file of the new one: its data file,
    // changed on the site, is refused rather than mixed in.
    let status = s
        .js("return fetch('data/dsr.json').then((r) => r.status)")
        .await;
    assert_eq!(status, Value::from(409));

    s.click("[data-testid=update-apply]").await;
    s.wait_for_js("return !!document.querySelector('[data-testid=dataset-footer]') && document.querySelector('[data-testid=dataset-footer]').textContent.includes('9.0.0')")
        .await;
    s.wait_ready().await;
    // The view is kept (the address), and the new data raises the bar.
    s.wait_shown(in_category("forum")).await;
    s.find("[data-testid=whats-new]").await;
    // One build in the cache: the old one was deleted whole.
    s.js("caches.keys().then((k) => { window.__caches = k; })")
        .await;
    s.wait_for_js("return Array.isArray(window.__caches)").await;
    let caches = s.js("return window.__caches").await;
    let builds: Vec<&str> = caches
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|k| k.contains(" build "))
        .collect();
    assert_eq!(builds.len(), 1, "{caches}");
    assert_eq!(s.count("[data-testid=update-note]").await, 0);
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_connection_notes_fit_a_phone_in_both_languages_and_themes() {
    let dir = root().join("target/screens");
    std::fs::create_dir_all(&dir).unwrap();
    for dark in [false, true] {
        let s = Session::start_with(crate::harness::Options {
            width: 360,
            height: 740,
            dark,
            ..crate::harness::Options::default()
        })
        .await;
        let mut english = String::new();
        for lang in ["en", "zh"] {
            s.open(&format!("?lang={lang}")).await;
            // As public/sw-page.js marks the page: offline, and a newer build ready.
            s.js("document.documentElement.setAttribute('data-offline', ''); document.documentElement.setAttribute('data-update', ''); dispatchEvent(new Event('dsr-connection'))")
                .await;
            s.find("[data-testid=offline-note]").await;
            s.find("[data-testid=update-apply]").await;
            let text = s.text(".connection-note").await;
            if lang == "en" {
                english = text.clone();
            } else {
                assert_ne!(text, english, "the note is not in Chinese");
            }
            assert!(text.contains(&crate::harness::meta().version), "{text}");
            assert_eq!(
                s.js("return document.documentElement.scrollWidth <= window.innerWidth")
                    .await,
                Value::Bool(true),
                "the note makes the page scroll sideways ({lang})"
            );
            let theme = if dark { "dark" } else { "light" };
            s.screenshot(&dir.join(format!("connection-note-{lang}-{theme}-360.png")))
                .await;
            // Online again: the offline line goes, the other stays.
            s.js("document.documentElement.removeAttribute('data-offline'); dispatchEvent(new Event('dsr-connection'))")
                .await;
            s.wait_for_js("return !document.querySelector('[data-testid=offline-note]') && !!document.querySelector('[data-testid=update-note]')")
                .await;
        }
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_bundle_cut_short_in_transit_is_named_and_never_misread() {
    // The bundle is gzip-compressed by the build; a copy cut short does not unpack.
    let broken = copy_of_dist("cut");
    let bundle = std::fs::read(broken.join("data/dsr.bin")).unwrap();
    std::fs::write(broken.join("data/dsr.bin"), &bundle[..bundle.len() / 2]).unwrap();
    let s = Session::start().await;
    s.server.set_dist(broken);
    s.open("").await;
    let error = s.text("[data-testid=load-error]").await;
    assert!(
        error.contains("data/dsr.bin")
            && error.contains("is cut short or damaged (it does not unpack)"),
        "{error}"
    );
    assert_eq!(s.count("#app [data-testid=milestone]").await, 0);
    // In Chinese, the whole sentence is Chinese: only the file's name is not.
    s.open("?lang=zh").await;
    let error = s.text("[data-testid=load-error]").await;
    assert!(error.contains("不完整或已损坏（无法解压）"), "{error}");
    let words = error.replace("data/dsr.bin", "");
    assert!(
        !words.chars().any(|c| c.is_ascii_alphabetic()),
        "English words in the Chinese message: {error}"
    );
    assert_eq!(s.count("#app [data-testid=milestone]").await, 0);
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_browser_without_decompression_streams_reads_the_uncompressed_copy() {
    let s = Session::start().await;
    // As Safari before 16.4: no DecompressionStream.
    s.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "delete self.DecompressionStream;" }),
    )
    .await;
    s.open("").await;
    s.wait_shown(all()).await;
    assert_eq!(
        s.js("return typeof DecompressionStream").await,
        Value::from("undefined")
    );
    let urls = s.requested_urls().await;
    assert!(
        urls.iter().any(|u| u.ends_with("data/dsr-plain.bin")),
        "{urls:?}"
    );
    // And the main module itself, not its compressed copy's contents.
    assert!(urls.iter().any(|u| u.ends_with("_bg.wasm")), "{urls:?}");
    // The sources came too (their copy), so an expanded card has its links.
    s.wait_for_js("return performance.getEntriesByType('resource').some((e) => e.name.endsWith('data/dsr-sources-plain.bin'))")
        .await;
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_browser_without_decompression_streams_that_cannot_fetch_the_copy_says_the_request_failed(
) {
    // The uncompressed copy is missing from the host: a failed request (its
    // status and address), not a damaged file.
    let gone = copy_of_dist("no-plain");
    std::fs::remove_file(gone.join("data/dsr-plain.bin")).unwrap();
    let s = Session::start().await;
    s.server.set_dist(gone);
    s.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "delete self.DecompressionStream;" }),
    )
    .await;
    s.open("").await;
    let error = s.text("[data-testid=load-error]").await;
    assert!(
        error.contains("The request failed: 404") && error.contains("dsr-plain.bin"),
        "{error}"
    );
    assert!(!error.contains("damaged"), "{error}");
    assert_eq!(s.count("#app [data-testid=milestone]").await, 0);
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_readers_own_dataset_opened_once_opens_again_offline() {
    let own: Value = serde_json::from_slice(
        &std::fs::read(root().join("tests/fixtures/valid-small.json")).unwrap(),
    )
    .unwrap();
    let n = own["milestones"].as_array().unwrap().len();
    let s = Session::start().await;
    // Opened on the first visit, before the worker was there.
    s.open("?data=fixtures/valid-small.json").await;
    s.wait_shown(n).await;
    wait_controlled(&s).await;
    // The worker keeps it (it asks the site again, as for any file not the
    // app's), and the JSON reader's part the first visit loaded.
    let reader: Vec<String> = crate::parts::part_files("reader")
        .iter()
        .map(|f| format!("location.origin + '/{f}'"))
        .collect();
    let wanted = format!(
        "[location.origin + '/fixtures/valid-small.json', {}]",
        reader.join(", ")
    );
    let script = format!(
        "const wanted = {wanted}; Promise.all(wanted.map((u) => caches.match(u))).then((hits) => {{ window.__kept = hits.every(Boolean); }}); return window.__kept === true"
    );
    assert!(
        s.try_wait_for_js(&script, 20).await,
        "the worker did not keep the dataset and the reader"
    );
    s.server.set_offline(true);
    s.open("?data=fixtures/valid-small.json").await;
    s.wait_shown(n).await;
    s.find("[data-testid=offline-note]").await;
}

/// The source details and the other language come after the timeline
/// responds. When they cannot be fetched the page names the file and why,
/// the timeline works on, and "Try again" fetches them once they are back.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn details_that_cannot_be_fetched_are_named_and_fetched_again_on_request() {
    let broken = copy_of_dist("no-details");
    for file in ["data/dsr-sources.bin", "data/dsr-sources-plain.bin"] {
        let _ = std::fs::remove_file(broken.join(file));
    }
    let s = Session::start().await;
    s.server.set_dist(broken);
    s.open("").await;
    s.wait_for_js("return !!document.querySelector('#app [data-testid=details-error]')")
        .await;
    let note = s.text("[data-testid=details-error]").await;
    assert!(
        note.contains("data/dsr-sources.bin")
            && note.contains("404")
            && note.contains("timeline works"),
        "the note names neither the file nor why: {note}"
    );
    // The timeline works on: a search filters it.
    let ds = dataset();
    let title = ds["milestones"][0]["title"]["en"]
        .as_str()
        .unwrap()
        .to_owned();
    s.find("#app [data-testid=search]")
        .await
        .send_keys(&title)
        .await
        .unwrap();
    s.wait_for_js(&format!(
        "return [...document.querySelectorAll('#app [data-testid=milestone] .m-title')].some(t => t.textContent.trim() === {})",
        Value::String(title.clone())
    ))
    .await;
    assert!(
        s.count("#app [data-testid=milestone]").await < all(),
        "the search did not filter"
    );
    // In Chinese too (the page's own words), until the file is back.
    s.click("#app .lang-switch button[lang=zh-Hans]").await;
    s.wait_for_js("return document.querySelector('[data-testid=details-error]').textContent.includes('未能加载')")
        .await;
    assert_eq!(
        s.count("#app [data-testid=milestone] .sources a[href^=http]")
            .await,
        0,
        "sources with links, though their addresses never came"
    );
    // The file is back: "Try again" fetches it, the note goes, and the
    // cards' sources carry their links.
    s.server.set_dist(root().join("dist"));
    s.click("[data-testid=details-error] button").await;
    s.wait_for_js("return !document.querySelector('[data-testid=details-error]')")
        .await;
    s.wait_for_js(
        "return !!document.querySelector('#app [data-testid=milestone] .sources a[href^=http]')",
    )
    .await;
    s.close().await;
}

#[test]
#[ignore = "needs dist/; run by scripts/test.sh"]
fn the_main_module_its_glue_and_loader_are_named_by_the_hash_of_what_they_hold() {
    // The service worker and a browser's HTTP cache trust a name that
    // carries a hash; Trunk's names are taken before the post-build hook
    // rewrites the files, so the hook names them again.
    let dist = root().join("dist");
    let page = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let named = |attribute: &str| {
        let (_, rest) = page
            .split_once(&format!("{attribute}=\"./"))
            .unwrap_or_else(|| panic!("the page has no {attribute}"));
        rest.split('"').next().unwrap().to_owned()
    };
    let (glue_name, loader_name) = (named("data-dsr-js"), named("data-dsr-loader"));
    let stem = glue_name.strip_suffix(".js").unwrap();
    let read = |name: &str| std::fs::read(dist.join(name)).unwrap();
    let text = |name: &str| String::from_utf8(read(name)).unwrap();
    // The glue and the loader name each other: the hash is of the three
    // as they were before they were named, as scripts/post-build.sh takes it.
    let glue = text(&glue_name)
        .replace(stem, "dsr-tracker")
        .replace(&loader_name, "__wasm_split-loader.js");
    let loader = text(&loader_name).replace(stem, "dsr-tracker");
    let key = dsr_core::offline::content_hash(
        &[
            read(&format!("{stem}_bg.wasm")),
            glue.into_bytes(),
            loader.into_bytes(),
        ]
        .concat(),
    );
    assert_eq!(
        (stem, loader_name.as_str()),
        (
            format!("dsr-tracker-{key}").as_str(),
            format!("__wasm_split-{key}.js").as_str()
        ),
        "not named by the hash of the module, the glue and the loader"
    );
    assert!(
        page.contains(&format!("{stem}_bg.bin")) && dist.join(format!("{stem}_bg.bin")).exists(),
        "the packed module is not named as its module"
    );
}
