//! Issue 25: who backs each claim (an independent source, or Chinese official sources only) on the card, in the table, as a filter, in the CSV and in About; and a correction's fields, before and after, in About.

use serde_json::Value;

use crate::harness::{dataset, root, Options, Session};

/// Each source's `chinese_state`, as the data file says.
fn stated(m: &Value) -> Vec<Option<bool>> {
    m["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["chinese_state"].as_bool())
        .collect()
}

fn independent(m: &Value) -> bool {
    stated(m).contains(&Some(false))
}

fn state_only(m: &Value) -> bool {
    let s = stated(m);
    !s.is_empty() && s.iter().all(|x| *x == Some(true))
}

fn ids(keep: impl Fn(&Value) -> bool) -> Vec<String> {
    let mut v: Vec<String> = dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| keep(m))
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect();
    v.sort();
    v
}

/// The cells of one CSV line, quotes undone.
fn cells(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn who_backs_each_claim_is_on_the_card_in_the_table_the_filter_the_csv_and_about() {
    let dir = crate::harness::downloads("backing");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    let state = ids(state_only);
    let free = ids(independent);
    assert!(!state.is_empty() && !free.is_empty());

    // The filter, from the address: exactly the records the data says.
    s.open("?backing=chinese-state").await;
    s.wait_shown(state.len()).await;
    s.show_all().await;
    let mut shown: Vec<String> = s
        .js("return [...document.querySelectorAll('[data-testid=milestone]')].map(e => e.dataset.id)")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    shown.sort();
    assert_eq!(shown, state);
    // Each card says so.
    let badges = s
        .js("return [...document.querySelectorAll('[data-testid=milestone] [data-testid=backing]')].map(e => e.textContent)")
        .await;
    let badges = badges.as_array().unwrap();
    assert_eq!(badges.len(), state.len());
    assert!(badges.iter().all(|b| b
        .as_str()
        .unwrap()
        .contains("Chinese official sources only")));

    // The filter, from its control: written to the address.
    s.open("").await;
    s.wait_shown(dataset()["milestones"].as_array().unwrap().len())
        .await;
    s.js("const e = document.querySelector('[data-testid=filter-backing]'); e.value = 'independent'; e.dispatchEvent(new Event('change', {bubbles: true})); return 0")
        .await;
    s.wait_shown(free.len()).await;
    let url = s.js("return location.search").await;
    assert!(
        url.as_str().unwrap().contains("backing=independent"),
        "{url}"
    );
    let first = s
        .text("[data-testid=milestone] [data-testid=backing]")
        .await;
    assert!(first.contains("independent source"), "{first}");

    // In Chinese.
    s.open("?backing=independent&lang=zh").await;
    s.wait_shown(free.len()).await;
    assert!(s
        .text("[data-testid=milestone] [data-testid=backing]")
        .await
        .contains("有独立来源"));

    // The table's column, and the CSV's.
    s.open("?view=table&backing=chinese-state").await;
    s.wait_for_js("return document.querySelectorAll('[data-testid=table-row]').length > 0")
        .await;
    let cells_shown = s
        .js("return [...document.querySelectorAll('[data-testid=table-independent]')].map(e => e.textContent.trim())")
        .await;
    let cells_shown = cells_shown.as_array().unwrap();
    assert!(!cells_shown.is_empty() && cells_shown.len() <= state.len());
    assert!(cells_shown.iter().all(|c| c == "no"), "{cells_shown:?}");
    s.click("[data-testid=download-csv]").await;
    let name = s.wait_for_download(&dir, "csv", &[]).await;
    let csv = String::from_utf8(std::fs::read(&name).unwrap()).unwrap();
    let mut lines = csv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with('\u{feff}'));
    let head = cells(lines.next().unwrap());
    let col = head
        .iter()
        .position(|h| h == "independent_source")
        .expect("an independent_source column");
    let rows: Vec<Vec<String>> = lines.map(cells).collect();
    assert_eq!(rows.len(), state.len());
    assert!(rows.iter().all(|r| r[col] == "no"));
    let mut csv_ids: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    csv_ids.sort();
    assert_eq!(csv_ids, state);
    // A real reader: Python's csv module, as a spreadsheet user's script reads it.
    let expected: serde_json::Map<String, Value> = state
        .iter()
        .map(|id| (id.clone(), Value::from("no")))
        .collect();
    crate::clients::python_reader(
        "check_csv.py",
        &name.to_string_lossy(),
        &dir.join("expected.json"),
        &serde_json::json!({ "backing": expected }),
        "Python's csv module",
    );

    // About says what it means, with the share computed from the data.
    s.open("?view=about").await;
    let confirmed = ids(|m| m["confidence"] == "confirmed");
    let confirmed_free = ids(|m| m["confidence"] == "confirmed" && independent(m));
    let pct = confirmed_free.len() * 100 / confirmed.len();
    let summary = s.text("[data-testid=backing-summary]").await;
    assert!(
        summary.contains(&format!(
            "{pct}% of confirmed milestones have an independent source ({} of {})",
            confirmed_free.len(),
            confirmed.len()
        )),
        "{summary}"
    );
    assert!(summary.contains("not a Chinese ministry, embassy"));
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn about_shows_each_corrected_field_before_and_after() {
    let changes: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("public/data/changes.json")).unwrap(),
    )
    .unwrap();
    let current = &changes["releases"][0];
    let corrected: Vec<&Value> = current["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["fields"].as_array().is_some_and(|f| !f.is_empty()))
        .collect();
    assert!(!corrected.is_empty(), "the release corrects some field");
    let s = Session::start().await;
    s.open("?view=about").await;
    s.wait_for_js("return document.querySelectorAll('[data-testid=field-changes]').length > 0")
        .await;
    let shown = s
        .js("return [...document.querySelectorAll('[data-testid=field-changes] li')].map(e => e.textContent)")
        .await;
    let shown: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for c in &corrected {
        for f in c["fields"].as_array().unwrap() {
            let field = f["field"].as_str().unwrap();
            let after = f["after"].as_str().unwrap();
            let want_after = if after.is_empty() { "(none)" } else { after };
            assert!(
                shown.iter().any(|l| l.starts_with(&format!("{field}: "))
                    && l.contains(&format!("→ {want_after}"))),
                "{field} → {want_after} not in {shown:?}"
            );
        }
    }
    s.close().await;
}
