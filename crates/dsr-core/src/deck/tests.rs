//! Native checks of the deck's structure; the real clients (python-pptx, LibreOffice) read it in the e2e tests.

use super::*;
use crate::filter::{self, Filters};
use crate::testing::bundled;

fn names(zip: &[u8]) -> Vec<String> {
    // Walk the central directory: entries end at the "end of central directory" record.
    let mut out = Vec::new();
    let mut i = 0;
    while i + 46 <= zip.len() {
        if zip[i..i + 4] == [0x50, 0x4b, 0x01, 0x02] {
            let n = u16::from_le_bytes([zip[i + 28], zip[i + 29]]) as usize;
            out.push(String::from_utf8(zip[i + 46..i + 46 + n].to_vec()).unwrap());
            i += 46 + n;
        } else {
            i += 1;
        }
    }
    out
}

fn spec<'a>(input: Input<'a>) -> DeckSpec<'a> {
    DeckSpec {
        input,
        theme: Theme::Light,
        charts: ChartId::EVERY,
        map: None,
        link: "https://example.org/dsr/?view=charts".to_owned(),
        accessed: PartialDate::from_parts(2026, 12, 1).unwrap(),
    }
}

#[test]
fn a_deck_has_a_slide_per_chart_between_its_title_and_closing_slides() {
    let (ds, countries) = bundled();
    let all: Vec<usize> = (0..ds.milestones.len()).collect();
    let deck = write(&spec(Input::new(&ds, &countries, &all, Lang::En))).unwrap();
    assert_eq!(deck.slides, ChartId::EVERY.len() + 2);
    let parts = names(&deck.bytes);
    assert_eq!(parts[0], "[Content_Types].xml");
    for k in 1..=4 {
        assert!(
            parts.contains(&format!("ppt/charts/chart{k}.xml")),
            "{parts:?}"
        );
        assert!(parts.contains(&format!("ppt/embeddings/Microsoft_Excel_Worksheet{k}.xlsx")));
    }
    assert!(parts.contains(&"ppt/notesSlides/notesSlide7.xml".to_owned()));
    // The same deck is the same file.
    let again = write(&spec(Input::new(&ds, &countries, &all, Lang::En))).unwrap();
    assert_eq!(deck.bytes, again.bytes);
}

#[test]
fn a_chart_with_nothing_to_show_says_so_and_hostile_text_stays_text() {
    let (ds, countries) = bundled();
    let filters = Filters {
        q: "<b>\u{1}nothing-matches-this".repeat(100),
        ..Filters::default()
    };
    let indices = filter::apply(&ds, &filters, &countries, None);
    assert!(indices.is_empty());
    let input = Input::new(&ds, &countries, &indices, Lang::Zh).with_filters(&filters);
    let deck = write(&spec(input)).unwrap();
    let text = String::from_utf8_lossy(&deck.bytes);
    assert!(text.contains(export::DECK_NOTHING.get(Lang::Zh)));
    assert!(!text.contains("<b>"));
    // Escaped, and the control character (which XML 1.0 forbids) left out.
    assert!(text.contains("&lt;b&gt;nothing-matches-this"));
    assert!(!text.contains("&lt;b&gt;\u{1}"));
}

/// Writes sample decks for the real clients to read (`DSR_DECK_OUT=dir`).
#[test]
fn sample_decks_for_the_clients() {
    let Ok(dir) = std::env::var("DSR_DECK_OUT") else {
        return;
    };
    let (ds, countries) = bundled();
    let all: Vec<usize> = (0..ds.milestones.len()).collect();
    for (lang, theme) in [
        (Lang::En, Theme::Light),
        (Lang::Zh, Theme::Dark),
        (Lang::En, Theme::Presentation),
    ] {
        let mut s = spec(Input::new(&ds, &countries, &all, lang));
        s.theme = theme;
        s.charts = ChartId::ALL;
        let deck = write(&s).unwrap();
        std::fs::write(
            format!("{dir}/{}-{}.pptx", lang.as_str(), theme.as_str()),
            deck.bytes,
        )
        .unwrap();
    }
}

#[test]
fn a_title_too_long_for_two_lines_ends_with_an_ellipsis() {
    let long = "Digital Silk Road ".repeat(120);
    let cut = fit(&long, 2800, SLIDE_W - 2 * MARGIN, 2);
    assert!(cut.ends_with('…') && cut.len() < 400, "{cut}");
    assert!(long.starts_with(cut.trim_end_matches('…')));
    assert_eq!(fit("Short", 2800, SLIDE_W - 2 * MARGIN, 2), "Short");
    let zh = crate::i18n::charts::YEAR_STRIP_TITLE
        .get(Lang::Zh)
        .repeat(200);
    let cut = fit(&zh, 2800, SLIDE_W - 2 * MARGIN, 2);
    assert!(cut.ends_with('…') && zh.starts_with(cut.trim_end_matches('…')));
}

#[test]
fn colours_are_written_as_drawingml_wants_them() {
    assert_eq!(rgb(plotters::style::RGBColor(0, 0x72, 0xB2)), "0072B2");
}
