//! Issue 27: the dataset as a workbook and back: the Table view's .xlsx read by openpyxl and re-saved by LibreOffice Calc as .xlsx and .ods, both imported back to the same dataset (by the command line's calamine and by the page's own reader); the template; a workbook opened as one's own dataset in both languages, and a broken one's errors by sheet, row and column.

use std::path::{Path, PathBuf};
use std::process::Command;

use dsr_core::i18n::{data, workbook as w, Lang};
use serde_json::{json, Value};

use crate::clients::{libreoffice_to_pdf, pdftoppm, python_reader};
use crate::harness::{dataset, downloads, root, Options, Session};

/// Converts `file` with LibreOffice Calc to `format` (`ods`, or `xlsx` with
/// its filter) into `outdir`, with a profile of its own; soffice exits 0 even
/// when it fails, so the output is asserted to exist.
fn calc_convert(file: &Path, format: &str, ext: &str, outdir: &Path) -> PathBuf {
    std::fs::create_dir_all(outdir).unwrap();
    let profile = format!("file:///tmp/lo-dsr-wb-{}-{ext}", std::process::id());
    let out = Command::new("soffice")
        .args([
            "--headless",
            &format!("-env:UserInstallation={profile}"),
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(outdir)
        .arg(file)
        .output()
        .expect("soffice runs (libreoffice-calc-nogui)");
    let made = outdir.join(file.with_extension(ext).file_name().unwrap());
    assert!(
        made.exists(),
        "LibreOffice Calc made no .{ext} of {}: {}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    made
}

/// `cargo run --bin import -- FILE`: the dataset JSON it prints.
fn import(file: &Path) -> Value {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "-p", "dsr-core", "--bin", "import", "--"])
        .arg(file)
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "import refused {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

async fn open_own(s: &Session, file: &Path) {
    s.find("[data-testid=file-input]")
        .await
        .send_keys(&file.to_string_lossy())
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_table_views_workbook_is_read_by_openpyxl_and_comes_back_whole_through_calc() {
    let dir = downloads("workbook");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=table").await;
    s.click("[data-testid=download-all-xlsx]").await;
    let xlsx = s.wait_for_download(&dir, "xlsx", &[]).await;
    assert_eq!(xlsx.file_name().unwrap(), "dsr-milestones-all.xlsx");
    let ds = dataset();
    let n = ds["milestones"].as_array().unwrap().len();
    s.wait_for_js(&format!(
        "return document.querySelector('[data-testid=download-status]').textContent.includes('dsr-milestones-all.xlsx ({n} milestones)')"
    ))
    .await;

    // openpyxl: sheets, frozen headers, drop-down lists, the codebook.
    let ids: Vec<Value> = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].clone())
        .collect();
    let countries: Vec<Value> = crate::harness::countries()["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["a3"].clone())
        .collect();
    let expected = json!({
        "sheets": ["README", "milestones", "sources", "steps", "agreements", "observations", "members", "meta", "lists"],
        "ids": ids,
        "lists": {
            "milestones": {"category": "category", "confidence": "confidence"},
            "sources": {"kind": "source_kind", "part": "part", "chinese_state": "yes_no"},
            "agreements": {"kind": "agreement_kind", "counts": "counts"},
            "members": {"country": "country_code"},
            "steps": {"status": "step_status"},
        },
        "vocab": {
            "category": ["policy", "forum", "agreement", "governance", "security", "e-commerce", "infrastructure", "talent"],
            "confidence": ["unverified", "single-source", "confirmed"],
            "source_kind": dsr_core::model::SourceKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
            "agreement_kind": ["bilateral-mou-series", "multilateral-initiative", "trade-agreement"],
            "counts": ["partners", "signatories"],
            "part": ["milestone", "step", "observation", "member"],
            "yes_no": ["yes", "no"],
            "step_status": ["in-force", "implemented", "suspended", "withdrawn", "cancelled"],
            "country_code": countries,
        },
        "codebook_rows": dsr_core::workbook::columns::RECORD_SHEETS.iter().map(|s| s.columns.len()).sum::<usize>()
            + dsr_core::workbook::columns::META_FIELDS.len(),
    });
    python_reader(
        "check_workbook.py",
        &xlsx.to_string_lossy(),
        &dir.join("expected.json"),
        &expected,
        "openpyxl",
    );

    // LibreOffice Calc saves it again as .ods and as .xlsx; both import back
    // to the very dataset (the command line reads them with calamine).
    let ods = calc_convert(&xlsx, "ods", "ods", &dir.join("calc-ods"));
    let resaved = calc_convert(
        &xlsx,
        "xlsx:Calc MS Excel 2007 XML",
        "xlsx",
        &dir.join("calc-xlsx"),
    );
    // The page writes the dataset as it holds it: milestones in date order,
    // members by the date they joined, no `$schema` line. Compare them in one order.
    let by_id = |mut v: Value| {
        let key = |k: &'static str| move |a: &Value, b: &Value| a[k].as_str().cmp(&b[k].as_str());
        v["milestones"].as_array_mut().unwrap().sort_by(key("id"));
        for a in v["agreements"].as_array_mut().unwrap() {
            if let Some(members) = a["members"].as_array_mut() {
                members.sort_by(key("country"));
            }
        }
        v.as_object_mut().unwrap().remove("$schema");
        v
    };
    for file in [&ods, &resaved] {
        assert!(
            by_id(import(file)) == by_id(ds.clone()),
            "{} did not import back to dsr.json",
            file.display()
        );
    }

    // The Table view's CSV opens again as the same milestones.
    s.click("[data-testid=download-all-csv]").await;
    let csv = s.wait_for_download(&dir, "csv", &[]).await;
    s.open("?").await;
    open_own(&s, &csv).await;
    s.wait_for_js("return !!document.querySelector('[data-testid=own-file]')")
        .await;
    assert_eq!(
        s.text("[data-testid=own-file]").await,
        "dsr-milestones-all.csv"
    );
    s.wait_shown(n).await;
    assert_eq!(s.count("[data-testid=user-errors]").await, 0);
    s.click("[data-testid=back-to-bundled]").await;

    // And the page's own reader opens Calc's .ods as the reader's dataset.
    s.open("?").await;
    open_own(&s, &ods).await;
    s.wait_for_js("return !!document.querySelector('[data-testid=own-file]')")
        .await;
    assert_eq!(
        s.text("[data-testid=own-file]").await,
        "dsr-milestones-all.ods"
    );
    s.wait_shown(n).await;
    assert_eq!(s.count("[data-testid=user-errors]").await, 0);
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_template_opens_as_ones_own_dataset_in_both_languages_and_a_broken_copy_lists_its_errors(
) {
    let dir = downloads("template");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=about").await;
    s.click("[data-testid=download-template]").await;
    let template = s.wait_for_download(&dir, "xlsx", &[]).await;
    assert_eq!(template.file_name().unwrap(), "tracker-template.xlsx");

    // LibreOffice draws it (the README sheet first): for review, in target/screens.
    let pdf = libreoffice_to_pdf(&dir, std::slice::from_ref(&template)).remove(0);
    let screens = root().join("target/screens");
    std::fs::create_dir_all(&screens).unwrap();
    pdftoppm(
        &["-png", "-r", "60", "-f", "1", "-l", "1"],
        &pdf,
        &screens.join("template-calc"),
    );
    assert!(std::fs::read_dir(&screens).unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .starts_with("template-calc")));

    for lang in ["en", "zh"] {
        s.open(&format!("?lang={lang}")).await;
        open_own(&s, &template).await;
        s.wait_for_js("return !!document.querySelector('[data-testid=own-file]')")
            .await;
        assert_eq!(
            s.text("[data-testid=own-file]").await,
            "tracker-template.xlsx"
        );
        s.wait_shown(2).await;
        s.click("[data-testid=back-to-bundled]").await;
        s.wait_for_js("return !document.querySelector('[data-testid=own-file]')")
            .await;
    }

    // A workbook on the same site opens by its address too (`data=`).
    let served = root().join("dist/data/e2e-template.xlsx");
    std::fs::copy(&template, &served).unwrap();
    s.open("?data=data/e2e-template.xlsx").await;
    s.wait_shown(2).await;
    std::fs::remove_file(&served).unwrap();

    // A copy broken in openpyxl: the errors name sheet, row, column and value,
    // in Chinese, and the dataset on screen stays.
    let broken = dir.join("broken.xlsx");
    let python = root().join("tools/clients/venv/bin/python");
    let out = Command::new(&python)
        .arg(root().join("tests/clients/break_workbook.py"))
        .arg(&template)
        .arg(&broken)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all = dataset()["milestones"].as_array().unwrap().len();
    s.open("?lang=zh").await;
    s.wait_shown(all).await;
    open_own(&s, &broken).await;
    s.find("[data-testid=user-errors] .error-list li").await;
    let errors = s.text("[data-testid=user-errors]").await;
    let date = format!(
        "{}{}：{}",
        data::sheet_row(Lang::Zh, "milestones", 2),
        w::column(Lang::Zh, "date"),
        data::date_form(Lang::Zh, "18 April 2019")
    );
    assert!(errors.contains(&date), "{errors}");
    let kind = format!(
        "{}{}",
        data::sheet_row(Lang::Zh, "sources", 2),
        w::column(Lang::Zh, "kind")
    );
    assert!(
        errors.contains(&kind) && errors.contains("blog"),
        "{errors}"
    );
    assert!(
        errors.contains(&data::refused(Lang::Zh, "broken.xlsx", 2, "")),
        "{errors}"
    );
    s.wait_shown(all).await;
    assert_eq!(s.count("[data-testid=own-file]").await, 0);
    let shot = screens.join("workbook-errors-zh.png");
    s.screenshot(&shot).await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn an_expanded_milestone_offers_a_correction_where_the_dataset_names_a_contact() {
    let s = Session::start().await;
    // The example dataset names an address: the link carries the id and the milestone's page.
    s.open("?data=data/examples/minimal.json&event=wic-2015")
        .await;
    let link = s.find("#m-wic-2015 [data-testid=suggest-correction]").await;
    let href = link.attr("href").await.unwrap().unwrap();
    assert!(
        href.starts_with("mailto:corrections@example.org?subject=")
            && href.contains("wic-2015")
            && href.contains("%3Fevent%3Dwic-2015"),
        "{href}"
    );
    assert_eq!(link.text().await.unwrap(), "Suggest a correction");
    // In Chinese too.
    s.open("?data=data/examples/minimal.json&event=wic-2015&lang=zh")
        .await;
    let text = s
        .find("#m-wic-2015 [data-testid=suggest-correction]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(text, dsr_core::i18n::timeline::SUGGEST_CORRECTION.zh);
    // The bundled dataset names no contact yet: no link, rather than a made-up one.
    let first = dataset()["milestones"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    s.open(&format!("?event={first}")).await;
    s.find(&format!("#m-{first}.selected [data-testid=cite-menu]"))
        .await;
    assert_eq!(s.count("[data-testid=suggest-correction]").await, 0);
    s.close().await;
}

/// A file the browser cannot read is named, in the page's language, with
/// the browser's own reason (its words, in its language) inside the page's
/// sentence: none of the page's own words in another language.
#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_file_the_browser_cannot_read_is_said_in_the_pages_language() {
    let s = Session::start().await;
    s.open("?lang=zh").await;
    s.wait_ready().await;
    // As a file removed or locked after it was chosen.
    s.js("Blob.prototype.arrayBuffer = () => Promise.reject(new DOMException('simulated read failure', 'NotReadableError')); return true")
        .await;
    let file = root().join("public/data/examples/minimal.json");
    open_own(&s, &file).await;
    s.wait_for_js("return !!document.querySelector('[data-testid=user-errors]')")
        .await;
    let text = s.text("[data-testid=user-errors]").await;
    assert!(
        text.contains("minimal.json")
            && text.contains("无法读取该文件")
            && text.contains("simulated read failure"),
        "{text}"
    );
    let ours = text
        .replace("minimal.json", "")
        .replace("simulated read failure", "");
    let english: Vec<&str> = ours
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .collect();
    assert!(
        english.is_empty(),
        "words of another language: {english:?} in {text}"
    );
    // The bundled dataset stays on screen.
    assert!(s.count("#app [data-testid=milestone]").await > 0);
    s.close().await;
}
