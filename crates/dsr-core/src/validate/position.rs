//! Where things are in a JSON text: line and column of an offset, and the offsets of an object's keys.

use std::collections::HashMap;

/// Line and column (1-based) of a byte offset in `text`.
pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let before = bytes.get(..offset.min(bytes.len())).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default())
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Byte offset of `part` inside `whole`, when `part` is a slice of it.
pub(super) fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    (p >= start && p <= start + whole.len()).then(|| p - start)
}

/// Byte offsets of the keys of a JSON object's top level, e.g. `"date"` → 57.
pub(super) fn key_offsets(object: &str) -> HashMap<String, usize> {
    let bytes = object.as_bytes();
    let mut out = HashMap::new();
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let start = i;
                i += 1;
                while let Some(&c) = bytes.get(i).filter(|&&c| c != b'"') {
                    i += if c == b'\\' { 2 } else { 1 };
                }
                let end = i.min(bytes.len());
                if depth == 1 {
                    let rest = object.get(end + 1..).unwrap_or("").trim_start();
                    if rest.starts_with(':') {
                        if let Some(key) = object.get(start + 1..end) {
                            out.entry(key.to_owned()).or_insert(start);
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}
