//! `compact`: a JSON text without the whitespace between its tokens, strings untouched.

/// `text` with the whitespace outside strings removed. Valid JSON stays the
/// same value (a test checks it on the shipped data); the result is only as
/// valid as its input.
pub fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_between_tokens_goes_and_strings_stay_as_written() {
        let text = "{\n  \"a b\": [1, 2],\n  \"q\": \"say \\\"hi \\\\ \\\" , ok\",\n  \"zh\": \"数字 丝路\"\n}\n";
        assert_eq!(
            compact(text),
            r#"{"a b":[1,2],"q":"say \"hi \\ \" , ok","zh":"数字 丝路"}"#
        );
        for file in ["dsr.json", "countries.json"] {
            let path = format!("{}/../../public/data/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            let a: serde_json::Value = serde_json::from_str(&text).unwrap();
            let b: serde_json::Value = serde_json::from_str(&compact(&text)).unwrap();
            assert_eq!(a, b, "{file}");
            assert!(compact(&text).len() < text.len());
        }
    }
}
