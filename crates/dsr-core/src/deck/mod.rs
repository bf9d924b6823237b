//! Slides: a 16:9 PowerPoint deck (.pptx) of the charts at the current filters, each a native chart with its workbook; the map as a picture.
//!
//! A title slide, one slide per chart (its title, the filters, the chart, the
//! source line and the dataset version; alt text; speaker notes with its
//! numbers, their sources and the citation) and a closing slide with the
//! citation and the licence. Plain Rust: the shell rasterises the map and
//! hands over the bytes; this module writes the file. It is loaded only when a
//! deck is asked for (its own WebAssembly chunk).

mod chart_xml;
mod package;
pub(crate) mod xlsx;
pub mod zip;

use std::fmt::Write as _;

use crate::chart::{wrap, wrap_at_most, ChartId, Input, Palette, Theme};
use crate::i18n::{charts, export, Lang};
use crate::model::PartialDate;
use crate::xml::Xml;

pub use zip::ZipError;

/// A picture for a slide: PNG for every client, SVG for those that draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub png: Vec<u8>,
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// What a deck is made of.
pub struct DeckSpec<'a> {
    /// The data at the current filters, in the reader's language.
    pub input: Input<'a>,
    pub theme: Theme,
    /// The charts, in slide order.
    pub charts: &'a [ChartId],
    /// The map's pictures, one for each map slide in order (one per year in
    /// a deck a year each), when the map is among the charts and could be drawn.
    pub maps: Vec<Picture>,
    /// A slide a year for each chart (the end of each year, then now), not one.
    pub years: bool,
    /// The link to the view the deck was made from.
    pub link: String,
    /// The day the deck was made: the access date of the citation.
    pub accessed: PartialDate,
    /// Each chart's constructor (`ChartId::of_pages`, `ChartId::of_comparison`):
    /// a deck writer's part carries only the charts its decks can hold. A
    /// chart it does not give is left out.
    pub make: fn(ChartId) -> Option<crate::chart::Make>,
}

/// Why a deck could not be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeckError {
    #[error(transparent)]
    Zip(#[from] ZipError),
}

impl DeckError {
    /// The reason, in the reader's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DeckError::Zip(_) => export::DECK_ZIP.get(lang).to_owned(),
        }
    }
}

/// A written deck: its bytes and how many slides it has.
#[derive(Clone, Debug, PartialEq)]
pub struct Deck {
    pub bytes: Vec<u8>,
    pub slides: usize,
}

/// The file name of a deck: `dsr-slides-<chart>-<first>-to-<last>-<theme>.pptx` a year each.
pub fn file_name(spec: &DeckSpec) -> String {
    let ds = spec.input.ds;
    if let (true, [id]) = (spec.years, spec.charts) {
        let (first, last) = ds.years();
        return format!(
            "dsr-slides-{}-{first}-to-{last}-{}.pptx",
            id.as_str(),
            spec.theme.as_str()
        );
    }
    let filters = spec.input.filters.cloned().unwrap_or_default();
    format!(
        "dsr-slides-{}-{}.pptx",
        filters.file_slug(ds.meta.coverage),
        spec.theme.as_str()
    )
}

// Slide geometry, in EMU (914,400 to the inch): 13.333 × 7.5 in.
const SLIDE_W: i64 = 12_192_000;
const SLIDE_H: i64 = 6_858_000;
const MARGIN: i64 = 457_200;
const EMU_PER_PX: f64 = 9525.0;

/// The style of a deck's slides: colours from the chart theme, type sizes (hundredths of a point).
struct SlideStyle {
    pal: &'static Palette,
    title: u32,
    body: u32,
    small: u32,
    lang_tag: &'static str,
    font: &'static str,
}

impl SlideStyle {
    fn new(theme: Theme, lang: Lang) -> Self {
        let big = theme == Theme::Presentation;
        Self {
            pal: theme.palette(),
            title: if big { 3200 } else { 2800 },
            body: if big { 2000 } else { 1600 },
            small: if big { 1300 } else { 1100 },
            lang_tag: lang.office_lang(),
            font: lang.office_font(),
        }
    }

    fn hex(&self, c: plotters::style::RGBColor) -> String {
        rgb(c)
    }
}

/// `RRGGBB`, as `a:srgbClr` wants it.
pub(crate) fn rgb(c: plotters::style::RGBColor) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// `<name><a:off x y/><a:ext cx cy/></name>`: where a shape sits and its size, in EMU.
fn xfrm(x: &mut Xml, name: &'static str, (at_x, at_y, cx, cy): (i64, i64, i64, i64)) {
    x.open(name, [])
        .empty("a:off", [("x", at_x.into()), ("y", at_y.into())])
        .empty("a:ext", [("cx", cx.into()), ("cy", cy.into())])
        .close();
}

/// One paragraph of a text box.
struct Para<'a> {
    text: &'a str,
    size: u32,
    color: String,
    bold: bool,
}

/// A text box at `(x, y)` of `cx × cy` EMU.
fn text_box(
    id: u32,
    name: &'static str,
    at: (i64, i64, i64, i64),
    paras: &[Para],
    look: &SlideStyle,
) -> String {
    let (x, y, cx, cy) = at;
    let mut s = format!(
        "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
    );
    // A line of the text is a paragraph of the box.
    let mut x = Xml::fragment();
    for p in paras {
        for line in p.text.split('\n') {
            let mut props = vec![("lang", look.lang_tag.into()), ("sz", p.size.into())];
            if p.bold {
                props.push(("b", 1u8.into()));
            }
            props.push(("dirty", 0u8.into()));
            x.open("a:p", [])
                .open("a:r", [])
                .open("a:rPr", props)
                .open("a:solidFill", [])
                .empty("a:srgbClr", [("val", (&p.color).into())])
                .close()
                .empty("a:latin", [("typeface", look.font.into())])
                .empty("a:ea", [("typeface", look.font.into())])
                .close()
                .leaf("a:t", [], line)
                .close()
                .close();
        }
    }
    s.push_str(&x.finish());
    s.push_str("</p:txBody></p:sp>");
    s
}

/// `text`, cut with an ellipsis if it would take more than `most` lines of
/// `width` EMU at `size` (hundredths of a point); the slide wraps it itself.
fn fit(text: &str, size: u32, width: i64, most: usize) -> String {
    let px = f64::from(size) / 100.0 * 96.0 / 72.0;
    let lines = wrap_at_most(text, px, width as f64 / EMU_PER_PX, most);
    let Some(last) = lines.last().filter(|l| l.ends_with('…')) else {
        return text.to_owned();
    };
    // As many of the text's own characters as the kept lines hold.
    let kept = lines
        .iter()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).count())
        .sum::<usize>()
        .saturating_sub(usize::from(last.ends_with('…')));
    let mut seen = 0;
    let mut out = String::new();
    for c in text.chars() {
        if seen >= kept {
            break;
        }
        if !c.is_whitespace() {
            seen += 1;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// The title and filter line of a chart slide, and where the body starts.
fn heading(title: &str, subtitle: &str, look: &SlideStyle) -> (String, i64) {
    let width = SLIDE_W - 2 * MARGIN;
    let title_lines = fit(title, look.title, width, 2);
    let sub_lines = fit(subtitle, look.body, width, 2);
    let px = |size: u32| f64::from(size) / 100.0 * 96.0 / 72.0;
    let count = |t: &str, size: u32| wrap(t, px(size), width as f64 / EMU_PER_PX).len().max(1);
    let line = |size: u32, n: usize| (f64::from(size) / 100.0 * 12_700.0 * 1.25 * n as f64) as i64;
    let title_h = line(look.title, count(&title_lines, look.title));
    let sub_h = line(look.body, count(&sub_lines, look.body));
    let mut s = text_box(
        2,
        "Title",
        (MARGIN, 300_000, width, title_h),
        &[Para {
            text: &title_lines,
            size: look.title,
            color: look.hex(look.pal.fg),
            bold: true,
        }],
        look,
    );
    s.push_str(&text_box(
        3,
        "Filters",
        (MARGIN, 300_000 + title_h + 60_000, width, sub_h),
        &[Para {
            text: &sub_lines,
            size: look.body,
            color: look.hex(look.pal.muted),
            bold: false,
        }],
        look,
    ));
    (s, 300_000 + title_h + sub_h + 200_000)
}

/// The source line and dataset version at the foot of a slide; returns it and its top.
fn footer(lines: &[String], look: &SlideStyle) -> (String, i64) {
    let width = SLIDE_W - 2 * MARGIN;
    let text: Vec<String> = lines.iter().map(|l| fit(l, look.small, width, 2)).collect();
    let px = f64::from(look.small) / 100.0 * 96.0 / 72.0;
    let n: usize = text
        .iter()
        .map(|t| wrap(t, px, width as f64 / EMU_PER_PX).len().max(1))
        .sum();
    let h = (f64::from(look.small) / 100.0 * 12_700.0 * 1.3 * n as f64) as i64;
    let top = SLIDE_H - 250_000 - h;
    let joined = text.join("\n");
    let s = text_box(
        9,
        "Source",
        (MARGIN, top, width, h),
        &[Para {
            text: &joined,
            size: look.small,
            color: look.hex(look.pal.muted),
            bold: false,
        }],
        look,
    );
    (s, top)
}

/// The most rows of a chart's table a slide shows as a native table; the
/// notes hold every row.
const TABLE_ROWS: usize = 14;

/// A chart's table as a native table (`a:tbl`) in `body`: its head and its
/// first [`TABLE_ROWS`] rows, then a line that says how many more the notes hold.
fn native_table(
    table: &crate::chart::Table,
    body: (i64, i64, i64, i64),
    alt: &str,
    look: &SlideStyle,
    lang: Lang,
) -> String {
    let (x, y, cx, cy) = body;
    let cols = table.head.len().max(1);
    let col_w = cx / cols as i64;
    let shown = table.rows.len().min(TABLE_ROWS);
    let more = table.rows.len() - shown;
    let row_h = ((cy - if more > 0 { 400_000 } else { 0 }) / (shown as i64 + 1)).min(420_000);
    let size: u32 = if cols > 8 { 800 } else { 1100 };
    let mut t = Xml::fragment();
    t.open("p:graphicFrame", [])
        .open("p:nvGraphicFramePr", [])
        .empty("p:cNvPr", [("id", 4u8.into()), ("name", "Table".into()), ("descr", alt.into())])
        .markup("<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>")
        .close();
    xfrm(&mut t, "p:xfrm", (x, y, cx, row_h * (shown as i64 + 1)));
    t.markup(
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">",
    )
    .open("a:tbl", [])
    .markup("<a:tblPr firstRow=\"1\" bandRow=\"1\"/>")
    .open("a:tblGrid", []);
    for _ in 0..cols {
        t.empty("a:gridCol", [("w", col_w.into())]);
    }
    t.close();
    let row = |t: &mut Xml, cells: &[String], bold: bool| {
        t.open("a:tr", [("h", row_h.into())]);
        for k in 0..cols {
            let text = cells.get(k).map_or("", String::as_str);
            let mut props = vec![("lang", look.lang_tag.into()), ("sz", size.into())];
            if bold {
                props.push(("b", 1u8.into()));
            }
            t.open("a:tc", [])
                .open("a:txBody", [])
                .markup("<a:bodyPr/><a:lstStyle/>")
                .open("a:p", [])
                .open("a:r", [])
                .open("a:rPr", props)
                .open("a:solidFill", [])
                .empty("a:srgbClr", [("val", look.hex(look.pal.fg).as_str().into())])
                .close()
                .empty("a:latin", [("typeface", look.font.into())])
                .empty("a:ea", [("typeface", look.font.into())])
                .close()
                .leaf("a:t", [], text)
                .close()
                .close()
                .close()
                .markup("<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\"><a:noFill/></a:tcPr>")
                .close();
        }
        t.close();
    };
    row(&mut t, &table.head, true);
    for r in table.rows.iter().take(shown) {
        row(&mut t, r, false);
    }
    t.close().markup("</a:graphicData></a:graphic>").close();
    let mut out = t.finish();
    if more > 0 {
        let line = export::deck_more_rows(lang, more);
        out.push_str(&text_box(
            5,
            "More rows",
            (x, y + cy - 350_000, cx, 350_000),
            &[Para {
                text: &line,
                size: look.small,
                color: look.hex(look.pal.muted),
                bold: false,
            }],
            look,
        ));
    }
    out
}

/// A slide's content: its shapes and what it links to.
struct Slide {
    shapes: String,
    /// `(relationship type, target)` after the layout (rId1); the first gets rId2.
    links: Vec<(&'static str, String)>,
    notes: String,
}

/// What every chart slide shares: the look, and the lines at the foot and in the notes.
struct Ctx<'a> {
    look: &'a SlideStyle,
    theme: Theme,
    source: &'a str,
    version: &'a str,
    cite_note: &'a str,
}

/// The parts the chart slides add to the package: each native chart with
/// its workbook, and the pictures (PNG and SVG).
#[derive(Default)]
struct Parts {
    charts: Vec<(String, Vec<u8>)>,
    media: Vec<(String, Vec<u8>)>,
}

/// One state of a deck a year each: its label, the filters as of then, and the milestones they keep.
pub struct Step {
    pub label: String,
    pub filters: crate::filter::Filters,
    pub indices: Vec<usize>,
}

/// The states a deck a year each shows: the end of each year of the
/// data, then now (the current, partial year, as the page shows it).
/// The milestones are the reader's filtered ones, cut at each date.
pub fn steps(input: &Input) -> Vec<Step> {
    let ds = input.ds;
    let lang = input.lang;
    let now = crate::filter::Filters {
        asof: None,
        ..input.filters.cloned().unwrap_or_default()
    };
    // The filtered milestones up to now: those on the page, unless it
    // shows a past state already.
    let all = if input.asof().is_none() {
        input.indices.to_vec()
    } else {
        crate::filter::apply(ds, &now, input.countries, None)
    };
    let (first, last) = ds.years();
    let mut out = Vec::new();
    for year in first..=last {
        let asof = if year < last {
            PartialDate::from_parts(year, 0, 0).ok()
        } else {
            None
        };
        let filters = crate::filter::Filters {
            asof,
            ..now.clone()
        };
        let indices = all
            .iter()
            .copied()
            .filter(|&i| ds.milestones.get(i).is_some_and(|m| filters.by_then(m)))
            .collect();
        let label = match asof {
            Some(d) => export::deck_as_of(lang, &d.last_day().human(lang)),
            None => export::deck_now(lang, &ds.meta.current_through.human(lang)),
        };
        out.push(Step {
            label,
            filters,
            indices,
        });
    }
    out
}

/// A chart's slide (`at`: the state it shows, in a deck a year each).
fn chart_slide(
    ctx: &Ctx,
    (id, make): (ChartId, crate::chart::Make),
    input: &Input,
    at: Option<&str>,
    picture: Option<&Picture>,
    parts: &mut Parts,
) -> Result<Slide, DeckError> {
    let (look, lang) = (ctx.look, input.lang);
    let width = SLIDE_W - 2 * MARGIN;
    let subtitle = input.subtitle();
    let chart = make(input);
    let table = chart.table();
    // The map's title says what it shades ("Where the milestones are…");
    // the country profile's names the country.
    let title = if matches!(
        id,
        ChartId::Map | ChartId::Country | ChartId::Compare | ChartId::CompareByYear
    ) {
        table.caption.as_str()
    } else {
        id.title(lang)
    };
    // A deck a year each says on each slide which state it shows.
    let title = match at {
        Some(when) => export::deck_year_title(lang, title, when),
        None => title.to_owned(),
    };
    let numbers = chart.numbers(ctx.theme);
    // A chart that does not follow the filters says what it shows instead.
    let sub = chart.own_subtitle().unwrap_or(subtitle);
    let (mut head, mut body_top) = heading(&title, &sub, look);
    if let Some(n) = numbers.as_ref().filter(|n| !n.key.is_empty()) {
        // The key: what the bars' colours mean, each entry in its colour.
        let entries: Vec<String> = n
            .key
            .iter()
            .map(|(label, _)| format!("■ {label}"))
            .collect();
        let paras: Vec<Para> = n
            .key
            .iter()
            .zip(&entries)
            .map(|((_, color), text)| Para {
                text,
                size: look.small,
                color: look.hex(*color),
                bold: true,
            })
            .collect();
        let h = (f64::from(look.small) / 100.0 * 12_700.0 * 1.3 * paras.len() as f64) as i64;
        head.push_str(&text_box(
            5,
            "Key",
            (MARGIN, body_top - 100_000, width, h),
            &paras,
            look,
        ));
        body_top += h;
    }
    let caveats = numbers
        .as_ref()
        .map(|n| n.caveats.join(" "))
        .unwrap_or_default();
    let (foot, foot_top) = footer(&[ctx.source.to_owned(), ctx.version.to_owned()], look);
    let body = (
        MARGIN,
        body_top,
        width,
        (foot_top - 150_000 - body_top).max(500_000),
    );
    let mut notes = format!(
        "{}\n{}\n",
        table.caption,
        export::DECK_NOTES_NUMBERS.get(lang)
    );
    let _ = writeln!(notes, "{}", table.head.join(" | "));
    for row in &table.rows {
        let _ = writeln!(notes, "{}", row.join(" | "));
    }
    if !caveats.is_empty() {
        let _ = writeln!(notes, "{caveats}");
    }
    // The page's chart marks its agreement and forum milestones; a native
    // chart cannot, so the notes list them.
    if id.has_markers() {
        let marked = crate::chart::markers::markers(input);
        if !marked.is_empty() {
            let _ = writeln!(notes, "{}", export::DECK_NOTES_MARKERS.get(lang));
            for m in &marked {
                if let Some(ms) = input.ds.milestones.get(m.index) {
                    let date = crate::i18n::app::label(lang, &ms.date_label(lang));
                    let _ = writeln!(notes, "{date}{}", m.title);
                }
            }
        }
    }
    notes.push('\n');
    notes.push_str(ctx.cite_note);
    let alt = chart
        .draw(ctx.theme, crate::chart::Size::new(1200, 675))
        .map(|d| {
            let brk = charts::SENTENCE_BREAK.get(lang);
            let desc = d.description();
            if caveats.is_empty() {
                format!("{title}{brk}{desc}")
            } else {
                format!("{title}{brk}{desc}{brk}{caveats}")
            }
        })
        .unwrap_or_else(|_| title.clone());
    let nothing = |text: &str| {
        text_box(
            4,
            "Nothing to show",
            body,
            &[Para {
                text,
                size: look.body,
                color: look.hex(look.pal.fg),
                bold: false,
            }],
            look,
        )
    };
    let mut shapes = head;
    let mut links = Vec::new();
    match numbers {
        None if chart.slide_table() && table.rows.is_empty() => {
            shapes.push_str(&nothing(export::DECK_NOTHING.get(lang)))
        }
        None if chart.slide_table() => {
            shapes.push_str(&native_table(&table, body, &alt, look, lang))
        }
        Some(n) if n.is_empty() => shapes.push_str(&nothing(export::DECK_NOTHING.get(lang))),
        Some(n) => {
            let k = parts.charts.len() + 1;
            parts.charts.push((
                chart_xml::chart(&n, look.pal, look.lang_tag, look.font),
                xlsx::workbook(&n)?,
            ));
            let (x, y, cx, cy) = body;
            let name = format!("Chart {k}");
            let mut frame = Xml::fragment();
            frame
                .open("p:graphicFrame", [])
                .open("p:nvGraphicFramePr", [])
                .empty(
                    "p:cNvPr",
                    [
                        ("id", 4u8.into()),
                        ("name", (&name).into()),
                        ("descr", (&alt).into()),
                    ],
                )
                .markup("<p:cNvGraphicFramePr/><p:nvPr/>")
                .close();
            xfrm(&mut frame, "p:xfrm", (x, y, cx, cy));
            frame.markup("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rId2\"/></a:graphicData></a:graphic>");
            shapes.push_str(&frame.finish());
            links.push((package::REL_CHART, format!("../charts/chart{k}.xml")));
        }
        None => match picture {
            Some(pic) if !input.indices.is_empty() => {
                let k = parts.media.len() / 2 + 1;
                parts.media.push((format!("image{k}.png"), pic.png.clone()));
                parts
                    .media
                    .push((format!("image{k}.svg"), pic.svg.clone().into_bytes()));
                // Fit the picture in the body, keeping its shape.
                let (x, y, cx, cy) = body;
                let aspect = f64::from(pic.width) / f64::from(pic.height.max(1));
                let (w, h) = if (cx as f64) / (cy as f64) > aspect {
                    ((cy as f64 * aspect) as i64, cy)
                } else {
                    (cx, (cx as f64 / aspect) as i64)
                };
                let (x, y) = (x + (cx - w) / 2, y + (cy - h) / 2);
                let mut picture = Xml::fragment();
                picture
                    .open("p:pic", [])
                    .open("p:nvPicPr", [])
                    .empty(
                        "p:cNvPr",
                        [("id", 4u8.into()), ("name", "Map".into()), ("descr", (&alt).into())],
                    )
                    .markup("<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/>")
                    .close()
                    .markup("<p:blipFill><a:blip r:embed=\"rId2\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"rId3\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill>")
                    .open("p:spPr", []);
                xfrm(&mut picture, "a:xfrm", (x, y, w, h));
                picture.markup("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>");
                shapes.push_str(&picture.finish());
                links.push((package::REL_IMAGE, format!("../media/image{k}.png")));
                links.push((package::REL_IMAGE, format!("../media/image{k}.svg")));
            }
            Some(_) => shapes.push_str(&nothing(export::DECK_NOTHING.get(lang))),
            None => shapes.push_str(&nothing(export::DECK_MAP_MISSING.get(lang))),
        },
    }
    shapes.push_str(&foot);
    Ok(Slide {
        shapes,
        links,
        notes,
    })
}

/// Writes the deck.
pub fn write(spec: &DeckSpec) -> Result<Deck, DeckError> {
    let input = &spec.input;
    let lang = input.lang;
    let meta = &input.ds.meta;
    let look = SlideStyle::new(spec.theme, lang);
    let subtitle = input.subtitle();
    let version = export::deck_version(
        lang,
        &meta.version,
        &meta.updated.human(lang),
        &spec.accessed.human(lang),
    );
    let source = charts::source(lang, meta.title.get(lang), &meta.licence.name);
    let citation = meta.citation.get(lang).to_owned();
    let link_line = export::deck_link(lang, &spec.link);
    let cite_note = format!(
        "{}: {citation} {version}. {}",
        export::DECK_CITE.get(lang),
        spec.link
    );
    let width = SLIDE_W - 2 * MARGIN;

    let mut slides: Vec<Slide> = Vec::new();

    // The title slide.
    {
        let title = fit(meta.title.get(lang), look.title + 800, width, 3);
        let lines = [subtitle.clone(), version.clone(), link_line.clone()].join("\n");
        let mut shapes = text_box(
            2,
            "Title",
            (MARGIN, 1_900_000, width, 1_500_000),
            &[Para {
                text: &title,
                size: look.title + 800,
                color: look.hex(look.pal.fg),
                bold: true,
            }],
            &look,
        );
        shapes.push_str(&text_box(
            3,
            "Subtitle",
            (MARGIN, 3_600_000, width, 1_600_000),
            &[Para {
                text: &lines,
                size: look.body,
                color: look.hex(look.pal.muted),
                bold: false,
            }],
            &look,
        ));
        slides.push(Slide {
            shapes,
            links: Vec::new(),
            notes: cite_note.clone(),
        });
    }

    let ctx = Ctx {
        look: &look,
        theme: spec.theme,
        source: &source,
        version: &version,
        cite_note: &cite_note,
    };
    let mut parts = Parts::default();
    let mut maps = spec.maps.iter();
    for (id, make) in spec
        .charts
        .iter()
        .filter_map(|&id| (spec.make)(id).map(|m| (id, m)))
    {
        if spec.years {
            for step in steps(input) {
                let at = Input {
                    filters: Some(&step.filters),
                    indices: &step.indices,
                    ..*input
                };
                let pic = if id == ChartId::Map {
                    maps.next()
                } else {
                    None
                };
                slides.push(chart_slide(
                    &ctx,
                    (id, make),
                    &at,
                    Some(&step.label),
                    pic,
                    &mut parts,
                )?);
            }
        } else {
            let pic = if id == ChartId::Map {
                maps.next()
            } else {
                None
            };
            slides.push(chart_slide(&ctx, (id, make), input, None, pic, &mut parts)?);
        }
    }

    // The closing slide: the citation and the licence.
    {
        let licence = match &meta.licence.url {
            Some(url) => format!("{} {url}", export::deck_licence(lang, &meta.licence.name)),
            None => export::deck_licence(lang, &meta.licence.name),
        };
        let body = [
            citation.clone(),
            version.clone(),
            licence,
            link_line.clone(),
        ]
        .join("\n\n");
        let mut shapes = text_box(
            2,
            "Title",
            (MARGIN, 500_000, width, 900_000),
            &[Para {
                text: export::DECK_CITE.get(lang),
                size: look.title,
                color: look.hex(look.pal.fg),
                bold: true,
            }],
            &look,
        );
        shapes.push_str(&text_box(
            3,
            "Citation",
            (MARGIN, 1_600_000, width, 4_600_000),
            &[Para {
                text: &body,
                size: look.body,
                color: look.hex(look.pal.fg),
                bold: false,
            }],
            &look,
        ));
        slides.push(Slide {
            shapes,
            links: Vec::new(),
            notes: cite_note.clone(),
        });
    }

    let n = slides.len();
    let bytes = package::assemble(
        &slides,
        &parts.charts,
        &parts.media,
        &look,
        meta.title.get(lang),
    )?;
    Ok(Deck { bytes, slides: n })
}

#[cfg(test)]
mod tests;
