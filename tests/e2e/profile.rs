//! The country profile (`country=…`, issue 17): a country with many records, one with none and one known only through counts, in both languages; its link to the map; its chart exported as SVG (drawn by LibreOffice) and as slides (read by python-pptx).

use serde_json::{json, Value};

use crate::clients::libreoffice_to_pdf;
use crate::harness::{dataset, Options, Session};
use crate::slides::{chart_table, check_with_python_pptx, draw_with_libreoffice, inbox};

const PROFILE: &str = "#app [data-testid=country-profile]";

async fn texts(s: &Session, css: &str) -> Vec<String> {
    let v = s
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())",
            vec![Value::from(css)],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_owned())
        .collect()
}

/// Milestones that name `code`, and those of them that are agreements.
fn records(code: &str) -> (usize, usize) {
    let ds = dataset();
    let names = |m: &&Value| m["countries"].as_array().unwrap().iter().any(|c| c == code);
    let all: Vec<&Value> = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(names)
        .collect();
    let signed = all.iter().filter(|m| m["category"] == "agreement").count();
    (all.len(), signed)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_country_with_many_records_one_with_none_and_one_known_only_through_counts() {
    let s = Session::start().await;
    let agreements = dataset()["agreements"].as_array().unwrap().len();
    for (code, lang, name, region, signed_none) in [
        ("THA", "", "Thailand", "UN region: Asia", false),
        ("THA", "&lang=zh", "泰国", "联合国区域：亚洲", false),
        ("ALB", "&lang=zh", "阿尔巴尼亚", "联合国区域：欧洲", true),
        ("ALB", "", "Albania", "UN region: Europe", true),
        ("DZA", "", "Algeria", "UN region: Africa", true),
        ("DZA", "&lang=zh", "阿尔及利亚", "联合国区域：非洲", true),
    ] {
        let at = format!("{code}{lang}");
        s.open(&format!("?country={code}{lang}")).await;
        s.wait_for_js(&format!(
            "return !!document.querySelector('{PROFILE} [data-testid=chart-country] svg')"
        ))
        .await;
        assert_eq!(s.text(&format!("{PROFILE} h2")).await, name, "{at}");
        let summary = s
            .text(&format!("{PROFILE} [data-testid=profile-summary]"))
            .await;
        assert!(summary.contains(region), "{at}: {summary}");
        let (n, signed) = records(code);
        assert!(
            summary.contains(&n.to_string()),
            "{at}: {summary} (want {n})"
        );
        // The agreements it signed or joined: one item each, with its date and a source.
        let items = texts(&s, &format!("{PROFILE} [data-testid=profile-signed]")).await;
        assert_eq!(items.len(), signed, "{at}: {items:?}");
        assert_eq!(signed_none, signed == 0);
        assert_eq!(
            s.count(&format!("{PROFILE} [data-testid=profile-no-signed]"))
                .await,
            usize::from(signed_none),
            "{at}"
        );
        for item in &items {
            assert!(
                item.chars().any(|c| c.is_ascii_digit()),
                "{at}: no date in {item}"
            );
        }
        if signed > 0 {
            let linked = s
                .js(&format!("return [...document.querySelectorAll('{PROFILE} [data-testid=profile-signed]')].every(li => li.querySelector('.profile-sources li'))"))
                .await;
            assert_eq!(linked, true, "{at}: a signed agreement without its sources");
        }
        // Every agreement is either one whose sources name the country, with
        // the date it joined, or one known only as a count, said plainly.
        assert_eq!(
            s.count(&format!("{PROFILE} [data-testid=profile-counted]"))
                .await
                + s.count(&format!("{PROFILE} [data-testid=profile-joined]"))
                    .await,
            agreements,
            "{at}"
        );
        let plain = s.text(PROFILE).await;
        let said = if lang.is_empty() {
            format!("whether {name} is among them is not known")
        } else {
            format!("无法确定{name}是否在其中")
        };
        assert!(plain.contains(&said), "{at}: {plain}");
        // None: it says so, and the chart still draws (empty columns, no error).
        assert_eq!(
            s.count(&format!("{PROFILE} [data-testid=profile-none]"))
                .await,
            usize::from(n == 0),
            "{at}"
        );
        let chart = s
            .js(&format!(
                "return document.querySelector('{PROFILE} [data-testid=chart-country] svg').textContent"
            ))
            .await;
        assert!(chart.as_str().unwrap().contains(name), "{at}: {chart}");
        assert!(
            s.console_errors().await.is_empty(),
            "{at}: {:?}",
            s.console_errors().await
        );
    }
    // Not exactly one country: no profile.
    for path in ["", "?country=THA,LAO", "?country=THA&view=charts"] {
        s.open(path).await;
        assert_eq!(s.count(PROFILE).await, 0, "{path}");
    }
    // The link to the map keeps the country chosen.
    s.open("?country=KEN").await;
    s.wait_for_js(&format!(
        "return !!document.querySelector('{PROFILE} [data-testid=profile-map-link]')"
    ))
    .await;
    let href = s
        .js(&format!("return document.querySelector('{PROFILE} [data-testid=profile-map-link]').getAttribute('href')"))
        .await;
    assert!(
        href.as_str().unwrap().contains("view=map")
            && href.as_str().unwrap().contains("country=KEN"),
        "{href}"
    );
    s.click(&format!("{PROFILE} [data-testid=profile-map-link]"))
        .await;
    s.wait_for_js(
        "return location.search.includes('view=map') && location.search.includes('country=KEN')",
    )
    .await;
    s.wait_for_js("return !!document.querySelector('#app [data-testid=chart-map] svg .marks')")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, python-pptx and LibreOffice; run by scripts/test.sh"]
async fn a_profile_exports_as_svg_for_libreoffice_and_as_slides_for_python_pptx() {
    for (lang, query) in [
        ("en", "?country=THA"),
        ("zh", "?country=THA&lang=zh&theme=dark"),
    ] {
        let dir = inbox(&format!("profile-{lang}"));
        let s = Session::start_with(Options {
            downloads: Some(dir.clone()),
            ..Options::default()
        })
        .await;
        s.open(query).await;
        let card = format!("{PROFILE} [data-testid=chart-country]");
        s.wait_for_js(&format!("return !!document.querySelector('{card} svg')"))
            .await;
        // SVG, through the export menu; no embed or presentation for a profile.
        s.click(&format!("{card} [data-testid=export-menu] > summary"))
            .await;
        assert_eq!(
            s.count(&format!("{card} [data-testid=copy-embed]")).await,
            0
        );
        assert_eq!(s.count(&format!("{card} [data-testid=present]")).await, 0);
        s.click(&format!("{card} [data-testid=download-svg]")).await;
        let svg = s.wait_for_download(&dir, "svg", &[]).await;
        let text = std::fs::read_to_string(&svg).unwrap();
        let name = if lang == "zh" { "泰国" } else { "Thailand" };
        assert!(
            text.starts_with("<?xml") && text.contains(name),
            "{}",
            svg.display()
        );
        let pdf = libreoffice_to_pdf(&dir, std::slice::from_ref(&svg)).remove(0);
        assert!(
            std::fs::metadata(&pdf).unwrap().len() > 1000,
            "{}",
            pdf.display()
        );
        // The table, to check the slide's numbers against.
        let table = chart_table(&s, &card).await;
        s.click(&format!("{PROFILE} [data-testid=download-slides]"))
            .await;
        let deck = s.wait_for_download(&dir, "pptx", &[svg]).await;
        let ds = dataset();
        let m = &ds["meta"];
        let expected = json!({
            "version": m["version"],
            "title": m["title"][lang],
            "citation": m["citation"][lang],
            "licence": m["licence"]["name"],
            "filters": name,
            "nothing": "",
            "disputed": "",
            "charts": [{
                "id": "country",
                "title": table["caption"],
                "head": table["head"],
                "rows": table["rows"],
                "empty": false,
            }],
        });
        check_with_python_pptx(&deck, &expected);
        draw_with_libreoffice(&deck, 3);
        s.close().await;
    }
}
