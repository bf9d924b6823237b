//! Screenshots of the first view and the app, light and dark, English and Chinese, phone and desktop, into `target/screens/` for review; at no width does the page scroll sideways.

use crate::harness::{root, Options, Session};

/// One test per width, so that a failure says which width it is.
macro_rules! at_width {
    ($($name:ident: $width:literal x $height:literal;)*) => {$(
        #[tokio::test]
        #[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
        async fn $name() {
            every_look_fits_and_is_saved($width, $height).await;
        }
    )*};
}

at_width! {
    every_look_fits_320_px_and_is_saved_for_review: 320 x 700;
    every_look_fits_360_px_and_is_saved_for_review: 360 x 740;
    every_look_fits_390_px_and_is_saved_for_review: 390 x 844;
    every_look_fits_768_px_and_is_saved_for_review: 768 x 1024;
    every_look_fits_1280_px_and_is_saved_for_review: 1280 x 900;
}

/// Light and dark, every page below, at one size.
async fn every_look_fits_and_is_saved(width: u32, height: u32) {
    let dir = root().join("target/screens");
    std::fs::create_dir_all(&dir).unwrap();
    {
        for dark in [false, true] {
            let s = Session::start_with(Options {
                width,
                height,
                dark,
                ..Options::default()
            })
            .await;
            for (name, path) in [
                ("first-view", ""),
                ("zh", "?lang=zh"),
                ("charts", "?view=charts"),
                ("charts-zh", "?view=charts&lang=zh"),
                ("filters-open-zh", "?lang=zh&cat=agreement"),
                ("cite-zh", "?event=vision-and-actions&lang=zh"),
                ("present-map", "?present=map"),
                ("compare-zh", "?country=KEN,ETH,NGA,ZAF,EGY,MAR&lang=zh"),
                ("print", "?view=print"),
            ] {
                s.open(path).await;
                if name == "present-map" {
                    s.wait_for_js(
                        "return !!document.querySelector('[data-testid=slide-chart] svg .marks')",
                    )
                    .await;
                }
                if name == "filters-open-zh" && width < 760 {
                    s.click("#app .filters-toggle").await;
                    s.click("#app [data-testid=menu-toggle]").await;
                }
                if name == "compare-zh" {
                    s.find("#app [data-testid=chart-membership] svg").await;
                }
                if name == "print" {
                    s.wait_for_js("return document.querySelectorAll('[data-testid=print-chart]').length === 6")
                        .await;
                }
                if name == "cite-zh" {
                    // An expanded card with its citation menu open.
                    s.click("[data-id=vision-and-actions] [data-testid=cite-menu] > summary")
                        .await;
                    s.wait_for_js(
                        "return document.querySelectorAll('[data-testid=cite-text]').length === 4",
                    )
                    .await;
                }
                let look = if dark { "dark" } else { "light" };
                let file = dir.join(format!("{name}-{width}-{look}.png"));
                s.screenshot(&file).await;
                assert!(
                    std::fs::metadata(&file).unwrap().len() > 1000,
                    "{}",
                    file.display()
                );
                let overflow = s
                    .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    .await;
                assert!(
                    overflow.as_f64().unwrap_or(1.0) <= 0.0,
                    "{name} at {width}px scrolls sideways by {overflow}px"
                );
            }
            s.close().await;
        }
    }
}
