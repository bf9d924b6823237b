//! Text in SVG: XML escaping, the font stack, estimated widths and line wrapping.

/// Escapes text for XML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are left out.
            c if ((c as u32) < 0x20 && c != '\n' && c != '\t')
                || c == '\u{FFFE}'
                || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The font stack: system fonts only, so that no file needs an external font.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// Estimated width of `s` at `px` font size. Good enough for layout; the
/// browser does the real measuring.
pub fn text_width(s: &str, px: f64) -> f64 {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                1.0
            } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
                0.72
            } else if c == ' '
                || c == '.'
                || c == ','
                || c == 'i'
                || c == 'l'
                || c == '1'
                || c == 'j'
            {
                0.32
            } else {
                0.6
            }
        })
        .sum::<f64>()
        * px
}

/// Splits `s` into lines no wider than `max` at `px`, at spaces (or between
/// any characters for CJK text).
pub fn wrap(s: &str, px: f64, max: f64) -> Vec<String> {
    // Break at spaces; Chinese text, and any word too wide for a line, may
    // also break between characters. Each token: its text, and whether a
    // space comes before it.
    let mut tokens: Vec<(String, bool)> = Vec::new();
    for (i, word) in s.split(' ').enumerate() {
        let cjk = word.chars().any(|c| (c as u32) >= 0x2E80);
        if cjk || text_width(word, px) > max * 0.97 {
            for (k, c) in word.chars().enumerate() {
                tokens.push((c.to_string(), i > 0 && k == 0));
            }
        } else {
            tokens.push((word.to_owned(), i > 0));
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for (token, space) in tokens {
        let candidate = if line.is_empty() {
            token.clone()
        } else if space {
            format!("{line} {token}")
        } else {
            format!("{line}{token}")
        };
        if !line.is_empty() && text_width(&candidate, px) > max * 0.97 {
            lines.push(std::mem::take(&mut line));
            line = token;
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// [`wrap`], keeping at most `most` lines (at least one); when text is cut,
/// the last line ends with an ellipsis and still fits.
pub fn wrap_at_most(s: &str, px: f64, max: f64, most: usize) -> Vec<String> {
    let mut lines = wrap(s, px, max);
    if lines.len() <= most.max(1) {
        return lines;
    }
    lines.truncate(most.max(1));
    if let Some(last) = lines.last_mut() {
        let mut cut: String = last.clone();
        while !cut.is_empty() && text_width(&format!("{cut}…"), px) > max * 0.97 {
            cut.pop();
        }
        *last = format!("{}…", cut.trim_end());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_very_long_text_keeps_its_lines_and_ends_with_an_ellipsis() {
        let long = "Milestones ".repeat(200);
        let lines = wrap_at_most(&long, 20.0, 400.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 20.0) <= 400.0, "{l}");
        }
        let short = wrap_at_most("Two words", 20.0, 400.0, 2);
        assert_eq!(short, ["Two words"]);
    }

    #[test]
    fn xml_escaping_neutralises_markup() {
        assert_eq!(
            escape_xml("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;"
        );
        // What XML 1.0 forbids is left out; tab and newline stay.
        assert_eq!(escape_xml("a\u{1}\u{7}\u{FFFE}b\tc\nd"), "ab\tc\nd");
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let s = "Partner countries by agreement, latest count and date";
        let lines = wrap(s, 14.0, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), s);
        for l in &lines[..lines.len() - 1] {
            assert!(text_width(l, 14.0) <= 150.0 || !l.contains(' '), "{l}");
        }
        let zh = wrap("按协议统计的伙伴国家数量及日期", 14.0, 60.0);
        assert!(zh.len() > 1);
        assert_eq!(zh.concat(), "按协议统计的伙伴国家数量及日期");
        // Mixed text breaks inside a long Chinese run too, and every line fits.
        let mixed = "数据集 v1.0.0，更新于2026年11月29日；数据截至2025年10月28日";
        let lines = wrap(mixed, 11.5, 200.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 11.5) <= 200.0, "{l}");
        }
        assert_eq!(lines.join(" ").replace(' ', ""), mixed.replace(' ', ""));
    }
}
