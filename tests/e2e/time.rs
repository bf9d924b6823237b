//! Time (issue 24): `asof=` on the timeline, the charts, the map, a profile, presentation and embed, in both languages; the past-state bar and its way back to now; the timeline's order; partial years; malformed dates.

use fantoccini::key::Key;
use serde_json::Value;

use crate::harness::{dataset, Session};

/// Milestones whose first possible day is on or before the end of `year`, and those after.
fn by_end_of(year: u16) -> (usize, usize) {
    let ds = dataset();
    let all = ds["milestones"].as_array().unwrap();
    let by = all
        .iter()
        .filter(|m| m["date"].as_str().unwrap()[..4].parse::<u16>().unwrap() <= year)
        .count();
    (by, all.len() - by)
}

/// The years of the timeline's cards, top to bottom.
async fn card_years(s: &Session) -> Vec<u16> {
    let v = s
        .js("return [...document.querySelectorAll('#app [data-testid=timeline] .year-group')].map(g => g.dataset.year)")
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_str().unwrap().parse().unwrap())
        .collect()
}

async fn svg_texts(s: &Session, css: &str) -> Vec<String> {
    let v = s
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0] + ' svg text')].map(t => t.textContent.trim())",
            vec![Value::from(css)],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_timeline_as_of_a_year_says_so_counts_what_comes_later_and_goes_back_to_now() {
    let s = Session::start().await;
    let (by, later) = by_end_of(2019);
    let total = by + later;
    assert!(by > 10 && later > 10);
    for (lang, date, later_text) in [
        (
            "en",
            "31 Dec 2019",
            format!("{later} later milestones not shown"),
        ),
        (
            "zh",
            "2019年12月31日",
            format!("之后的{later}条大事记未显示"),
        ),
    ] {
        s.open(&format!("?asof=2019&lang={lang}")).await;
        s.wait_shown(by).await;
        let bar = s.text("#app [data-testid=as-of-bar]").await;
        assert!(bar.contains(date), "{lang}: {bar}");
        assert!(bar.contains(&later_text), "{lang}: {bar}");
        // Newest first, and nothing after 2019.
        let years = card_years(&s).await;
        assert_eq!(years.first(), Some(&2019), "{lang}: {years:?}");
        assert!(years.iter().all(|&y| y <= 2019));
        assert!(years.windows(2).all(|w| w[0] > w[1]), "{years:?}");
        // Back to now: the date leaves the address, every milestone is back.
        s.click("#app [data-testid=back-to-now]").await;
        s.wait_shown(total).await;
        let url = s.client.current_url().await.unwrap();
        assert!(!url.as_str().contains("asof"), "{url}");
        assert_eq!(s.count("#app [data-testid=as-of-bar]").await, 0);
    }
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn newest_first_by_default_oldest_first_on_request_and_in_the_first_view() {
    let s = Session::start().await;
    // The first view, prerendered into the page, before any WebAssembly runs.
    s.goto("").await;
    let first = s
        .js("return document.querySelector('[data-testid=timeline] .year-group').dataset.year")
        .await;
    let newest = dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["date"].as_str().unwrap()[..4].to_owned())
        .max()
        .unwrap();
    assert_eq!(
        first.as_str(),
        Some(newest.as_str()),
        "the first view opens on the newest year"
    );
    // The year strip follows the order: the newest year on the left, in the first view too.
    let strip = |root: &str| {
        format!("return [...document.querySelector('{root} [data-testid=year-strip]').querySelectorAll('.mark')].map(m => m.dataset.year)")
    };
    let prerendered = s.js(&strip("")).await;
    assert_eq!(
        prerendered[0].as_str(),
        Some(newest.as_str()),
        "{prerendered}"
    );
    s.wait_ready().await;
    let years = card_years(&s).await;
    assert_eq!(years.first().map(|y| y.to_string()), Some(newest.clone()));
    let live = s.js(&strip("#app")).await;
    assert_eq!(live, prerendered);
    // The control beside the list writes `order=oldest`.
    s.client
        .execute(
            "const o = document.querySelector('#app [data-testid=order]'); o.value = 'oldest'; o.dispatchEvent(new Event('change', {bubbles: true})); return true",
            vec![],
        )
        .await
        .unwrap();
    s.wait_for_js("return location.search.includes('order=oldest')")
        .await;
    s.wait_for_js("return document.querySelector('#app [data-testid=timeline] .year-group').dataset.year === '2013'")
        .await;
    s.wait_for_js("return document.querySelector('#app [data-testid=year-strip] .mark').dataset.year === '2013'")
        .await;
    // And from a link, in Chinese.
    s.open("?order=oldest&lang=zh").await;
    assert_eq!(card_years(&s).await.first(), Some(&2013));
    assert_eq!(
        s.js(
            "return document.querySelector('#app [data-testid=order] option:checked').textContent"
        )
        .await,
        "最早在前"
    );
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_charts_as_of_a_year_show_not_yet_the_rule_and_no_later_years() {
    let s = Session::start().await;
    let agreements = dataset()["agreements"].as_array().unwrap().len();
    for (lang, not_yet, rule) in [
        ("en", "not yet counted by 31 Dec 2016", "31 Dec 2016"),
        ("zh", "截至2016年12月31日尚无统计", "2016年12月31日"),
    ] {
        s.open(&format!("?view=charts&asof=2016&lang={lang}")).await;
        s.find("#app [data-testid=chart-agreements] svg").await;
        let texts = svg_texts(&s, "#app [data-testid=chart-agreements]").await;
        // Only Silk Road E-commerce had a count by then: every other series is "not yet", never 0.
        assert_eq!(
            texts.iter().filter(|t| t.as_str() == not_yet).count(),
            agreements - 1,
            "{lang}: {texts:?}"
        );
        assert!(!texts.iter().any(|t| t.starts_with("0 ")), "{texts:?}");
        let over = svg_texts(&s, "#app [data-testid=chart-agreements-over-time]").await;
        assert!(over.iter().any(|t| t == rule), "{lang}: {over:?}");
        // Milestones per year stop at 2016.
        let years = s
            .js("return [...document.querySelectorAll('#app [data-testid=chart-milestones-by-year] .mark[data-from]')].map(m => +m.dataset.from)")
            .await;
        let years: Vec<u64> = years
            .as_array()
            .unwrap()
            .iter()
            .map(|y| y.as_u64().unwrap())
            .collect();
        assert_eq!(years.last(), Some(&2016), "{years:?}");
        assert!(s.text("#app [data-testid=as-of-bar]").await.contains(rule));
    }
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_current_year_is_drawn_and_worded_as_partial() {
    let s = Session::start().await;
    let through = dataset()["meta"]["current_through"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(through, "2026-05-06");
    for (lang, short, note) in [
        (
            "en",
            "to 6 May",
            "2026 is a partial year: the data runs through 6 May 2026",
        ),
        ("zh", "至5月6日", "2026年尚未结束：数据截至2026年5月6日"),
    ] {
        s.open(&format!("?view=charts&lang={lang}")).await;
        let card = "#app [data-testid=chart-milestones-by-year]";
        s.find(&format!("{card} svg")).await;
        let texts = svg_texts(&s, card).await;
        assert!(texts.iter().any(|t| t == short), "{lang}: {texts:?}");
        assert!(texts.concat().contains(note), "{lang}: {texts:?}");
        // The 2026 column's tooltip says so too.
        let title = s
            .js(&format!("return document.querySelector('{card} .mark[data-from=\"2026\"]').getAttribute('aria-label')"))
            .await;
        assert!(title.as_str().unwrap().contains(note), "{title}");
    }
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn as_of_a_date_on_the_map_a_profile_presentation_and_embed() {
    let s = Session::start().await;
    // The map of an agreement not yet counted by then.
    s.open("?view=map&map=digital-green-framework-2023&asof=2019")
        .await;
    s.find("#app [data-testid=chart-map] svg").await;
    let texts = svg_texts(&s, "#app [data-testid=chart-map]").await.concat();
    assert!(texts.contains("not yet counted by 31 Dec 2019"), "{texts}");
    // Counted by then: shaded as then.
    s.open("?view=map&map=digital-green-framework-2023&asof=2023&lang=zh")
        .await;
    s.find("#app [data-testid=chart-map] svg").await;
    let texts = svg_texts(&s, "#app [data-testid=chart-map]").await.concat();
    assert!(texts.contains("截至2023年12月31日"), "{texts}");
    // A profile as of a year: only what it had by then.
    let ds = dataset();
    let tha_by_2019 = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            m["countries"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c == "THA")
        })
        .filter(|m| m["date"].as_str().unwrap()[..4].parse::<u16>().unwrap() <= 2019)
        .count();
    s.open("?country=THA&asof=2019").await;
    s.wait_shown(tha_by_2019).await;
    s.find("#app [data-testid=country-profile] [data-testid=chart-country] svg")
        .await;
    let profile = s.text("#app [data-testid=country-profile]").await;
    assert!(profile.contains("31 Dec 2019"), "{profile}");
    // Presentation and embed carry the date.
    s.open("?present=agreements&asof=2016").await;
    s.find("[data-testid=presentation] svg").await;
    let texts = svg_texts(&s, "[data-testid=presentation]").await.concat();
    assert!(texts.contains("not yet counted by 31 Dec 2016"), "{texts}");
    s.open("?embed=agreements&asof=2016&lang=zh").await;
    s.find("[data-testid=embed] svg").await;
    let texts = svg_texts(&s, "[data-testid=embed]").await.concat();
    assert!(texts.contains("截至2016年12月31日"), "{texts}");
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_malformed_or_future_date_is_ignored_with_a_notice() {
    let s = Session::start().await;
    let total = dataset()["milestones"].as_array().unwrap().len();
    for (q, says) in [
        ("asof=20x9", "Ignored asof=20x9: it is not a date"),
        ("asof=1850", "Ignored asof=1850: it is not a date"),
        (
            "asof=2099-01-01",
            "Ignored asof=2099-01-01: it is after today",
        ),
        (
            "order=sideways",
            "Ignored order=sideways: it is not an order",
        ),
    ] {
        s.open(&format!("?{q}")).await;
        s.wait_shown(total).await;
        let notices = s.text("#app [data-testid=notices]").await;
        assert!(notices.contains(says), "{q}: {notices}");
        assert_eq!(s.count("#app [data-testid=as-of-bar]").await, 0);
    }
    assert!(s.console_errors().await.is_empty());
    s.close().await;
}

/// The scrubber's spoken value.
async fn spoken(s: &Session) -> String {
    s.js("return document.querySelector('#app [data-testid=scrubber-slider]').getAttribute('aria-valuetext')")
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn the_scrubber_is_driven_by_the_keyboard_alone_in_both_languages() {
    let s = Session::start().await;
    for (lang, now, first) in [
        ("en", "Now (data through 6 May 2026)", "As of 31 Dec 2013"),
        ("zh", "现在（数据截至2026年5月6日）", "截至2013年12月31日"),
    ] {
        s.open(&format!("?view=charts&lang={lang}")).await;
        let slider = "#app [data-testid=scrubber-slider]";
        s.find(slider).await;
        assert_eq!(spoken(&s).await, now);
        s.js(&format!(
            "document.querySelector('{slider}').focus(); return true"
        ))
        .await;
        s.press(Key::Left).await;
        s.wait_for_js("return location.search.includes('asof=2025')")
            .await;
        s.press(Key::Home).await;
        s.wait_for_js("return location.search.includes('asof=2013')")
            .await;
        assert_eq!(spoken(&s).await, first);
        assert!(s
            .text("#app [data-testid=as-of-bar]")
            .await
            .contains("2013"));
        s.press(Key::Right).await;
        s.wait_for_js("return location.search.includes('asof=2014')")
            .await;
        s.press(Key::End).await;
        s.wait_for_js("return !location.search.includes('asof')")
            .await;
        assert_eq!(spoken(&s).await, now);
        assert_eq!(s.count("#app [data-testid=as-of-bar]").await, 0);
    }
    // On the map too.
    s.open("?view=map&asof=2019").await;
    assert_eq!(spoken(&s).await, "As of 31 Dec 2019");
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn play_steps_year_by_year_and_reduced_motion_steps_once_per_press() {
    let s = Session::start().await;
    s.open("?view=charts&asof=2023").await;
    s.click("#app [data-testid=scrubber-play]").await;
    s.wait_for_js("return location.search.includes('asof=2024')")
        .await;
    s.wait_for_js("return location.search.includes('asof=2025')")
        .await;
    // After the last full year, now: the date leaves the address and Play stops.
    s.wait_for_js("return !location.search.includes('asof')")
        .await;
    s.wait_for_js("return document.querySelector('#app [data-testid=scrubber-play]').getAttribute('aria-pressed') === 'false'")
        .await;
    // Reduced motion: nothing moves by itself.
    s.cdp(
        "Emulation.setEmulatedMedia",
        serde_json::json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
    )
    .await;
    s.open("?view=charts&asof=2016").await;
    s.click("#app [data-testid=scrubber-play]").await;
    s.wait_for_js("return location.search.includes('asof=2017')")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(3000)).await;
    assert!(s
        .js("return location.search")
        .await
        .as_str()
        .unwrap()
        .contains("asof=2017"));
    s.close().await;
}

/// The id of the milestone whose English title is `title`.
fn milestone_id(title: &str) -> String {
    dataset()["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["title"]["en"] == title)
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .unwrap()
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn milestone_markers_have_tooltips_select_their_milestone_and_turn_off() {
    let s = Session::start().await;
    let ds = dataset();
    let kinds = ds["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["category"] == "agreement" || m["category"] == "forum")
        .count();
    let rcep = "Regional Comprehensive Economic Partnership (RCEP) signed";
    for (lang, open_it, note) in [
        (
            "en",
            "Select to open it in the timeline.",
            "agreement and forum milestones",
        ),
        ("zh", "选择即可在时间线中打开。", "协议和论坛类里程碑"),
    ] {
        s.open(&format!("?view=charts&lang={lang}")).await;
        let card = "#app [data-testid=chart-milestones-by-year]";
        s.find(&format!("{card} svg")).await;
        let tips = s
            .js(&format!("return [...document.querySelectorAll('{card} .mark[data-milestone]')].map(m => m.getAttribute('aria-label'))"))
            .await;
        let tips: Vec<&str> = tips
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        // Every agreement and forum milestone, each with its own tooltip.
        assert_eq!(tips.len(), kinds, "{lang}: {tips:?}");
        assert!(
            tips.iter().all(|t| t.ends_with(open_it)),
            "{lang}: {tips:?}"
        );
        let texts = svg_texts(&s, card).await;
        assert!(texts.concat().contains(note), "{lang}: {texts:?}");
        // Some rules are labelled, with a short label that ends in an ellipsis or is whole.
        let labelled = texts.iter().filter(|t| t.ends_with('…')).count();
        assert!(labelled >= 4, "{lang}: {texts:?}");
        let over = "#app [data-testid=chart-agreements-over-time]";
        assert!(s.count(&format!("{over} .mark[data-milestone]")).await >= 30);
    }

    // Focus shows the tooltip as text; Enter opens the milestone in the timeline.
    s.open("?view=charts").await;
    let card = "#app [data-testid=chart-agreements-over-time]";
    s.find(&format!("{card} svg")).await;
    s.js(&format!("[...document.querySelectorAll('{card} .mark[data-milestone]')].find(m => m.getAttribute('aria-label').includes('{rcep}')).focus(); return true")).await;
    let tip = s.text(&format!("{card} .tooltip")).await;
    assert!(tip.contains("15 Nov 2020") && tip.contains(rcep), "{tip}");
    s.press(Key::Enter).await;
    let id = milestone_id(rcep);
    s.wait_for_js(&format!("return location.search === '?event={id}'"))
        .await;
    s.wait_for_js(&format!("return document.querySelector('#app #m-{id} .m-toggle')?.getAttribute('aria-expanded') === 'true'")).await;

    // A click on a marker's handle in the other chart does the same: a real
    // mouse click at the handle's centre, where the browser's hit test
    // finds the marker and not the column under it.
    s.open("?view=charts&from=2023&to=2023").await;
    let card = "#app [data-testid=chart-milestones-by-year]";
    s.find(&format!("{card} .mark[data-milestone]")).await;
    let at = s
        .js(&format!(
            "const m = document.querySelector('{card} .mark[data-milestone]'); m.scrollIntoView({{block: 'center'}});\
             const n = m.querySelector('path').getAttribute('d').match(/-?[0-9.]+/g).map(Number);\
             const svg = m.ownerSVGElement; const p = svg.createSVGPoint(); p.x = (n[0] + n[2]) / 2; p.y = (n[1] + n[5]) / 2;\
             const q = p.matrixTransform(svg.getScreenCTM());\
             return [q.x, q.y, document.elementFromPoint(q.x, q.y)?.closest('.mark') === m, m.getAttribute('aria-label')]"
        ))
        .await;
    assert_eq!(at[2], true, "the handle is not on top: {at}");
    for kind in ["mousePressed", "mouseReleased"] {
        s.cdp(
            "Input.dispatchMouseEvent",
            serde_json::json!({"type": kind, "x": at[0], "y": at[1], "button": "left", "clickCount": 1}),
        )
        .await;
    }
    s.wait_for_js("return location.search.startsWith('?from=2023&to=2023&event=')")
        .await;
    let title = s
        .text("#app [data-testid=milestone] .m-toggle[aria-expanded=true]")
        .await;
    let label = at[3].as_str().unwrap();
    assert!(
        !title.trim().is_empty() && label.contains(title.trim()),
        "{title} / {label}"
    );

    // The chart's toggle turns them off, in the address, and on again.
    s.open("?view=charts").await;
    let toggle = "#app [data-testid=chart-agreements-over-time] [data-testid=marks-toggle]";
    s.find(toggle).await;
    assert_eq!(
        s.js(&format!(
            "return document.querySelector('{toggle}').getAttribute('aria-pressed')"
        ))
        .await,
        "true"
    );
    s.click(toggle).await;
    s.wait_for_js("return location.search === '?view=charts&marks=off'")
        .await;
    s.wait_for_js(
        "return document.querySelectorAll('#app .chart-card .mark[data-milestone]').length === 0",
    )
    .await;
    let texts = svg_texts(&s, "#app [data-testid=chart-milestones-by-year]").await;
    assert!(
        !texts.concat().contains("agreement and forum milestones"),
        "{texts:?}"
    );
    s.click(toggle).await;
    s.wait_for_js("return location.search === '?view=charts'")
        .await;
    s.wait_for_js("return document.querySelectorAll('#app [data-testid=chart-agreements-over-time] .mark[data-milestone]').length >= 30").await;
    // A malformed value is ignored with a notice.
    s.open("?view=charts&marks=maybe").await;
    s.wait_for_js("return document.body.textContent.includes('Ignored marks=maybe')")
        .await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn presentation_mode_replays_a_chart_through_the_years() {
    let s = Session::start().await;
    s.open("?present=agreements").await;
    let play = "[data-testid=presentation] [data-testid=scrubber-play]";
    s.find(play).await;
    s.click(play).await;
    // From the first year, a year at a time: the slide shows each state.
    s.wait_for_js("return location.search.includes('asof=2013')")
        .await;
    s.wait_for_js("return location.search.includes('asof=2014')")
        .await;
    s.wait_for_js("return [...document.querySelectorAll('[data-testid=presentation] svg text')].some(t => t.textContent.includes('31 Dec 2014'))").await;
    // Pause; on the slider the arrows move the year, not the slide.
    s.click(play).await;
    s.js("document.querySelector('[data-testid=presentation] [data-testid=scrubber-slider]').focus(); return true").await;
    let year = |q: &str| {
        q.split('&')
            .find_map(|p| p.strip_prefix("asof="))
            .and_then(|y| y.parse::<u16>().ok())
    };
    let before = s.js("return location.search").await;
    let before = year(before.as_str().unwrap().trim_start_matches('?')).unwrap();
    s.press(Key::Right).await;
    s.wait_for_js(&format!(
        "return location.search.includes('asof={}')",
        before + 1
    ))
    .await;
    assert!(s
        .js("return location.search")
        .await
        .as_str()
        .unwrap()
        .contains("present=agreements"));
    // Elsewhere the arrows step the slides, and the date stays.
    s.js("document.querySelector('[data-testid=presentation]').focus(); return true")
        .await;
    s.press(Key::Right).await;
    s.wait_for_js(&format!("return location.search.includes('present=agreements-over-time') && location.search.includes('asof={}')", before + 1)).await;
    s.close().await;
}

#[tokio::test]
#[ignore = "needs dist/ and chromedriver; run by scripts/test.sh"]
async fn a_card_shows_the_later_steps_taken_by_the_date() {
    let s = Session::start().await;
    let card = "#app #m-rcep-signed";
    for (lang, line, source) in [
        ("en", "Then: In force, 1 Jan 2022", "Pakistan Today"),
        ("zh", "其后：2022年1月1日生效", "Pakistan Today"),
    ] {
        s.open(&format!("?event=rcep-signed&lang={lang}")).await;
        s.find(&format!("{card} [data-testid=steps]")).await;
        assert_eq!(
            s.text(&format!("{card} [data-testid=steps]")).await.trim(),
            line
        );
        let detail = s.text(&format!("{card} [data-testid=step-detail]")).await;
        assert!(detail.contains(source), "{lang}: {detail}");
        // As of 2021 it was signed but not yet in force.
        s.open(&format!("?event=rcep-signed&asof=2021&lang={lang}"))
            .await;
        s.find(&format!("{card} .m-toggle")).await;
        assert_eq!(s.count(&format!("{card} [data-testid=steps]")).await, 0);
        assert_eq!(
            s.count(&format!("{card} [data-testid=step-detail]")).await,
            0
        );
    }
    s.close().await;
}
