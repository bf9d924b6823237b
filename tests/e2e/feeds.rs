//! The Atom feeds (issue 18): linked from the page, served under a sub-path, read by feedparser as a feed reader does; every entry a milestone or a release, its link opening the milestone there; hostile text stays text.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::clients::python_reader;
use crate::harness::{dataset, root, Session, SUB_PATH};

/// What the feed must hold, from a dataset file, for `check_feed.py`.
fn expected(ds: &Value, lang: &str, site: &str, releases: &[&str]) -> Value {
    let milestones: Vec<Value> = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            json!({
                "id": m["id"],
                "title": m["title"][lang],
                "summary": m["summary"][lang],
                "category": m["category"],
                "date": m["date"],
                "source_urls": m["sources"].as_array().unwrap().iter().filter_map(|s| s["url"].as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "feed_title": if lang == "zh" { "数字丝路追踪" } else { "DSR Tracker" },
        "language": if lang == "zh" { "zh" } else { "en" },
        "site": site,
        "link_suffix": if lang == "zh" { "&lang=zh" } else { "" },
        "milestones": milestones,
        "releases": releases,
    })
}

/// Has feedparser read the feed at `url`; panics with its report on any problem.
fn check_with_feedparser(url: &str, expected: &Value, name: &str) {
    let dir = root().join("target/e2e-feeds");
    std::fs::create_dir_all(&dir).unwrap();
    let exp = dir.join(format!("{name}.expected.json"));
    python_reader("check_feed.py", url, &exp, expected, "feedparser");
}

/// The versions of changes.json's releases that `keep`s, newest first.
fn release_versions(keep: impl Fn(&Value) -> bool) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("public/data/changes.json")).unwrap();
    let changes: Value = serde_json::from_str(&text).unwrap();
    changes["releases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| keep(r))
        .map(|r| r["version"].as_str().unwrap().to_owned())
        .collect()
}

fn releases() -> Vec<String> {
    release_versions(|_| true)
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver and feedparser; run by scripts/test.sh"]
async fn the_feeds_read_in_a_feed_reader_from_a_site_under_a_sub_path() {
    let s = Session::start().await;
    // The page under a sub-path links both feeds; their addresses resolve there.
    s.open(SUB_PATH).await;
    let links = s
        .js("return [...document.querySelectorAll('link[rel=alternate][type=\"application/atom+xml\"]')].map(l => [l.hreflang, l.href])")
        .await;
    let site = s.server.url(SUB_PATH);
    assert_eq!(
        links,
        json!([
            ["en", format!("{site}feed.xml")],
            ["zh-CN", format!("{site}feed.zh.xml")]
        ])
    );
    let versions = releases();
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    let ds = dataset();
    for (lang, file) in [("en", "feed.xml"), ("zh", "feed.zh.xml")] {
        check_with_feedparser(
            &format!("{site}{file}"),
            &expected(&ds, lang, &site, &versions),
            &format!("bundled-{lang}"),
        );
    }
    // An entry's link opens its milestone, selected, on the site it came from.
    s.open(&format!("{SUB_PATH}?event=vision-and-actions&lang=zh"))
        .await;
    s.wait_for_js("return !!document.querySelector('#app [data-id=vision-and-actions].selected')")
        .await;
    s.close().await;
}

/// The address a link of the page points to, resolved.
async fn href(s: &Session, css: &str) -> String {
    s.find(css).await.prop("href").await.unwrap().unwrap()
}

/// The releases of changes.json that changed one of `ids`.
fn releases_touching(ids: &[&str]) -> Vec<String> {
    release_versions(|r| {
        r["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| ids.contains(&c["record"].as_str().unwrap()))
    })
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver and feedparser; run by scripts/test.sh"]
async fn one_country_and_one_category_have_feeds_of_their_own_linked_from_the_page() {
    let s = Session::start().await;
    let site = s.server.url(SUB_PATH);
    let ds = dataset();
    let only = |keep: &dyn Fn(&Value) -> bool| {
        let mut d = ds.clone();
        let kept: Vec<Value> = d["milestones"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| keep(m))
            .cloned()
            .collect();
        d["milestones"] = Value::from(kept);
        d
    };
    // Kenya's profile links Kenya's feeds, in both languages.
    s.open(&format!("{SUB_PATH}?country=KEN")).await;
    let en = href(&s, "[data-testid=country-feed]").await;
    assert_eq!(en, format!("{site}feeds/country-KEN.xml"));
    let zh = href(&s, "[data-testid=country-feed-zh]").await;
    assert_eq!(zh, format!("{site}feeds/country-KEN.zh.xml"));
    let kenya = only(&|m| {
        m["countries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "KEN")
    });
    let ids: Vec<&str> = kenya["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() >= 5, "{ids:?}");
    let versions = releases_touching(&ids);
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    check_with_feedparser(&en, &expected(&kenya, "en", &site, &versions), "kenya-en");
    check_with_feedparser(&zh, &expected(&kenya, "zh", &site, &versions), "kenya-zh");
    // The category filter links each category's feed, in the page's language.
    s.open(&format!("{SUB_PATH}?lang=zh")).await;
    let forum = href(&s, "[data-testid=cat-feed-forum]").await;
    assert_eq!(forum, format!("{site}feeds/category-forum.zh.xml"));
    let forums = only(&|m| m["category"] == "forum");
    let ids: Vec<&str> = forums["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    let versions = releases_touching(&ids);
    let versions: Vec<&str> = versions.iter().map(String::as_str).collect();
    check_with_feedparser(
        &forum,
        &expected(&forums, "zh", &site, &versions),
        "forum-zh",
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver and feedparser; run by scripts/test.sh"]
async fn hostile_text_in_the_data_stays_text_in_the_feeds() {
    // The hostile fixture, with a title of 10,000 characters (the most a
    // string may hold), markup, and a CDATA end.
    let text = std::fs::read_to_string(root().join("tests/fixtures/hostile.json")).unwrap();
    let mut ds: Value = serde_json::from_str(&text).unwrap();
    let long: String = "长".repeat(9_000) + &"L".repeat(1_000);
    ds["milestones"][0]["title"]["en"] =
        Value::from(format!("<b>bold</b> & {}", "x".repeat(9_986)));
    ds["milestones"][0]["title"]["zh"] = Value::from(long);
    ds["milestones"][1]["summary"]["en"] =
        Value::from("]]></summary><script>alert(1)</script> end");
    let dir = root().join("target/e2e-feeds/hostile");
    std::fs::create_dir_all(&dir).unwrap();
    let feeds = |data: &Path| {
        Command::new("cargo")
            .args(["run", "--quiet", "--offline", "--bin", "feeds", "--"])
            .arg(&dir)
            .arg(data)
            .arg("-")
            .current_dir(root())
            .output()
            .unwrap()
    };
    // A control character never reaches a feed: the data is refused, and the
    // message names the file, the record and the field.
    let mut bad = ds.clone();
    bad["milestones"][1]["title"]["en"] = Value::from("bell \u{7} here");
    let bad_file = dir.join("control.json");
    std::fs::write(&bad_file, serde_json::to_string(&bad).unwrap()).unwrap();
    let out = feeds(&bad_file);
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a control character was accepted");
    assert!(
        message.contains("control.json")
            && message.contains("hostile-svg")
            && message.contains("title.en")
            && message.contains("U+0007"),
        "{message}"
    );
    let data = dir.join("hostile-long.json");
    std::fs::write(&data, serde_json::to_string(&ds).unwrap()).unwrap();
    let out = feeds(&data);
    assert!(
        out.status.success(),
        "feeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A reader sees the text exactly as written.
    for lang in ["en", "zh"] {
        let want = ds.clone();
        let file = if lang == "zh" {
            "feed.zh.xml"
        } else {
            "feed.xml"
        };
        let path = dir.join(file);
        assert!(Path::new(&path).exists());
        // Read as if a host served it from a folder of its own.
        let site = "https://example.org/mirrors/dsr-tracker/";
        let mut exp = expected(&want, lang, site, &[]);
        exp["served_at"] = Value::from(format!("{site}{file}"));
        check_with_feedparser(
            &path.display().to_string(),
            &exp,
            &format!("hostile-{lang}"),
        );
        let xml = std::fs::read_to_string(&path).unwrap();
        assert!(
            !xml.contains("<script>") && !xml.contains("<b>"),
            "markup in {file}"
        );
    }
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn about_lists_what_the_current_release_changed_record_by_record() {
    let text = std::fs::read_to_string(root().join("public/data/changes.json")).unwrap();
    let changes: Value = serde_json::from_str(&text).unwrap();
    let current = &changes["releases"][0];
    let list = current["changes"].as_array().unwrap();
    let count = |kind: &str| list.iter().filter(|c| c["kind"] == kind).count();
    let s = Session::start().await;
    for (lang, words) in [
        ("", ["added", "corrected", "re-sourced"]),
        ("&lang=zh", ["新增", "更正", "更换来源"]),
    ] {
        s.open(&format!("?view=about{lang}")).await;
        s.wait_for_js("return !!document.querySelector('#app [data-testid=changes-summary]')")
            .await;
        let summary = s.text("#app [data-testid=changes-summary]").await;
        for (word, kind) in words.iter().zip(["added", "corrected", "re-sourced"]) {
            let n = count(kind);
            assert!(
                summary.contains(&format!("{n} {word}"))
                    || summary.contains(&format!("{word} {n}")),
                "{lang}: {summary} lacks {n} {word}"
            );
        }
        assert_eq!(
            s.count("#app [data-testid=change]").await,
            list.len(),
            "{lang}"
        );
        for kind in ["added", "corrected", "re-sourced"] {
            assert_eq!(
                s.count(&format!("#app [data-testid=change][data-kind={kind}]"))
                    .await,
                count(kind),
                "{lang} {kind}"
            );
        }
    }
    // A reader's own dataset has no list of changes, and About says so.
    s.open("?data=data/examples/minimal.json&view=about").await;
    s.wait_for_js("return !document.querySelector('#app [data-testid=release-changes]').textContent.includes('…')")
        .await;
    let none = s.text("#app [data-testid=release-changes]").await;
    assert_eq!(none, "This dataset has no list of changes.");
    s.close().await;
}
