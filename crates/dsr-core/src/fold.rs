//! Case folding for search: ASCII and the Latin, Greek and Cyrillic capitals, without the standard library's Unicode case tables.
//!
//! `str::to_lowercase` brings the whole Unicode lower-case table into the
//! main WebAssembly module, which the timeline's search needs before its
//! filters respond. The data and the interface are English and Chinese, with
//! country and place names in Latin letters: these ranges cover them, and a
//! character outside them is compared as it is.

/// `s` with its capitals in lower case, for comparing search text.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
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
    use super::fold;

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
    }
}
