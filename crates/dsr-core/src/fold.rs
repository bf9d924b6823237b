//! Case folding for search: ASCII and the Latin, Greek and Cyrillic capitals, without the standard library's Unicode case tables.
//!
//! `str::to_lowercase` brings the whole Unicode lower-case table into the
//! main WebAssembly module, which the timeline's search needs before its
//! filters respond. The data and the interface are English and Chinese, with
//! country and place names in Latin letters: these ranges cover them, and a
//! character outside them is compared as it is.

/// `s` with its capitals in lower case, for comparing search text.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends `s` folded as [`fold`] does to `out`. ASCII text, most of the
/// English data, is folded a byte at a time: building the search text of
/// every milestone is on the way to the timeline responding.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.push_str(s);
        let start = out.len() - s.len();
        if let Some(tail) = out.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
    } else {
        out.extend(s.chars().map(fold_char));
    }
}

fn fold_char(c: char) -> char {
    let n = c as u32;
    let by = match c {
        'A'..='Z' => 32,
        'À'..='Þ' if c != '×' => 32,
        '\u{100}'..='\u{12F}' | '\u{132}'..='\u{137}' | '\u{14A}'..='\u{177}'
            if n.is_multiple_of(2) =>
        {
            1
        }
        '\u{139}'..='\u{148}' | '\u{179}'..='\u{17E}' if !n.is_multiple_of(2) => 1,
        'Α'..='Ω' if c != '\u{3A2}' => 32,
        'А'..='Я' => 32,
        'Ѐ'..='Џ' => 80,
        _ => 0,
    };
    char::from_u32(n + by).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_into};

    #[test]
    fn folds_as_the_standard_library_does_in_its_ranges() {
        for s in [
            "Côte d'Ivoire",
            "ÉTAT",
            "TÜRKİYE",
            "Łódź",
            "ΑΘΗΝΑ",
            "МОСКВА",
            "ЁЖ",
            "Straße",
            "数字丝绸之路 DSR",
        ] {
            let expected: String = s
                .chars()
                .map(|c| {
                    if c == 'İ' {
                        c
                    } else {
                        c.to_lowercase().next().unwrap()
                    }
                })
                .collect();
            assert_eq!(fold(s), expected, "{s}");
        }
        assert_eq!(fold("×"), "×");
        let mut out = String::from("Ab ");
        fold_into("CÔTE", &mut out);
        fold_into(" DIGITAL Silk", &mut out);
        assert_eq!(
            out, "Ab côte digital silk",
            "appended, the text before left as it was"
        );
    }
}
