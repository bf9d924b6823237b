//! Exports read by a real client: every chart's downloaded SVG, in each look and both languages, drawn by LibreOffice and by Chromium and compared.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::clients::{libreoffice_to_pdf, pdftoppm, read_ppm};
use crate::harness::{root, Options, Session};

/// The charts and the view each is on.
const CHARTS: &[(&str, &str)] = &[
    ("agreements", "charts"),
    ("agreements-over-time", "charts"),
    ("milestones-by-year", "charts"),
    ("countries-by-region", "charts"),
    ("membership", "charts"),
    ("map", "map"),
];

/// Side of the square blocks the two renderings are averaged over, in pixels:
/// large enough that two font engines' anti-aliasing and glyph widths agree,
/// small enough that a mark drawn black, a shifted label or a missing swatch
/// does not.
const BLOCK: usize = 8;
/// Two blocks differ when their mean brightness differs by more than this (of 255).
const BLOCK_TOLERANCE: f64 = 28.0;
/// At most this share of blocks may differ.
const MAX_DIFFERING: f64 = 0.02;

/// One downloaded SVG.
#[derive(Clone)]
struct Export {
    name: String,
    svg: String,
    width: usize,
    height: usize,
}

fn out_dir() -> PathBuf {
    let dir = root().join("target/e2e-exports");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `width="…" height="…"` of the root element.
fn svg_size(svg: &str) -> (usize, usize) {
    let open = &svg[svg.find("<svg").unwrap()..];
    let open = &open[..open.find('>').unwrap()];
    let attr = |name: &str| -> usize {
        let key = format!(" {name}=\"");
        let start = open
            .find(&key)
            .unwrap_or_else(|| panic!("no {name} in {open}"))
            + key.len();
        open[start..start + open[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    (attr("width"), attr("height"))
}

/// Downloads every chart's SVG in each of `looks` from the page at `query`.
async fn download(s: &Session, dir: &Path, query: &str, looks: &[&str], tag: &str) -> Vec<Export> {
    let mut out = Vec::new();
    for &(chart, view) in CHARTS {
        s.open(&format!("?view={view}&{query}")).await;
        if chart == "map" {
            s.wait_for_js("return !!document.querySelector('[data-testid=chart-map] svg .marks')")
                .await;
        }
        let card = format!("[data-testid=chart-{chart}]");
        s.click(&format!("{card} [data-testid=export-menu] summary"))
            .await;
        // The menu's body is a chunk fetched when the menu opens.
        s.find(&format!("{card} [data-testid=export-theme]")).await;
        for &look in looks {
            for entry in std::fs::read_dir(dir).unwrap() {
                std::fs::remove_file(entry.unwrap().path()).unwrap();
            }
            s.client
                .execute(
                    "const sel = document.querySelector(arguments[0] + ' [data-testid=export-theme]');
                     sel.value = arguments[1];
                     sel.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![Value::from(card.clone()), Value::from(look)],
                )
                .await
                .unwrap();
            s.click(&format!("{card} [data-testid=download-svg]")).await;
            let file = s.wait_for_download(dir, "svg", &[]).await;
            let svg = String::from_utf8(std::fs::read(&file).unwrap()).unwrap();
            let (width, height) = svg_size(&svg);
            out.push(Export {
                name: format!("{chart}-{look}-{tag}"),
                svg,
                width,
                height,
            });
        }
    }
    out
}

/// What a document may not contain: what only a browser draws as meant.
fn browser_only(svg: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for (needle, what) in [
        ("class=\"marks\"", "the interactive overlay"),
        ("tabindex", "keyboard focus"),
        ("transparent", "`transparent` paint"),
        ("rgba(", "rgba() colour"),
        ("currentColor", "currentColor"),
        ("var(--", "a CSS variable"),
        (" dy=\"", "a text offset in font units"),
        ("<style", "a style sheet"),
        ("@font-face", "a web font"),
        ("<image", "an embedded picture"),
    ] {
        if svg.contains(needle) {
            found.push(what);
        }
    }
    if !svg.contains(" viewBox=\"") {
        found.push("no viewBox");
    }
    if svg.matches("font-family=\"").count() != svg.matches("sans-serif\"").count() {
        found.push("a font stack without a generic fallback");
    }
    found
}

/// Mean brightness of each `BLOCK`×`BLOCK` block of an RGB(A) image.
fn blocks(pixels: &[u8], channels: usize, width: usize, height: usize) -> Vec<f64> {
    let (bw, bh) = (width / BLOCK, height / BLOCK);
    let mut out = vec![0.0; bw * bh];
    for by in 0..bh {
        for bx in 0..bw {
            let mut sum = 0.0;
            for y in by * BLOCK..(by + 1) * BLOCK {
                for x in bx * BLOCK..(bx + 1) * BLOCK {
                    let i = (y * width + x) * channels;
                    let (r, g, b) = (pixels[i], pixels[i + 1], pixels[i + 2]);
                    sum += 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b);
                }
            }
            out[by * bw + bx] = sum / (BLOCK * BLOCK) as f64;
        }
    }
    out
}

/// Chromium's drawing of an SVG document, as the block means.
async fn chromium_blocks(s: &Session, e: &Export) -> Vec<f64> {
    let v = s
        .client
        .execute_async(
            "const [svg, w, h, block, done] = arguments;
             const img = new Image();
             img.onerror = () => done('Chromium could not read the SVG');
             img.onload = () => {
               const c = document.createElement('canvas');
               c.width = w; c.height = h;
               const x = c.getContext('2d');
               x.drawImage(img, 0, 0, w, h);
               const d = x.getImageData(0, 0, w, h).data;
               const bw = Math.floor(w / block), bh = Math.floor(h / block), out = [];
               for (let by = 0; by < bh; by++) for (let bx = 0; bx < bw; bx++) {
                 let sum = 0;
                 for (let y = by * block; y < (by + 1) * block; y++)
                   for (let x = bx * block; x < (bx + 1) * block; x++) {
                     const i = (y * w + x) * 4;
                     sum += 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
                   }
                 out.push(sum / (block * block));
               }
               done(out);
             };
             img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));",
            vec![
                Value::from(e.svg.clone()),
                Value::from(e.width),
                Value::from(e.height),
                Value::from(BLOCK),
            ],
        )
        .await
        .unwrap();
    match v {
        Value::Array(a) => a.iter().map(|x| x.as_f64().unwrap()).collect(),
        other => panic!("{}: {other}", e.name),
    }
}

/// Converts every SVG to PDF with LibreOffice, then each PDF to PPM and PNG
/// with pdftoppm at the SVG's pixel size.
fn libreoffice(dir: &Path, exports: &[Export]) -> Vec<Vec<f64>> {
    let files: Vec<PathBuf> = exports
        .iter()
        .map(|e| {
            let svg = dir.join(format!("{}.svg", e.name));
            std::fs::write(&svg, &e.svg).unwrap();
            svg
        })
        .collect();
    let pdfs = libreoffice_to_pdf(dir, &files);
    exports
        .iter()
        .zip(&pdfs)
        .map(|(e, pdf)| {
            let (w, h) = (e.width.to_string(), e.height.to_string());
            let stem = dir.join(format!("{}-libreoffice", e.name));
            // PNG to look at, PPM (pdftoppm's default) to compare.
            let size = ["-singlefile", "-scale-to-x", &w, "-scale-to-y", &h];
            pdftoppm(&[&["-png"][..], &size].concat(), pdf, &stem);
            pdftoppm(&size, pdf, &stem);
            let ppm = std::fs::read(stem.with_extension("ppm")).unwrap();
            let (pw, ph, pixels) = read_ppm(&ppm);
            assert_eq!(
                (pw, ph),
                (e.width, e.height),
                "{}: the page has the SVG's size",
                e.name
            );
            blocks(&pixels, 3, pw, ph)
        })
        .collect()
}

/// The share of blocks whose brightness differs beyond the tolerance.
fn differing(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len());
    let n = a
        .iter()
        .zip(b)
        .filter(|(x, y)| (*x - *y).abs() > BLOCK_TOLERANCE)
        .count();
    n as f64 / a.len() as f64
}

#[tokio::test]
#[ignore = "needs dist/, chromedriver, LibreOffice and poppler-utils; run by scripts/test.sh"]
async fn every_downloaded_svg_draws_the_same_in_libreoffice_as_in_chromium() {
    let dir = out_dir();
    let inbox = root().join("target/e2e-downloads/clients");
    let _ = std::fs::remove_dir_all(&inbox);
    std::fs::create_dir_all(&inbox).unwrap();
    let s = Session::start_with(Options {
        downloads: Some(inbox.clone()),
        ..Options::default()
    })
    .await;
    let mut exports = download(&s, &inbox, "lang=en", &["light", "presentation"], "en").await;
    exports.extend(download(&s, &inbox, "lang=zh&theme=dark", &["current"], "zh").await);
    assert_eq!(exports.len(), CHARTS.len() * 3);

    let mut problems = Vec::new();
    for e in &exports {
        let found = browser_only(&e.svg);
        if !found.is_empty() {
            problems.push(format!("{}: {}", e.name, found.join(", ")));
        }
    }
    assert!(
        problems.is_empty(),
        "not a portable document:\n{}",
        problems.join("\n")
    );

    // Two controls, so that the comparison is known to see what went wrong
    // before: the old overlay's `transparent` paint over the plot, and text
    // placed with an offset in em.
    let sample = exports
        .iter()
        .find(|e| e.name == "milestones-by-year-light-en")
        .unwrap();
    let cover = format!(
        "<rect x=\"40\" y=\"100\" width=\"{}\" height=\"{}\" fill=\"transparent\"/></svg>",
        sample.width - 80,
        sample.height - 200
    );
    let controls = [
        Export {
            name: "control-transparent".to_owned(),
            svg: sample.svg.replace("</svg>", &cover),
            ..*sample
        },
        Export {
            name: "control-em-offset".to_owned(),
            svg: sample.svg.replace("<text ", "<text dy=\"0.76em\" "),
            ..*sample
        },
    ];
    let n = exports.len();
    exports.extend(controls);
    let drawn = libreoffice(&dir, &exports);
    for (e, lo) in exports[n..].iter().zip(&drawn[n..]) {
        let share = differing(&chromium_blocks(&s, e).await, lo);
        assert!(
            share > MAX_DIFFERING,
            "{}: the comparison does not see the defect ({:.2}% of blocks differ)",
            e.name,
            share * 100.0
        );
    }

    let mut report = Vec::new();
    for (e, lo) in exports[..n].iter().zip(&drawn) {
        let chromium = chromium_blocks(&s, e).await;
        let share = differing(&chromium, lo);
        report.push(format!(
            "{:<40} {:>5.2}% of blocks differ",
            e.name,
            share * 100.0
        ));
        if share > MAX_DIFFERING {
            problems.push(format!(
                "{}: {:.1}% of {BLOCK}px blocks differ (at most {:.0}%); see {}",
                e.name,
                share * 100.0,
                MAX_DIFFERING * 100.0,
                dir.join(format!("{}-libreoffice.png", e.name)).display()
            ));
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        problems.is_empty(),
        "LibreOffice draws these unlike Chromium:\n{}",
        problems.join("\n")
    );
    s.close().await;
}
