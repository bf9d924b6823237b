//! Slides: the deck downloaded from the Charts tab and from presentation mode, read by python-pptx and openpyxl, and drawn by LibreOffice.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::clients::{libreoffice_to_pdf, pdftoppm, python_reader, read_ppm};
use crate::harness::{dataset, root, Options, Session};

/// The slides' charts, in order (`ChartId::WITH_ADDRESS`).
const CHARTS: &[&str] = &[
    "agreements",
    "agreements-over-time",
    "milestones-by-year",
    "countries-by-region",
    "membership",
    "map",
];

pub fn inbox(name: &str) -> PathBuf {
    let dir = root().join("target/e2e-downloads").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A chart card's table as the page shows it (its table toggle on and off
/// again): `{head, rows, caption}`, or null when the card has none.
pub async fn chart_table(s: &Session, card: &str) -> Value {
    s.click(&format!("{card} [data-testid=table-toggle]")).await;
    let t = s
        .client
        .execute(
            "const t = document.querySelector(arguments[0] + ' [data-testid=chart-table]');
             if (!t) return null;
             const cells = r => [...r.children].map(c => c.textContent.trim());
             return { head: cells(t.querySelector('thead tr')),
                      rows: [...t.querySelectorAll('tbody tr')].map(cells),
                      caption: t.querySelector('caption').textContent.trim() };",
            vec![Value::from(card)],
        )
        .await
        .unwrap();
    s.click(&format!("{card} [data-testid=table-toggle]")).await;
    t
}

/// Each chart's table as the page shows it, for the client to check the deck against.
async fn tables(s: &Session) -> Vec<Value> {
    let mut out = Vec::new();
    for &id in &CHARTS[..5] {
        let card = format!("[data-testid=chart-{id}]");
        // The matrix is a part of its own: wait for its card.
        if id == "membership" {
            s.find(&format!("{card} svg")).await;
        }
        let mut t = chart_table(s, &card).await;
        if !t.is_null() {
            t["title"] = s
                .js(&format!(
                    "return document.querySelector('{card} h3').textContent.trim()"
                ))
                .await;
        }
        t["id"] = Value::from(id);
        t["empty"] = Value::from(t["rows"].as_array().is_none_or(|r| r.is_empty()));
        out.push(t);
    }
    out
}

/// Runs the python-pptx checker; panics with its report if it finds anything.
pub fn check_with_python_pptx(deck: &Path, expected: &Value) {
    python_reader(
        "check_deck.py",
        &deck.display().to_string(),
        &deck.with_extension("expected.json"),
        expected,
        "python-pptx",
    );
}

/// Converts the deck to PDF with LibreOffice; checks a 16:9 page per slide
/// and that each chart's slide has something drawn on it; keeps PNGs to look at.
pub fn draw_with_libreoffice(deck: &Path, slides: usize) {
    let dir = deck.parent().unwrap();
    let pdf = libreoffice_to_pdf(dir, &[deck.to_path_buf()]).remove(0);
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains(&format!("Pages:           {slides}")),
        "{info}"
    );
    assert!(
        info.contains("Page size:       960") && info.contains("x 540 pts"),
        "16:9: {info}"
    );
    let stem = dir.join(deck.file_stem().unwrap());
    pdftoppm(&["-png", "-r", "40"], &pdf, &stem);
    // A chart's slide is more than its words: many pixels differ from the
    // background (the colour of the page's last pixel).
    let last = slides - 1;
    pdftoppm(
        &["-r", "20", "-f", "2", "-l", &last.to_string()],
        &pdf,
        &stem,
    );
    for page in 2..=last {
        // pdftoppm pads the page number to the digits of the last page.
        let digits = slides.to_string().len();
        let ppm = std::fs::read(format!("{}-{page:0digits$}.ppm", stem.display())).unwrap();
        let (_, _, pixels) = read_ppm(&ppm);
        let bg = &pixels[pixels.len() - 3..];
        let differ = pixels
            .chunks(3)
            .filter(|p| p.iter().zip(bg).any(|(a, b)| a.abs_diff(*b) > 40))
            .count();
        assert!(
            differ * 100 / (pixels.len() / 3) >= 3,
            "slide {page} of {} looks empty in LibreOffice",
            deck.display()
        );
    }
}

/// Each bilateral series' count as of the end of each year, from the data
/// file: the last undisputed observation dated in or before the year (an
/// observation dated by year alone means its end), by the series' name.
fn over_time_by_year(lang: &str) -> Value {
    let ds = dataset();
    let mut out = serde_json::Map::new();
    for a in ds["agreements"].as_array().unwrap() {
        if a["kind"] != "bilateral-mou-series" {
            continue;
        }
        let mut by_year = serde_json::Map::new();
        for year in 2010..=2030u16 {
            let latest = a["observations"]
                .as_array()
                .unwrap()
                .iter()
                .rev()
                .filter(|o| o["disputed"] != true)
                .find(|o| o["as_of"].as_str().unwrap()[..4].parse::<u16>().unwrap() <= year);
            if let Some(o) = latest {
                by_year.insert(year.to_string(), o["count"].clone());
            }
        }
        out.insert(
            a["name"][lang].as_str().unwrap().to_owned(),
            Value::Object(by_year),
        );
    }
    Value::Object(out)
}

fn expected(lang: &str, filters: &str, charts: Vec<Value>) -> Value {
    let ds = dataset();
    let m = &ds["meta"];
    let zh = lang == "zh";
    json!({
        "over_time": over_time_by_year(lang),
        "bar_format": if zh { "{name}（{unit}，{date}）" } else { "{name} ({unit}, {date})" },
        "disputed_format": if zh { "截至{date}为{n}" } else { "{n} as of {date}" },
        "kinds": if zh { json!(["双边备忘录系列", "多边倡议", "贸易协定"]) } else { json!(["Bilateral MoU series", "Multilateral initiative", "Trade agreement"]) },
        "subtitles": {
            "agreements": if zh { "各协议最新报告的数量" } else { "Latest reported count for each agreement" },
            "agreements-over-time": if zh { "与中国签署各系列双边谅解备忘录的国家数量" } else { "Countries that have signed each series of bilateral" },
            "membership": if zh { "被列名为协议成员的所有国家" } else { "Every country named as a member of an agreement" },
        },
        "version": m["version"],
        "markers_heading": if zh { "网页在此图上标记的大事记：" } else { "The milestones the page marks on this chart:" },
        // A milestone both time charts mark, when every milestone is shown.
        "marked": if filters == "All milestones" || filters == "全部大事记" {
            json!(if zh { "2020年11月15日：《区域全面经济伙伴关系协定》（RCEP）签署" } else { "15 Nov 2020: Regional Comprehensive Economic Partnership (RCEP) signed" })
        } else {
            Value::Null
        },
        "title": m["title"][lang],
        "citation": m["citation"][lang],
        "licence": m["licence"]["name"],
        "filters": filters,
        "nothing": if lang == "zh" { "无内容可显示" } else { "Nothing to show" },
        "disputed": if lang == "zh" { "存疑" } else { "disputed" },
        "charts": charts.into_iter().chain([json!({ "id": "map", "title": if lang == "zh" { "大事记涉及的国家" } else { "Where the milestones are: countries named" }, "empty": false })]).collect::<Vec<_>>(),
    })
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, python-pptx and LibreOffice; run by scripts/test.sh"]
async fn the_deck_has_native_charts_with_the_pages_numbers_and_opens_in_libreoffice() {
    for (query, lang, filters) in [
        ("view=charts", "en", "All milestones"),
        ("view=charts&lang=zh&theme=dark", "zh", "全部大事记"),
    ] {
        let dir = inbox(&format!("slides-{lang}"));
        let s = Session::start_with(Options {
            downloads: Some(dir.clone()),
            ..Options::default()
        })
        .await;
        s.open(&format!("?{query}")).await;
        let charts = tables(&s).await;
        s.click("[data-testid=download-slides]").await;
        let deck = s.wait_for_download(&dir, "pptx", &[]).await;
        s.wait_for_js("return /\\.pptx/.test(document.querySelector('[data-testid=slides-status]').textContent)")
            .await;
        assert!(
            s.console_errors().await.is_empty(),
            "{:?}",
            s.console_errors().await
        );
        check_with_python_pptx(&deck, &expected(lang, filters, charts));
        draw_with_libreoffice(&deck, CHARTS.len() + 2);
        s.close().await;
    }
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, python-pptx and LibreOffice; run by scripts/test.sh"]
async fn a_deck_of_nothing_says_so_and_presentation_mode_offers_the_deck() {
    let dir = inbox("slides-empty");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    // Everything filtered out: each chart slide says there is nothing to show.
    s.open("?view=charts&q=zzqqxxnothing").await;
    let charts = tables(&s).await;
    s.click("[data-testid=download-slides]").await;
    let deck = s.wait_for_download(&dir, "pptx", &[]).await;
    let mut exp = expected("en", "matching “zzqqxxnothing”", charts);
    for c in exp["charts"].as_array_mut().unwrap() {
        // The agreement charts and the matrix do not follow the search.
        if !["agreements", "agreements-over-time", "membership"]
            .contains(&c["id"].as_str().unwrap_or_default())
        {
            c["empty"] = Value::from(true);
        }
    }
    check_with_python_pptx(&deck, &exp);
    std::fs::remove_file(&deck).unwrap();

    // From presentation mode.
    s.open("?present=agreements").await;
    s.click("[data-testid=presentation] [data-testid=download-slides]")
        .await;
    let deck = s.wait_for_download(&dir, "pptx", &[]).await;
    assert!(std::fs::metadata(&deck).unwrap().len() > 10_000);
    s.close().await;
}

/// The states of a deck a year each, with each agreement's count as of then
/// (from the data file: the last undisputed observation whose date ends by
/// the year's end; an agreement with none is not yet counted), by name.
fn year_states(lang: &str, with_counts: bool) -> Vec<Value> {
    let ds = dataset();
    let m = &ds["meta"];
    let first = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["date"].as_str().unwrap()[..4].parse::<u16>().unwrap())
        .min()
        .unwrap();
    let through = m["current_through"].as_str().unwrap();
    let last: u16 = through[..4].parse().unwrap();
    let counts = |year: Option<u16>| {
        let mut out = serde_json::Map::new();
        for a in ds["agreements"].as_array().unwrap() {
            let latest = a["observations"]
                .as_array()
                .unwrap()
                .iter()
                .rev()
                .filter(|o| o["disputed"] != true)
                .find(|o| {
                    year.is_none_or(|y| {
                        o["as_of"].as_str().unwrap()[..4].parse::<u16>().unwrap() <= y
                    })
                });
            if let Some(o) = latest {
                out.insert(
                    a["name"][lang].as_str().unwrap().to_owned(),
                    o["count"].clone(),
                );
            }
        }
        Value::Object(out)
    };
    (first..=last)
        .map(|y| {
            let at = (y < last).then_some(y);
            let label = match (at, lang) {
                (Some(y), "zh") => format!("截至{y}年12月31日"),
                (Some(y), _) => format!("as of 31 Dec {y}"),
                (None, "zh") => "现在（数据截至2026年5月6日）".to_owned(),
                (None, _) => format!("now (data through 6 May {last})"),
            };
            if with_counts {
                json!({ "label": label, "counts": counts(at) })
            } else {
                json!({ "label": label })
            }
        })
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, python-pptx and LibreOffice; run by scripts/test.sh"]
async fn slides_a_year_each_for_a_chart_or_the_map_carry_each_years_numbers() {
    for (lang, chart, counts) in [
        ("en", "agreements", true),
        ("zh", "agreements", true),
        ("en", "milestones-by-year", false),
        ("en", "map", false),
    ] {
        let dir = inbox(&format!("year-slides-{lang}-{chart}"));
        let s = Session::start_with(Options {
            downloads: Some(dir.clone()),
            ..Options::default()
        })
        .await;
        let view = if chart == "map" { "map" } else { "charts" };
        s.open(&format!("?view={view}&lang={lang}")).await;
        let card = format!("#app [data-testid=chart-{chart}]");
        s.click(&format!("{card} [data-testid=export-menu] summary"))
            .await;
        s.click(&format!("{card} [data-testid=download-year-slides]"))
            .await;
        let deck = s.wait_for_download(&dir, "pptx", &[]).await;
        let name = deck.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(name, format!("dsr-slides-{chart}-2013-to-2026-light.pptx"));
        let states = year_states(lang, counts);
        python_reader(
            "check_year_deck.py",
            &deck.display().to_string(),
            &deck.with_extension("expected.json"),
            &json!({
                "chart": chart,
                "states": states,
                "nothing": if lang == "zh" { "无内容可显示" } else { "Nothing to show" },
            }),
            "python-pptx",
        );
        if chart != "agreements" {
            // LibreOffice draws every year's slide, none of them empty.
            draw_with_libreoffice(&deck, states.len() + 2);
        }
        s.close().await;
    }
}
