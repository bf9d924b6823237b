//! Text and colours as OOXML wants them: escaped text without the characters XML 1.0 forbids, and hex colours.

use plotters::style::RGBColor;

/// `s` as XML character data: markup escaped, and characters XML 1.0 does not
/// allow (control characters other than tab and newline, lone surrogates are
/// impossible in Rust strings, U+FFFE and U+FFFF) left out.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `RRGGBB`, as `a:srgbClr` wants it.
pub fn rgb(c: RGBColor) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_loses_what_xml_forbids() {
        assert_eq!(
            text("<b>&\"x\"\u{1}\u{7}\tok"),
            "&lt;b&gt;&amp;&quot;x&quot;\tok"
        );
        assert_eq!(rgb(RGBColor(0, 0x72, 0xB2)), "0072B2");
    }
}
