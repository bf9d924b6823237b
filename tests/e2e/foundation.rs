//! The app loads its data and shows it; loading failures name the file and offer a retry.

use crate::harness::{dataset, Session};

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_page_renders_every_bundled_milestone() {
    let s = Session::start().await;
    s.open("").await;
    let data = dataset();
    let milestones = data["milestones"].as_array().unwrap();
    s.wait_shown(milestones.len()).await;
    // A page at first; "Show more" draws the rest, a page at a time.
    assert_eq!(
        s.count("#app [data-testid=milestone]").await,
        milestones.len().min(dsr_tracker::prerender::PAGE)
    );
    s.show_all().await;
    assert_eq!(
        s.count("#app [data-testid=milestone]").await,
        milestones.len()
    );

    // Newest first by default: the first card is the latest milestone (one
    // of them, if several share the date), and its title is the data's.
    let latest = milestones
        .iter()
        .map(|m| m["date"].as_str().unwrap())
        .max()
        .unwrap();
    let newest: Vec<&str> = milestones
        .iter()
        .filter(|m| m["date"].as_str() == Some(latest))
        .map(|m| m["title"]["en"].as_str().unwrap())
        .collect();
    let first_title = s.text("[data-testid=milestone] .m-title").await;
    assert!(
        newest.contains(&first_title.as_str()),
        "{first_title} is not of {latest}"
    );

    let current = s.text("[data-testid=current-through]").await;
    assert!(current.starts_with("Data current through"), "{current}");
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_console_check_sees_an_error_when_there_is_one() {
    // Every "no console errors" assertion rests on this reader: it must see one.
    let s = Session::start().await;
    s.open("").await;
    assert_eq!(s.console_errors().await, Vec::<String>::new());
    s.js("console.error('dsr-probe: a deliberate error'); return null;")
        .await;
    let errors = s.console_errors().await;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("dsr-probe: a deliberate error"),
        "{errors:?}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_missing_dataset_names_the_file_and_offers_a_retry() {
    let s = Session::start().await;
    s.open("?data=fixtures/does-not-exist.json").await;
    let panel = s.text("[data-testid=load-error]").await;
    assert!(panel.contains("fixtures/does-not-exist.json"), "{panel}");
    assert!(panel.contains("404"), "{panel}");
    let retry = s.find("[data-testid=load-error] button").await;
    assert_eq!(retry.text().await.unwrap(), "Try again");
    retry.click().await.unwrap();
    s.find("[data-testid=load-error]").await;
    // The retry fetched the file again.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut seen = 0;
    while std::time::Instant::now() < deadline {
        seen += s
            .requested_urls()
            .await
            .iter()
            .filter(|u| u.ends_with("does-not-exist.json"))
            .count();
        if seen >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        seen >= 2,
        "the retry did not fetch the file again ({seen} requests)"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn an_invalid_dataset_lists_every_error_instead_of_a_blank_page() {
    let s = Session::start().await;
    s.open("?data=fixtures/invalid/several-errors.json").await;
    let items = s.text("[data-testid=validation-errors]").await;
    let lines: Vec<&str> = items.lines().collect();
    assert!(lines.len() >= 3, "{items}");
    assert!(
        items.contains("milestone 1 (id \"b\"), field \"date\""),
        "{items}"
    );
    assert!(items.contains("has no day 30"), "{items}");
    assert!(items.contains("field \"sources\""), "{items}");
    assert!(items.contains("unknown country code \"ZZZ\""), "{items}");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_field_of_the_wrong_type_is_named_by_the_detailed_validator_fetched_for_it() {
    // The app reads quickly first; a file with errors is read again by the
    // detailed validator (its own chunk), which names the mistyped field.
    let s = Session::start().await;
    s.open("?data=fixtures/invalid/wrong-type.json").await;
    let items = s.text("[data-testid=validation-errors]").await;
    assert!(
        items.contains("agreement 0 (id \"mou\"), field \"observations[0].count\""),
        "{items}"
    );
    assert!(items.contains("invalid type"), "{items}");
    let fetched = s.requested_urls().await;
    assert!(
        fetched.iter().any(|u| u.contains("split_validator")),
        "the detailed validator's chunk was fetched: {fetched:?}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_corrupt_dataset_file_is_reported_with_its_line() {
    let s = Session::start().await;
    s.open("?data=fixtures/invalid/not-json.json").await;
    let panel = s.text("[data-testid=load-error]").await;
    assert!(panel.contains("not-json.json:"), "{panel}");
    assert!(
        panel.to_lowercase().contains("line") || panel.contains(":3:"),
        "{panel}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_panic_shows_a_readable_panel_with_a_reload_link() {
    let s = Session::start().await;
    s.open("").await;
    // From a task of the browser's, as a click's handler would: a release
    // build aborts at once on a panic (scripts/release-env.sh), and the trap
    // reaches the page as an uncaught error, which boot.js turns into the panel.
    let _ = s
        .js("setTimeout(() => window.wasmBindings.dsrPanicForTests(), 0); return true;")
        .await;
    let panel = s.text("#panic-panel").await;
    assert!(panel.contains("Something went wrong"), "{panel}");
    let detail = s.text("#panic-panel pre").await;
    assert!(detail.contains("RuntimeError"), "{detail}");
    let reload = s.find("#panic-panel a").await;
    assert!(reload
        .attr("href")
        .await
        .unwrap()
        .unwrap_or_default()
        .starts_with("http://127.0.0.1"));
    let errors = s.console_errors().await;
    assert!(
        errors.iter().any(|e| e.contains("RuntimeError")),
        "{errors:?}"
    );
    s.close().await;
}
