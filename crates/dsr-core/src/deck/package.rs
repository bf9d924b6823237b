//! The parts of a .pptx package around the slides: content types, relationships, presentation, master, layout, themes, notes and document properties.

use std::fmt::Write as _;

use super::zip::{Zip, ZipError};
use super::{Slide, SlideStyle};
use crate::xml::Xml;

const NS: &str = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
pub const REL_CHART: &str = "chart";
pub const REL_IMAGE: &str = "image";
const EMPTY_TREE: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";
const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

fn rels(list: &[(String, String)]) -> String {
    let mut s = format!(
        "{HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (i, (kind, target)) in list.iter().enumerate() {
        let ty = if kind.starts_with("http") {
            kind.clone()
        } else {
            format!("{REL}{kind}")
        };
        let _ = write!(
            s,
            "<Relationship Id=\"rId{}\" Type=\"{ty}\" Target=\"{target}\"/>",
            i + 1
        );
    }
    s.push_str("</Relationships>");
    s
}

fn pair(kind: &str, target: impl Into<String>) -> (String, String) {
    (kind.to_owned(), target.into())
}

/// A theme: the deck's colours and fonts, as PowerPoint requires them.
fn theme(look: &SlideStyle) -> String {
    let (fg, bg) = (look.hex(look.pal.fg), look.hex(look.pal.bg));
    let accents: Vec<String> = look
        .pal
        .series
        .iter()
        .take(6)
        .map(|c| look.hex(*c))
        .collect();
    let mut clr = format!(
        "<a:dk1><a:srgbClr val=\"{fg}\"/></a:dk1><a:lt1><a:srgbClr val=\"{bg}\"/></a:lt1><a:dk2><a:srgbClr val=\"{}\"/></a:dk2><a:lt2><a:srgbClr val=\"{}\"/></a:lt2>",
        look.hex(look.pal.muted),
        look.hex(look.pal.grid)
    );
    for (i, a) in accents.iter().enumerate() {
        let _ = write!(
            clr,
            "<a:accent{n}><a:srgbClr val=\"{a}\"/></a:accent{n}>",
            n = i + 1
        );
    }
    clr.push_str("<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>");
    let font = format!(
        "<a:latin typeface=\"{f}\"/><a:ea typeface=\"{f}\"/><a:cs typeface=\"{f}\"/>",
        f = look.font
    );
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    let ln = "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>";
    format!(
        "{HEAD}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"DSR Tracker\"><a:themeElements><a:clrScheme name=\"DSR Tracker\">{clr}</a:clrScheme><a:fontScheme name=\"DSR Tracker\"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme><a:fmtScheme name=\"DSR Tracker\"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst><a:lnStyleLst>{ln}{ln}{ln}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )
}

fn notes_slide(text: &str, look: &SlideStyle) -> String {
    let mut x = Xml::fragment();
    for line in text.lines() {
        x.open("a:p", [])
            .open("a:r", [])
            .empty(
                "a:rPr",
                [("lang", look.lang_tag.into()), ("dirty", 0u8.into())],
            )
            .leaf("a:t", [], line)
            .close()
            .close();
    }
    let mut paras = x.finish();
    if paras.is_empty() {
        paras.push_str("<a:p/>");
    }
    format!(
        "{HEAD}<p:notes {NS}><p:cSld><p:spTree>{EMPTY_TREE}<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4400550\"/><a:ext cx=\"5486400\" cy=\"3600450\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )
}

/// The whole package, as bytes.
pub fn assemble(
    slides: &[Slide],
    charts: &[(String, Vec<u8>)],
    media: &[(String, Vec<u8>)],
    look: &SlideStyle,
    title: &str,
) -> Result<Vec<u8>, ZipError> {
    let ct = |part: &str, kind: &str| {
        format!("<Override PartName=\"{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>")
    };
    let mut types = format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"svg\" ContentType=\"image/svg+xml\"/><Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
    );
    types.push_str(&ct(
        "/ppt/presentation.xml",
        "presentationml.presentation.main",
    ));
    types.push_str(&ct(
        "/ppt/slideMasters/slideMaster1.xml",
        "presentationml.slideMaster",
    ));
    types.push_str(&ct(
        "/ppt/slideLayouts/slideLayout1.xml",
        "presentationml.slideLayout",
    ));
    types.push_str(&ct(
        "/ppt/notesMasters/notesMaster1.xml",
        "presentationml.notesMaster",
    ));
    types.push_str(&ct("/ppt/theme/theme1.xml", "theme"));
    types.push_str(&ct("/ppt/theme/theme2.xml", "theme"));
    types.push_str(&ct("/ppt/presProps.xml", "presentationml.presProps"));
    types.push_str(&ct("/ppt/viewProps.xml", "presentationml.viewProps"));
    types.push_str(&ct("/ppt/tableStyles.xml", "presentationml.tableStyles"));
    types.push_str(&ct("/docProps/app.xml", "extended-properties"));
    types.push_str("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    for i in 1..=slides.len() {
        types.push_str(&ct(
            &format!("/ppt/slides/slide{i}.xml"),
            "presentationml.slide",
        ));
        types.push_str(&ct(
            &format!("/ppt/notesSlides/notesSlide{i}.xml"),
            "presentationml.notesSlide",
        ));
    }
    for i in 1..=charts.len() {
        types.push_str(&ct(&format!("/ppt/charts/chart{i}.xml"), "drawingml.chart"));
    }
    types.push_str("</Types>");

    let mut z = Zip::new();
    z.add("[Content_Types].xml", types.as_bytes())?;
    z.add(
        "_rels/.rels",
        rels(&[
            pair("officeDocument", "ppt/presentation.xml"),
            pair("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            pair("extended-properties", "docProps/app.xml"),
        ])
        .as_bytes(),
    )?;
    z.add(
        "docProps/core.xml",
        format!(
            "{HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">{}<dc:creator>DSR Tracker</dc:creator><dc:language>{}</dc:language></cp:coreProperties>",
            {
                let mut x = Xml::fragment();
                x.leaf("dc:title", [], title);
                x.finish()
            },
            look.lang_tag
        )
        .as_bytes(),
    )?;
    z.add(
        "docProps/app.xml",
        format!(
            "{HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>DSR Tracker</Application><Slides>{}</Slides></Properties>",
            slides.len()
        )
        .as_bytes(),
    )?;

    // The presentation and its parts.
    let mut pres_rels = vec![
        pair("slideMaster", "slideMasters/slideMaster1.xml"),
        pair("notesMaster", "notesMasters/notesMaster1.xml"),
        pair("theme", "theme/theme1.xml"),
        pair("presProps", "presProps.xml"),
        pair("viewProps", "viewProps.xml"),
        pair("tableStyles", "tableStyles.xml"),
    ];
    let mut ids = String::new();
    for i in 1..=slides.len() {
        pres_rels.push(pair("slide", format!("slides/slide{i}.xml")));
        let _ = write!(
            ids,
            "<p:sldId id=\"{}\" r:id=\"rId{}\"/>",
            255 + i,
            pres_rels.len()
        );
    }
    z.add(
        "ppt/presentation.xml",
        format!(
            "{HEAD}<p:presentation {NS} saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx=\"{}\" cy=\"{}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>",
            super::SLIDE_W,
            super::SLIDE_H
        )
        .as_bytes(),
    )?;
    z.add(
        "ppt/_rels/presentation.xml.rels",
        rels(&pres_rels).as_bytes(),
    )?;
    z.add(
        "ppt/presProps.xml",
        format!("{HEAD}<p:presentationPr {NS}/>").as_bytes(),
    )?;
    z.add(
        "ppt/viewProps.xml",
        format!("{HEAD}<p:viewPr {NS}><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"94660\"/></p:normalViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>").as_bytes(),
    )?;
    z.add(
        "ppt/tableStyles.xml",
        format!("{HEAD}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>").as_bytes(),
    )?;
    let theme_xml = theme(look);
    z.add("ppt/theme/theme1.xml", theme_xml.as_bytes())?;
    z.add("ppt/theme/theme2.xml", theme_xml.as_bytes())?;
    z.add(
        "ppt/slideMasters/slideMaster1.xml",
        format!(
            "{HEAD}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{EMPTY_TREE}</p:spTree></p:cSld>{CLR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>"
        )
        .as_bytes(),
    )?;
    z.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        rels(&[
            pair("slideLayout", "../slideLayouts/slideLayout1.xml"),
            pair("theme", "../theme/theme1.xml"),
        ])
        .as_bytes(),
    )?;
    z.add(
        "ppt/slideLayouts/slideLayout1.xml",
        format!("{HEAD}<p:sldLayout {NS} preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>{EMPTY_TREE}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>").as_bytes(),
    )?;
    z.add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        rels(&[pair("slideMaster", "../slideMasters/slideMaster1.xml")]).as_bytes(),
    )?;
    z.add(
        "ppt/notesMasters/notesMaster1.xml",
        format!("{HEAD}<p:notesMaster {NS}><p:cSld><p:spTree>{EMPTY_TREE}</p:spTree></p:cSld>{CLR_MAP}</p:notesMaster>").as_bytes(),
    )?;
    z.add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        rels(&[pair("theme", "../theme/theme2.xml")]).as_bytes(),
    )?;

    let bg = look.hex(look.pal.bg);
    for (i, slide) in slides.iter().enumerate() {
        let n = i + 1;
        z.add(
            &format!("ppt/slides/slide{n}.xml"),
            format!(
                "{HEAD}<p:sld {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"{bg}\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{EMPTY_TREE}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
                slide.shapes
            )
            .as_bytes(),
        )?;
        let mut list = vec![pair("slideLayout", "../slideLayouts/slideLayout1.xml")];
        list.extend(slide.links.iter().map(|(k, t)| pair(k, t.clone())));
        list.push(pair(
            "notesSlide",
            format!("../notesSlides/notesSlide{n}.xml"),
        ));
        z.add(
            &format!("ppt/slides/_rels/slide{n}.xml.rels"),
            rels(&list).as_bytes(),
        )?;
        z.add(
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            notes_slide(&slide.notes, look).as_bytes(),
        )?;
        z.add(
            &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
            rels(&[
                pair("notesMaster", "../notesMasters/notesMaster1.xml"),
                pair("slide", format!("../slides/slide{n}.xml")),
            ])
            .as_bytes(),
        )?;
    }
    for (i, (chart, workbook)) in charts.iter().enumerate() {
        let n = i + 1;
        z.add(&format!("ppt/charts/chart{n}.xml"), chart.as_bytes())?;
        z.add(
            &format!("ppt/charts/_rels/chart{n}.xml.rels"),
            rels(&[pair(
                "package",
                format!("../embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
            )])
            .as_bytes(),
        )?;
        z.add(
            &format!("ppt/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
            workbook,
        )?;
    }
    for (name, bytes) in media {
        z.add(&format!("ppt/media/{name}"), bytes)?;
    }
    z.finish()
}
