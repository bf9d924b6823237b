//! Citations: the dataset's (About), a chart's (its export menu) and a milestone's (its expanded card), read by bibtexparser, rispy and citeproc-py.

use serde_json::{json, Value};

use crate::clients::python_reader;
use crate::harness::{dataset, Options, Session};

/// Opens the cite menu inside `scope` and returns its four texts by format.
async fn citations(s: &Session, scope: &str) -> Value {
    s.click(&format!("{scope} [data-testid=cite-menu] > summary"))
        .await;
    s.wait_for_js(&format!(
        "return document.querySelectorAll('{scope} [data-testid=cite-text]').length === 4"
    ))
    .await;
    s.client
        .execute(
            "const out = {};
             for (const f of document.querySelectorAll(arguments[0] + ' .cite-format'))
               out[f.dataset.format] = f.querySelector('[data-testid=cite-text]').textContent;
             return out;",
            vec![Value::from(scope)],
        )
        .await
        .unwrap()
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver and the Python clients; run by scripts/test.sh"]
async fn every_citation_reads_in_bibtexparser_rispy_and_citeproc() {
    let dir = crate::harness::downloads("cite");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    let ds = dataset();
    let meta = &ds["meta"];
    let version = meta["version"].as_str().unwrap().to_owned();
    let year: u32 = meta["updated"].as_str().unwrap()[..4].parse().unwrap();
    let accessed = s
        .js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')")
        .await;
    let accessed = accessed.as_str().unwrap().to_owned();
    let milestone = &ds["milestones"][3];
    let mid = milestone["id"].as_str().unwrap().to_owned();

    let mut works = serde_json::Map::new();
    let cases: Vec<(String, String, &str, String)> = vec![
        (
            "dataset".into(),
            "?view=about".into(),
            "[data-testid=about-view]",
            meta["title"]["en"].as_str().unwrap().to_owned(),
        ),
        (
            "chart".into(),
            "?view=charts".into(),
            "[data-testid=chart-agreements]",
            "Countries taking part, by agreement".into(),
        ),
        (
            "milestone-zh".into(),
            format!("?event={mid}&lang=zh"),
            "[data-testid=milestone][data-id]",
            milestone["title"]["zh"].as_str().unwrap().to_owned(),
        ),
    ];
    for (name, query, scope, title) in cases {
        s.open(&query).await;
        if name == "chart" {
            s.click("[data-testid=chart-agreements] [data-testid=export-menu] summary")
                .await;
            s.find("[data-testid=chart-agreements] [data-testid=export-theme]")
                .await;
        }
        let scope = if name == "milestone-zh" {
            format!("[data-testid=milestone][data-id=\"{mid}\"]")
        } else {
            scope.to_owned()
        };
        let texts = citations(&s, &scope).await;
        let origin = s.js("return location.origin + location.pathname").await;
        let origin = origin.as_str().unwrap().to_owned();
        let plain = texts["text"].as_str().unwrap();
        assert!(
            plain.contains(&version) && plain.contains(&title),
            "{name}: {plain}"
        );
        for (format, ext) in [("bibtex", "bib"), ("ris", "ris"), ("csl-json", "json")] {
            std::fs::write(
                dir.join(format!("{name}.{ext}")),
                texts[format].as_str().unwrap(),
            )
            .unwrap();
        }
        // The link cited is the one to what is cited, on this site.
        let parts = match name.as_str() {
            "chart" => vec![
                origin.clone(),
                "view=charts".to_owned(),
                "chart=agreements".to_owned(),
            ],
            "dataset" => vec![origin.clone(), "view=about".to_owned()],
            _ => vec![origin.clone(), format!("event={mid}"), "lang=zh".to_owned()],
        };
        works.insert(
            name.clone(),
            json!({ "title": title, "version": version, "link_parts": parts, "year": year, "accessed": accessed }),
        );
        // A download holds what the menu shows.
        let before: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        s.click(&format!(
            "{scope} .cite-format[data-format=ris] [data-testid=cite-download]"
        ))
        .await;
        let got = s.wait_for_download(&dir, "ris", &before).await;
        assert_eq!(
            std::fs::read_to_string(&got).unwrap(),
            texts["ris"].as_str().unwrap()
        );
        std::fs::remove_file(got).unwrap();
    }
    python_reader(
        "check_citations.py",
        &dir.display().to_string(),
        &dir.join("expected.json"),
        &json!({ "works": works }),
        "the citation parsers",
    );
    let errors = s.console_errors().await;
    assert!(errors.is_empty(), "{errors:?}");
    s.close().await;
}
