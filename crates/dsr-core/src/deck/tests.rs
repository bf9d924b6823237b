//! Native checks of the deck's structure; the real clients (python-pptx, LibreOffice) read it in the e2e tests.

use super::*;
use crate::filter::{self, Filters};
use crate::testing::bundled;

/// The package's part names, in the order of its central directory, read by the `zip` crate.
fn names(zip: &[u8]) -> Vec<String> {
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a ZIP package");
    (0..archive.len())
        .map(|i| archive.by_index(i).expect("an entry").name().to_owned())
        .collect()
}

/// Every XML part of the package, as text.
fn xml_parts(zip: &[u8]) -> String {
    use std::io::Read;
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a ZIP package");
    let mut out = String::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).expect("an entry");
        if part.name().ends_with(".xml") || part.name().ends_with(".rels") {
            part.read_to_string(&mut out).expect("UTF-8 XML");
        }
    }
    out
}

fn spec<'a>(input: Input<'a>) -> DeckSpec<'a> {
    DeckSpec {
        input,
        theme: Theme::Light,
        charts: ChartId::WITH_ADDRESS,
        maps: Vec::new(),
        years: false,
        link: "https://example.org/dsr/?view=charts".to_owned(),
        accessed: PartialDate::from_parts(2026, 12, 1).unwrap(),
        make: |id| Some(id.make()),
    }
}

#[test]
fn a_deck_has_a_slide_per_chart_between_its_title_and_closing_slides() {
    let (ds, countries) = bundled();
    let all: Vec<usize> = (0..ds.milestones.len()).collect();
    let deck = write(&spec(Input::new(&ds, &countries, &all, Lang::En))).unwrap();
    assert_eq!(deck.slides, ChartId::WITH_ADDRESS.len() + 2);
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
    let text = xml_parts(&deck.bytes);
    assert!(text.contains(export::DECK_NOTHING.get(Lang::Zh)));
    assert!(!text.contains("<b>"));
    // Escaped, and the control character (which XML 1.0 forbids) left out.
    assert!(text.contains("&lt;b&gt;nothing-matches-this"));
    assert!(!text.contains("&lt;b&gt;\u{1}"));
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

#[test]
fn a_deck_a_year_each_has_a_slide_per_year_each_saying_its_date() {
    let (ds, countries) = bundled();
    let all: Vec<usize> = (0..ds.milestones.len()).collect();
    let input = Input::new(&ds, &countries, &all, Lang::En);
    let mut spec = spec(input);
    spec.charts = &[ChartId::Agreements];
    spec.years = true;
    let (first, last) = ds.years();
    let years = usize::from(last - first) + 1;
    let deck = write(&spec).unwrap();
    assert_eq!(deck.slides, years + 2);
    assert_eq!(
        file_name(&spec),
        format!("dsr-slides-agreements-{first}-to-{last}-light.pptx")
    );
    let xml = xml_parts(&deck.bytes);
    for y in first..last {
        assert!(xml.contains(&format!("as of 31 Dec {y}")), "{y}");
    }
    assert!(xml.contains("now (data through 6 May 2026)"));
    // Each step keeps the milestones that had happened by its date.
    let steps = steps(&input);
    assert_eq!(steps.len(), years);
    assert!(steps
        .windows(2)
        .all(|w| w[0].indices.len() <= w[1].indices.len()));
    assert_eq!(steps.last().unwrap().indices.len(), all.len());
    let by_2019 = ds
        .milestones
        .iter()
        .filter(|m| m.date.year() <= 2019)
        .count();
    let y2019 = steps.iter().find(|s| s.label.contains("2019")).unwrap();
    assert_eq!(y2019.indices.len(), by_2019);
}

#[test]
fn a_time_charts_notes_list_the_milestones_the_page_marks() {
    let (ds, countries) = bundled();
    let all: Vec<usize> = (0..ds.milestones.len()).collect();
    let mut on = spec(Input::new(&ds, &countries, &all, Lang::En));
    on.charts = &[ChartId::MilestonesByYear];
    let xml = xml_parts(&write(&on).unwrap().bytes);
    assert!(xml.contains("The milestones the page marks on this chart:"));
    assert!(xml.contains("15 Nov 2020: Regional Comprehensive Economic Partnership (RCEP) signed"));
    let mut input = Input::new(&ds, &countries, &all, Lang::En);
    input.marks = false;
    let mut off = spec(input);
    off.charts = &[ChartId::MilestonesByYear];
    assert!(!xml_parts(&write(&off).unwrap().bytes).contains("The milestones the page marks"));
}

#[test]
fn a_comparison_deck_has_native_tables_for_the_lanes_and_the_matrix_and_a_chart_per_year() {
    let (ds, countries) = bundled();
    let filters = Filters {
        countries: ["KEN", "ETH"]
            .map(|c| crate::model::CountryCode::parse(c).unwrap())
            .to_vec(),
        ..Filters::default()
    };
    let indices = filter::apply(&ds, &filters, &countries, None);
    let input = Input::new(&ds, &countries, &indices, Lang::En).with_filters(&filters);
    let deck = write(&DeckSpec {
        charts: &[
            ChartId::Compare,
            ChartId::CompareByYear,
            ChartId::Membership,
        ],
        ..spec(input)
    })
    .unwrap();
    assert_eq!(deck.slides, 5);
    let xml = xml_parts(&deck.bytes);
    assert_eq!(xml.matches("<a:tbl>").count(), 2, "two native tables");
    assert!(names(&deck.bytes).contains(&"ppt/charts/chart1.xml".to_owned()));
    // The lanes' table carries every milestone of both countries; the matrix says "not named".
    let plain = xml
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    for m in indices.iter().map(|&i| &ds.milestones[i]) {
        assert!(plain.contains(m.title.get(Lang::En)), "{}", m.id);
    }
    assert!(xml.contains("<a:t>not named</a:t>"));
    assert!(xml.contains("Kenya and Ethiopia: milestones side by side"));
    // The per-year slide's title is the chart's, said once, in words from the catalogue.
    assert!(xml.contains("Kenya and Ethiopia: milestones per year, country by country<"));
    // The matrix's slide says which rows it shows, not filters it does not follow.
    assert!(xml.contains("Countries: Kenya and Ethiopia"));
}
