//! Export: SVG and PNG files, the clipboard, the embed view, presentation mode.

use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{downloads, Options, Session};

async fn open_menu(s: &Session, chart: &str) {
    s.click(&format!(
        "[data-testid=chart-{chart}] [data-testid=export-menu] summary"
    ))
    .await;
    // The menu's body is a chunk fetched when the menu opens.
    s.find(&format!(
        "[data-testid=chart-{chart}] [data-testid=export-theme]"
    ))
    .await;
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_downloaded_svg_parses_and_carries_its_title_filters_source_and_date() {
    let dir = downloads("svg");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=charts&from=2015&to=2020&cat=forum").await;
    open_menu(&s, "milestones-by-year").await;
    s.click("[data-testid=chart-milestones-by-year] [data-testid=download-svg]")
        .await;
    let bytes = s
        .wait_for_file(&dir.join("dsr-milestones-by-year-2015-2020-forum.svg"))
        .await;
    let text = String::from_utf8(bytes).unwrap();
    let parsed = s
        .client
        .execute(
            "const d = new DOMParser().parseFromString(arguments[0], 'image/svg+xml');
             if (d.querySelector('parsererror')) return 'parse error';
             return [...d.querySelectorAll('text')].map(t => t.textContent.trim()).join('|');",
            vec![Value::from(text.clone())],
        )
        .await
        .unwrap();
    let texts = parsed.as_str().unwrap();
    assert!(
        texts.contains("Milestones per year, by category"),
        "{texts}"
    );
    assert!(
        texts.contains("2015–2020 · Forum"),
        "the filters are in the file: {texts}"
    );
    assert!(texts.contains("Source: DSR Tracker"), "{texts}");
    assert!(
        texts.contains(&format!(
            "Dataset v{}, updated {}",
            crate::harness::meta().version,
            crate::harness::meta().updated_human
        )),
        "{texts}"
    );
    // Real text, no external fonts or images.
    assert!(text.contains("<text"));
    assert!(
        !text.contains("@font-face") && !text.contains("<image") && !text.contains("href=\"http")
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_png_has_exactly_the_chosen_pixel_size() {
    let dir = downloads("png");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=charts").await;
    open_menu(&s, "agreements").await;
    let menu = "[data-testid=chart-agreements]";
    s.find(&format!("{menu} [data-testid=png-size]"))
        .await
        .select_by_value("slide-4-3")
        .await
        .unwrap();
    s.find(&format!("{menu} [data-testid=png-density]"))
        .await
        .select_by_value("2")
        .await
        .unwrap();
    s.find(&format!("{menu} [data-testid=export-theme]"))
        .await
        .select_by_value("presentation")
        .await
        .unwrap();
    s.click(&format!("{menu} [data-testid=download-png]")).await;
    let png = s
        .wait_for_file(&dir.join(format!(
            "dsr-agreements-{}-1024x768@2x.png",
            crate::harness::meta().coverage
        )))
        .await;
    assert_eq!(png_size(&png), (2048, 1536));
    s.find(&format!("{menu} [data-testid=png-size]"))
        .await
        .select_by_value("slide-16-9")
        .await
        .unwrap();
    s.find(&format!("{menu} [data-testid=png-density]"))
        .await
        .select_by_value("1")
        .await
        .unwrap();
    s.click(&format!("{menu} [data-testid=download-png]")).await;
    let png = s
        .wait_for_file(&dir.join(format!(
            "dsr-agreements-{}-1920x1080.png",
            crate::harness::meta().coverage
        )))
        .await;
    assert_eq!(png_size(&png), (1920, 1080));
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn copying_the_image_and_the_link_reaches_the_clipboard() {
    let s = Session::start().await;
    s.open("?view=charts&cat=forum").await;
    s.grant("clipboard-read").await;
    s.grant("clipboard-write").await;
    open_menu(&s, "agreements").await;
    let menu = "[data-testid=chart-agreements]";
    s.find(&format!("{menu} [data-testid=png-size]"))
        .await
        .select_by_value("hd-720")
        .await
        .unwrap();
    s.click(&format!("{menu} [data-testid=copy-image]")).await;
    s.wait_for_js(&format!(
        "return document.querySelector('{menu} [data-testid=export-status]').textContent.startsWith('Image copied')"
    ))
    .await;
    let size = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.clipboard.read().then(async items => {
               const blob = await items[0].getType('image/png');
               const bmp = await createImageBitmap(blob);
               done([items[0].types.join(','), bmp.width, bmp.height]);
             }).catch(e => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(size, serde_json::json!(["image/png", 1280, 720]));

    s.click(&format!("{menu} [data-testid=copy-link]")).await;
    s.wait_for_js(&format!(
        "return document.querySelector('{menu} [data-testid=export-status]').textContent.startsWith('Link copied')"
    ))
    .await;
    let text = s
        .client
        .execute_async("const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done(String(e)));", vec![])
        .await
        .unwrap();
    let text = text.as_str().unwrap();
    assert!(
        text.starts_with(&s.server.url(""))
            && text.contains("cat=forum")
            && text.contains("chart=agreements"),
        "{text}"
    );

    s.click(&format!("{menu} [data-testid=copy-embed]")).await;
    let code = s.text(&format!("{menu} [data-testid=embed-code]")).await;
    assert!(
        code.starts_with("<iframe src=\"")
            && code.contains("embed=agreements")
            && code.contains("embed.js"),
        "{code}"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_embed_url_shows_only_the_chart() {
    let s = Session::start().await;
    s.client
        .goto(&s.server.url("?embed=agreements&lang=zh"))
        .await
        .unwrap();
    s.find("[data-testid=embed] svg").await;
    assert_eq!(s.count("svg").await, 1);
    assert_eq!(
        s.count(".site-header, .filters, [data-testid=timeline], .view-tabs")
            .await,
        0
    );
    let svg = s.text("[data-testid=embed] svg").await;
    assert!(
        svg.contains("各项合作协议的参与国家数量") && svg.contains("来源"),
        "{svg}"
    );
    // It fills the frame's width.
    let fills = s.js("const r = document.querySelector('[data-testid=embed] svg').getBoundingClientRect(); return Math.abs(r.width - document.documentElement.clientWidth) < 2").await;
    assert_eq!(fills, Value::Bool(true));
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn an_embed_that_loads_collapsed_renders_correctly_when_opened() {
    let s = Session::start().await;
    s.client
        .goto(&s.server.url("fixtures/embed-host.html"))
        .await
        .unwrap();
    // Loaded while the <details> is closed: the frame has no size yet. The
    // browser may also put off loading a frame it does not show; either way,
    // the chart must be right once the frame is opened.
    let _ = s
        .try_wait_for_js(
            "const d = document.getElementById('frame').contentDocument; return !!d && !!d.querySelector('[data-testid=embed] svg')",
            8,
        )
        .await;
    s.click("#more summary").await;
    let fits = s
        .try_wait_for_js(
            "const f = document.getElementById('frame'); const svg = f.contentDocument && f.contentDocument.querySelector('svg');
             return !!svg && Math.abs(+svg.getAttribute('width') - f.clientWidth) < 2",
            20,
        )
        .await;
    assert!(fits, "the opened frame's chart does not fit its width");
    // embed.js resized the frame to its content.
    s.wait_for_js(
        "const f = document.getElementById('frame'); return parseInt(f.style.height) > 250",
    )
    .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn presentation_mode_responds_to_its_keys() {
    let s = Session::start().await;
    s.open("?view=charts&cat=forum").await;
    open_menu(&s, "agreements").await;
    s.click("[data-testid=chart-agreements] [data-testid=present]")
        .await;
    let chart = |c: &str| {
        format!("const e = document.querySelector('[data-testid=slide-chart]'); return !!e && e.dataset.chart === '{c}'")
    };
    s.wait_for_js(&chart("agreements")).await;
    // The dialog takes focus, and the page behind it is inert.
    s.wait_for_js("return document.activeElement.dataset.testid === 'presentation' && document.getElementById('main').inert").await;
    s.press(Key::Right).await;
    s.wait_for_js(&chart("agreements-over-time")).await;
    assert!(s
        .js("return location.search")
        .await
        .as_str()
        .unwrap()
        .contains("present=agreements-over-time"));
    s.press(Key::Left).await;
    s.wait_for_js(&chart("agreements")).await;
    // Round the charts backwards: the map is the last slide, drawn once its geometry is here.
    s.press(Key::Left).await;
    s.wait_for_js(&chart("map")).await;
    s.wait_for_js(
        "return !!document.querySelector('[data-testid=slide-chart][data-chart=map] svg .marks')",
    )
    .await;
    s.press(Key::Left).await;
    s.wait_for_js(&chart("membership")).await;
    // Down: the filtered milestones, one per screen, in order.
    s.press(Key::Down).await;
    s.wait_for_js("return !!document.querySelector('[data-testid=slide-milestone]')")
        .await;
    let first = s
        .js("return document.querySelector('[data-testid=slide-milestone]').dataset.id")
        .await;
    s.press(Key::Down).await;
    s.wait_for_js(&format!(
        "return document.querySelector('[data-testid=slide-milestone]').dataset.id !== {first}"
    ))
    .await;
    let count = s.text("[data-testid=slide-milestone] .slide-count").await;
    assert!(count.starts_with("2 / "), "{count}");
    s.press(Key::Up).await;
    s.wait_for_js(&format!(
        "return document.querySelector('[data-testid=slide-milestone]').dataset.id === {first}"
    ))
    .await;
    s.press(Key::Escape).await;
    s.wait_for_js("return !document.querySelector('[data-testid=presentation]') && !location.search.includes('present=')").await;
    assert_eq!(
        s.js("return document.getElementById('main').inert").await,
        Value::Bool(false)
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_transparent_png_has_no_background_and_warns_about_its_text() {
    let dir = downloads("png-transparent");
    let s = Session::start_with(Options {
        downloads: Some(dir.clone()),
        ..Options::default()
    })
    .await;
    s.open("?view=charts").await;
    open_menu(&s, "milestones-by-year").await;
    let menu = "[data-testid=chart-milestones-by-year]";
    assert_eq!(
        s.count(&format!("{menu} [data-testid=transparent-warning]"))
            .await,
        0
    );
    s.click(&format!("{menu} [data-testid=png-transparent]"))
        .await;
    let warning = s
        .text(&format!("{menu} [data-testid=transparent-warning]"))
        .await;
    assert!(warning.contains("dark text"), "{warning}");
    s.find(&format!("{menu} [data-testid=export-theme]"))
        .await
        .select_by_value("dark")
        .await
        .unwrap();
    let warning = s
        .text(&format!("{menu} [data-testid=transparent-warning]"))
        .await;
    assert!(warning.contains("light text"), "{warning}");
    s.click(&format!("{menu} [data-testid=download-png]")).await;
    let name = format!(
        "dsr-milestones-by-year-{}-1920x1080.png",
        crate::harness::meta().coverage
    );
    let png = s.wait_for_file(&dir.join(&name)).await;
    // Chromium decodes the file: the corner is see-through, the bars are not.
    let hex: String = png.iter().map(|b| format!("{b:02x}")).collect();
    let alpha = s
        .client
        .execute_async(
            "const [hex, done] = arguments;
             const bytes = new Uint8Array(hex.match(/../g).map(h => parseInt(h, 16)));
             createImageBitmap(new Blob([bytes], { type: 'image/png' })).then(bmp => {
               const c = document.createElement('canvas');
               c.width = bmp.width; c.height = bmp.height;
               const x = c.getContext('2d');
               x.drawImage(bmp, 0, 0);
               const d = x.getImageData(0, 0, c.width, c.height).data;
               let opaque = 0;
               for (let i = 3; i < d.length; i += 4) if (d[i] === 255) opaque++;
               done([d[3], opaque / (d.length / 4)]);
             }, e => done(String(e)));",
            vec![Value::from(hex)],
        )
        .await
        .unwrap();
    assert_eq!(
        alpha[0],
        Value::from(0),
        "the corner is transparent: {alpha}"
    );
    let opaque = alpha[1].as_f64().unwrap();
    assert!(
        opaque > 0.02 && opaque < 0.6,
        "some of the chart is opaque: {alpha}"
    );
    s.close().await;
}
