//! WCAG AA contrast of text in both themes: the CSS variables and the chart palettes.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::HashMap;

use dsr_core::chart::{Palette, DARK, LIGHT};

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The `--name: #rrggbb;` variables of the first CSS block that starts with `selector {`.
fn variables(css: &str, selector: &str) -> HashMap<String, String> {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("no {selector} block"));
    let body = &css[start..];
    let body = &body[..body.find('}').unwrap()];
    body.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (name, value) = l.strip_prefix("--")?.split_once(':')?;
            let value = value.trim().trim_end_matches(';').trim();
            (value.starts_with('#') && value.len() == 7)
                .then(|| (name.to_owned(), value.to_owned()))
        })
        .collect()
}

/// Text colour on background colour pairs that the interface uses.
const PAIRS: &[(&str, &str)] = &[
    ("fg", "bg"),
    ("fg", "surface"),
    ("muted", "bg"),
    ("muted", "surface"),
    ("accent", "bg"),
    ("accent", "surface"),
    ("accent-fg", "accent"),
    ("fg", "note-bg"),
    ("fg", "selected"),
    ("accent", "selected"),
    ("fg", "error-bg"),
    ("conf-confirmed", "surface"),
    ("conf-single", "surface"),
    ("conf-unverified", "surface"),
    ("conf-confirmed", "selected"),
    ("conf-single", "selected"),
    ("conf-unverified", "selected"),
];

#[test]
fn interface_text_meets_wcag_aa_in_both_themes() {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    for (theme, selector) in [("light", ":root"), ("dark", ":root[data-theme=\"dark\"]")] {
        let vars = variables(&css, selector);
        for (fg, bg) in PAIRS {
            let ratio = contrast(&vars[*fg], &vars[*bg]);
            assert!(
                ratio >= 4.5,
                "{theme}: --{fg} on --{bg} is {ratio:.2}:1, below 4.5:1"
            );
        }
    }
    // The system-dark block repeats the dark theme exactly.
    let system = variables(&css, "  :root:not([data-theme=\"light\"])");
    assert_eq!(system, variables(&css, ":root[data-theme=\"dark\"]"));
}

#[test]
fn chart_text_meets_wcag_aa_in_both_palettes() {
    let hex = dsr_core::chart::hex;
    for (name, p) in [("light", &LIGHT), ("dark", &DARK)] {
        let p: &Palette = p;
        for (what, c) in [("fg", p.fg), ("muted", p.muted)] {
            let r = contrast(&hex(c), &hex(p.bg));
            assert!(r >= 4.5, "{name}: chart {what} text is {r:.2}:1");
        }
        for (i, c) in p.series_text.iter().enumerate() {
            let r = contrast(&hex(*c), &hex(p.bg));
            assert!(r >= 4.5, "{name}: series label colour {i} is {r:.2}:1");
        }
        // Marks are always labelled with text, so their colour is not the only
        // carrier of meaning (WCAG 1.4.11); still, they must stand out from the background.
        for (i, c) in p.series.iter().take(3).enumerate() {
            let r = contrast(&hex(*c), &hex(p.bg));
            assert!(
                r >= 2.0,
                "{name}: series {i} is {r:.2}:1 against the background"
            );
        }
    }
}
