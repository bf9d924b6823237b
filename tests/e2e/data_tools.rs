//! Issue 7: the table and its sorting, downloads, the trust views, Chinese throughout, themes, and opening one's own dataset.

use serde_json::Value;

use crate::harness::{dataset, downloads, root, Options, Session};

fn ids_where(keep: impl Fn(&Value) -> bool) -> Vec<String> {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| keep(m))
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn sorting_the_table_goes_into_the_url_and_rows_link_to_the_timeline() {
    let s = Session::start().await;
    s.open("?view=table&cat=forum").await;
    let forum = ids_where(|m| m["category"] == "forum");
    assert_eq!(s.count("[data-testid=table-row]").await, forum.len());
    s.click("[data-testid=sort-sources]").await;
    s.wait_for_js("return location.search === '?cat=forum&view=table&sort=sources'")
        .await;
    let n = s.js("return [...document.querySelectorAll('[data-testid=table-row] td.num')].map(t => +t.textContent)").await;
    let n: Vec<u64> = n
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert!(n.windows(2).all(|w| w[0] <= w[1]), "ascending: {n:?}");
    s.click("[data-testid=sort-sources]").await;
    s.wait_for_js("return location.search === '?cat=forum&view=table&sort=-sources'")
        .await;
    let aria = s
        .find("th[aria-sort=descending]")
        .await
        .text()
        .await
        .unwrap();
    assert!(aria.starts_with("Sources"), "{aria}");
    // Reloading keeps the order (the URL is the state).
    s.client.refresh().await.unwrap();
    s.wait_ready().await;
    s.find("th[aria-sort=descending]").await;
    // A row links to its milestone on the timeline.
    let first = s
        .find("[data-testid=table-row]")
        .await
        .attr("data-id")
        .await
        .unwrap()
        .unwrap();
    s.click("[data-testid=table-row] th a").await;
    s.wait_for_js(&format!(
        "return location.search === '?cat=forum&event={first}'"
    ))
    .await;
    s.find(&format!("#m-{first}.selected")).await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_csv_and_json_downloads_contain_exactly_the_filtered_rows() {
    let dir = downloads("data");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=table&from=2019&to=2021&cat=forum,security")
        .await;
    let want = ids_where(|m| {
        let y = |f: &str| m[f].as_str().map(|d| d[..4].parse::<u16>().unwrap());
        let (start, end) = (y("date").unwrap(), y("end").unwrap_or(y("date").unwrap()));
        (m["category"] == "forum" || m["category"] == "security") && end >= 2019 && start <= 2021
    });
    assert!(!want.is_empty());
    s.click("[data-testid=download-csv]").await;
    let csv = s
        .wait_for_file(&dir.join("dsr-milestones-2019-2021-forum-security.csv"))
        .await;
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with('\u{feff}'), "UTF-8 BOM for Excel");
    assert!(
        csv.contains(&format!(
            "version {}, updated {}",
            crate::harness::meta().version,
            crate::harness::meta().updated
        )) && csv.contains("Cite as:"),
        "{}",
        &csv[..300]
    );
    let ids: Vec<String> = csv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with('\u{feff}'))
        .skip(1)
        .map(|l| l.split(',').next().unwrap().trim_matches('"').to_owned())
        .collect();
    let mut sorted_want = want.clone();
    sorted_want.sort();
    let mut sorted_ids = ids.clone();
    sorted_ids.sort();
    assert_eq!(sorted_ids, sorted_want);

    s.click("[data-testid=download-json]").await;
    let json = s
        .wait_for_file(&dir.join("dsr-milestones-2019-2021-forum-security.json"))
        .await;
    let json: Value = serde_json::from_slice(&json).unwrap();
    let mut got: Vec<String> = json["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    got.sort();
    assert_eq!(got, sorted_want);
    assert_eq!(
        json["meta"]["version"],
        crate::harness::meta().version.as_str()
    );
    assert!(json["meta"]["citation"]["en"]
        .as_str()
        .unwrap()
        .contains("DSR Tracker dataset"));

    s.click("[data-testid=download-all-json]").await;
    let all = s.wait_for_file(&dir.join("dsr-milestones-all.json")).await;
    let all: Value = serde_json::from_slice(&all).unwrap();
    assert_eq!(
        all["milestones"].as_array().unwrap().len(),
        dataset()["milestones"].as_array().unwrap().len()
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_hostile_dataset_is_safe_in_the_table_and_the_csv() {
    let dir = downloads("hostile");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?data=fixtures/hostile.json&view=table").await;
    let title = s
        .text("[data-testid=table-row][data-id=hostile-script] th")
        .await;
    assert_eq!(title, "Title <script>window.__xss=1</script>");
    assert_eq!(s.js("return typeof window.__xss").await, "undefined");
    s.click("[data-testid=download-csv]").await;
    let csv =
        String::from_utf8(s.wait_for_file(&dir.join("dsr-milestones-all.csv")).await).unwrap();
    // Formula cells are neutralised with a leading apostrophe.
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(csv.contains("\"'+SUM(1,2)"), "{csv}");
    assert!(csv.contains("\"'-2+3 @SUM(A1)"), "{csv}");
    assert!(csv.contains("\"'@cmd "), "{csv}");
    assert!(!csv.contains(",\"=") && !csv.contains(",\"+") && !csv.contains(",\"@"));
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_about_and_conflicts_views_cover_methodology_and_every_note() {
    let s = Session::start().await;
    s.open("?view=about").await;
    let about = s.text("[data-testid=about-view]").await;
    for part in [
        "What counts as a milestone",
        "How agreements are counted",
        "Confidence",
        "Conflicting figures",
        "Coverage",
        "How to cite",
        "Licence",
        "CC BY 4.0",
        "Sources",
        "have an official source",
    ] {
        assert!(about.contains(part), "{part} missing from the About view");
    }
    assert!(
        about.contains(&crate::harness::meta().updated_human),
        "the update day is missing from the About view"
    );
    s.open("?view=conflicts").await;
    let with_notes = ids_where(|m| m["note"].is_object());
    assert_eq!(s.count("[data-testid=conflict]").await, with_notes.len());
    s.click("[data-testid=conflict][data-id=dsr-mou-17] a")
        .await;
    s.wait_for_js("return location.search === '?event=dsr-mou-17'")
        .await;
    s.find("#m-dsr-mou-17.selected").await;
    s.close().await;
}

/// Visible interface text (and labels) in Latin letters, outside data and proper names
/// (file formats and the README sheet's name are the same words in every language).
const ENGLISH_LEFT: &str = r#"
const allowed = /^(DSR|SVG|PNG|CSV|JSON|XLSX|pptx|xlsx|ods|csv|json|README|BibTeX|CSL-JSON|UN|MoU|CC|BY|v\d.*|[A-Z]{3}|https?:.*|\d.*)$/;
// Dataset text (titles, summaries, notes, sources, table cells) may name things in Latin letters; the interface may not.
const skip = 'code, .citation, .citation-text, [lang=en], .m-title, .m-body, .slide-milestone, .print-item, .print-title, tbody, .conflict-list, .about-view li, .chart-figure, .url, svg, .own-file, script, style, noscript, option';
const words = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {
  const el = n.parentElement;
  if (!el || el.closest(skip) || !el.getClientRects().length) continue;
  for (const w of n.textContent.match(/[A-Za-z][A-Za-z'’-]{2,}/g) || []) if (!allowed.test(w)) words.push(w + ' @ ' + el.tagName + '.' + el.className);
}
for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
  if (el.closest(skip)) continue;
  for (const a of ['aria-label', 'placeholder', 'title']) {
    const v = el.getAttribute(a) || '';
    if (/[\u4e00-\u9fff]/.test(v)) continue;
    for (const w of v.match(/[A-Za-z][A-Za-z'’-]{2,}/g) || []) if (!allowed.test(w)) words.push(w + ' @ ' + a);
  }
}
return words.slice(0, 30);
"#;

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn lang_zh_shows_chinese_throughout_the_interface() {
    let s = Session::start().await;
    for view in [
        "",
        "&view=charts",
        "&view=table",
        "&view=conflicts",
        "&view=about",
        "&view=print",
    ] {
        s.open(&format!("?lang=zh{view}")).await;
        assert_eq!(
            s.js("return document.documentElement.lang").await,
            "zh-Hans"
        );
        let left = s.js(ENGLISH_LEFT).await;
        assert_eq!(
            left,
            Value::Array(vec![]),
            "English left in view {view}: {left}"
        );
    }
    // Dates, numbers and country names follow the language.
    s.open("?lang=zh&event=bri-proposed").await;
    let card = s.text("#m-bri-proposed").await;
    assert!(
        card.contains("2013年9月7日") && card.contains("哈萨克斯坦"),
        "{card}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_theme_follows_the_system_and_the_toggle_overrides_it() {
    let s = Session::start_with(Options {
        dark: true,
        ..Options::default()
    })
    .await;
    s.open("").await;
    async fn bg(s: &Session) -> Value {
        s.js("return getComputedStyle(document.body).backgroundColor")
            .await
    }
    assert_eq!(
        bg(&s).await,
        "rgb(15, 19, 24)",
        "dark by default on a dark system"
    );
    s.click("[data-testid=theme-toggle]").await;
    s.wait_for_js("return location.search === '?theme=light'")
        .await;
    assert_eq!(bg(&s).await, "rgb(247, 247, 245)");
    s.click("[data-testid=theme-toggle]").await;
    s.wait_for_js("return location.search === '?theme=dark'")
        .await;
    assert_eq!(bg(&s).await, "rgb(15, 19, 24)");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_valid_own_file_loads_and_an_invalid_one_shows_its_errors_while_the_old_view_stays() {
    let s = Session::start().await;
    s.open("?cat=forum").await;
    let input = s.find("[data-testid=file-input]").await;
    input
        .send_keys(
            &root()
                .join("tests/fixtures/invalid/several-errors.json")
                .to_string_lossy(),
        )
        .await
        .unwrap();
    // The list's words are a chunk of their own: wait for them.
    s.find("[data-testid=user-errors] .error-list li").await;
    let errors = s.text("[data-testid=user-errors]").await;
    assert!(
        errors.contains("several-errors.json was not opened: 4 errors"),
        "{errors}"
    );
    assert!(
        errors.contains("milestone 1 (id \"b\"), field \"date\""),
        "{errors}"
    );
    // The bundled data is still on screen, with its filter.
    let forum = ids_where(|m| m["category"] == "forum").len();
    s.wait_shown(forum).await;

    let input = s.find("[data-testid=file-input]").await;
    input
        .send_keys(
            &root()
                .join("public/data/examples/minimal.json")
                .to_string_lossy(),
        )
        .await
        .unwrap();
    s.wait_for_js("return !!document.querySelector('[data-testid=own-file]')")
        .await;
    assert_eq!(s.text("[data-testid=own-file]").await, "minimal.json");
    s.wait_shown(2).await;
    assert_eq!(s.count("[data-testid=user-errors]").await, 0);
    // Charts and table work on it too.
    s.click("[data-testid=tab-charts]").await;
    s.find("[data-testid=chart-agreements] svg").await;
    assert_eq!(s.count("[data-testid=chart-agreements] .mark").await, 1);
    s.click("[data-testid=back-to-bundled]").await;
    s.wait_for_js("return !document.querySelector('[data-testid=own-file]')")
        .await;
    s.click("[data-testid=tab-timeline]").await;
    s.wait_shown(forum).await;
    s.close().await;
}
