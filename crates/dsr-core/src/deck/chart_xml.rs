//! A native chart part (`ppt/charts/chartN.xml`): bars, stacked columns or lines, with cached values and a link to its workbook.

use std::fmt::Write as _;

use super::rgb;
use super::xlsx::column;
use crate::chart::{Numbers, NumbersKind, Palette};
use crate::xml::Xml;

fn run_props(size_hundredths: u32, color: &str, lang_tag: &str, font: &str) -> String {
    format!(
        "<a:defRPr sz=\"{size_hundredths}\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill><a:latin typeface=\"{font}\"/><a:ea typeface=\"{font}\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"{lang_tag}\"/>"
    )
}

fn tx_pr(size_hundredths: u32, color: &str, lang_tag: &str, font: &str) -> String {
    format!(
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{}</a:p></c:txPr>",
        run_props(size_hundredths, color, lang_tag, font)
    )
}

fn str_cache(out: &mut String, f: &str, items: &[&str]) {
    let _ = write!(
        out,
        "<c:strRef><c:f>{f}</c:f><c:strCache><c:ptCount val=\"{}\"/>",
        items.len()
    );
    let mut x = Xml::fragment();
    for (i, s) in items.iter().enumerate() {
        x.open("c:pt", [("idx", i.into())])
            .leaf("c:v", [], s)
            .close();
    }
    out.push_str(&x.finish());
    out.push_str("</c:strCache></c:strRef>");
}

/// The chart part for `n`, drawn with `pal`, its text in `lang_tag` and `font`.
pub fn chart(n: &Numbers, pal: &Palette, lang_tag: &str, font: &str) -> String {
    let fg = rgb(pal.fg);
    let muted = rgb(pal.muted);
    let grid = rgb(pal.grid);
    let rows = n.categories.len();
    let last = rows + 1;
    let mut s = String::with_capacity(4000 + rows * 200 * n.series.len().max(1));
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><c:date1904 val=\"0\"/><c:lang val=\"{lang_tag}\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>"
    );
    let (open, close) = match n.kind {
        NumbersKind::Bars => (
            "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>",
            "<c:gapWidth val=\"50\"/>",
        ),
        NumbersKind::StackedColumns => (
            "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>",
            "<c:gapWidth val=\"40\"/><c:overlap val=\"100\"/>",
        ),
        NumbersKind::Columns => (
            "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>",
            "<c:gapWidth val=\"60\"/>",
        ),
        NumbersKind::Lines => (
            "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>",
            "<c:marker val=\"1\"/>",
        ),
    };
    s.push_str(open);
    let cats: Vec<&str> = n.categories.iter().map(String::as_str).collect();
    for (i, ser) in n.series.iter().enumerate() {
        let col = column(i + 1);
        let color = rgb(ser.color);
        let _ = write!(s, "<c:ser><c:idx val=\"{i}\"/><c:order val=\"{i}\"/><c:tx>");
        str_cache(&mut s, &format!("Sheet1!${col}$1"), &[ser.name.as_str()]);
        s.push_str("</c:tx>");
        match n.kind {
            NumbersKind::Lines => {
                let _ = write!(
                    s,
                    "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>"
                );
            }
            _ => {
                let _ = write!(
                    s,
                    "<c:spPr><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
                );
                for (p, c) in ser.point_colors.iter().enumerate() {
                    let _ = write!(
                        s,
                        "<c:dPt><c:idx val=\"{p}\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></c:spPr></c:dPt>",
                        rgb(*c)
                    );
                }
            }
        }
        if n.kind == NumbersKind::Bars {
            let _ = write!(
                s,
                "<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{}<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>",
                tx_pr(1200, &fg, lang_tag, font)
            );
        }
        s.push_str("<c:cat>");
        str_cache(&mut s, &format!("Sheet1!$A$2:$A${last}"), &cats);
        let _ = write!(
            s,
            "</c:cat><c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{rows}\"/>"
        );
        for (p, v) in ser.values.iter().enumerate() {
            if let Some(v) = v {
                let _ = write!(s, "<c:pt idx=\"{p}\"><c:v>{v}</c:v></c:pt>");
            }
        }
        s.push_str("</c:numCache></c:numRef></c:val>");
        if n.kind == NumbersKind::Lines {
            s.push_str("<c:smooth val=\"0\"/>");
        }
        s.push_str("</c:ser>");
    }
    s.push_str(close);
    s.push_str("<c:axId val=\"10\"/><c:axId val=\"20\"/>");
    s.push_str(match n.kind {
        NumbersKind::Lines => "</c:lineChart>",
        _ => "</c:barChart>",
    });
    // The category axis: for horizontal bars the first category is on top.
    // With the categories reversed, the value axis crosses at the last one (the bottom).
    let (cat_pos, val_pos, orientation, val_crosses) = match n.kind {
        NumbersKind::Bars => ("l", "b", "maxMin", "max"),
        _ => ("b", "l", "minMax", "autoZero"),
    };
    let line = format!("<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"{grid}\"/></a:solidFill></a:ln></c:spPr>");
    let _ = write!(
        s,
        "<c:catAx><c:axId val=\"10\"/><c:scaling><c:orientation val=\"{orientation}\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"{cat_pos}\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>{line}{}<c:crossAx val=\"20\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>",
        tx_pr(1100, &fg, lang_tag, font)
    );
    let _ = write!(
        s,
        "<c:valAx><c:axId val=\"20\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"{val_pos}\"/><c:majorGridlines>{line}</c:majorGridlines><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>{}<c:crossAx val=\"10\"/><c:crosses val=\"{val_crosses}\"/><c:crossBetween val=\"between\"/></c:valAx>",
        tx_pr(1100, &muted, lang_tag, font)
    );
    s.push_str("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>");
    if n.series.len() > 1 {
        let _ = write!(
            s,
            "<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/>{}</c:legend>",
            tx_pr(1100, &fg, lang_tag, font)
        );
    }
    let blanks = if n.kind == NumbersKind::Lines {
        "span"
    } else {
        "gap"
    };
    let _ = write!(
        s,
        "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"{blanks}\"/></c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{}<c:externalData r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>",
        tx_pr(1200, &fg, lang_tag, font)
    );
    s
}
