//! Checks of the invariants in ARCHITECTURE.md that can be read off the sources.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The part of a source file before its `#[cfg(test)]` module.
fn non_test_part(text: &str) -> &str {
    text.split("#[cfg(test)]").next().unwrap_or(text)
}

/// The pure core: everything in `src/` except the UI shell and the entry point.
fn core_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files
        .into_iter()
        .filter(|p| {
            let rel = p
                .strip_prefix(root().join("src"))
                .unwrap()
                .to_string_lossy()
                .into_owned();
            !rel.starts_with("ui/") && rel != "main.rs" && rel != "lib.rs"
        })
        .collect()
}

#[test]
fn the_pure_core_names_no_leptos_web_sys_or_gloo() {
    let files = core_files();
    assert!(
        files.len() >= 10,
        "expected the core modules, found {files:?}"
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for banned in ["leptos", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
                assert!(
                    !code.contains(banned),
                    "{}:{}: the pure core must not use {banned}: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_source_file_starts_with_a_module_comment() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("tests"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} must start with a //! line saying what it owns",
            file.display()
        );
    }
}

#[test]
fn no_unwrap_or_expect_outside_tests_in_the_library() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    for file in files
        .iter()
        .filter(|p| !p.to_string_lossy().contains("/bin/"))
    {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in non_test_part(&text).lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains(".unwrap()") && !code.contains(".expect("),
                "{}:{}: no unwrap/expect outside tests: {line}",
                file.display(),
                n + 1
            );
        }
    }
}

#[test]
fn css_category_colours_match_the_charts() {
    let css = std::fs::read_to_string(root().join("style/main.css")).unwrap();
    for &cat in dsr_tracker::model::Category::ALL {
        let rule = format!(
            ".cat-{} {{ background: {}; }}",
            cat.as_str(),
            dsr_tracker::chart::hex(dsr_tracker::chart::category_color(cat))
        );
        assert!(css.contains(&rule), "style/main.css lacks `{rule}`");
    }
}

/// Reads a Rust string literal at the start of `s` (after whitespace); returns it and the rest.
fn string_literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start();
    let rest = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, e)) = chars.next() {
                    out.push(e);
                }
            }
            '"' => return Some((out, &rest[i + 1..])),
            c => out.push(c),
        }
    }
    None
}

#[test]
fn every_interface_string_pair_has_english_and_chinese() {
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // The Chinese side may be only Chinese punctuation, as in (", ", "、").
    let is_chinese = |s: &str| {
        has_han(s)
            || s.chars().any(|c| {
                ('\u{3000}'..='\u{303f}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
            })
    };
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut pairs = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("pick(") {
            rest = &rest[i + "pick(".len()..];
            let Some((en, after)) = string_literal(rest) else {
                continue;
            };
            let Some(after) = after.trim_start().strip_prefix(',') else {
                continue;
            };
            let Some((zh, _)) = string_literal(after) else {
                continue;
            };
            pairs += 1;
            assert!(
                !en.trim().is_empty() && !zh.trim().is_empty(),
                "{}: an empty string in pick({en:?}, {zh:?})",
                file.display()
            );
            assert!(
                is_chinese(&zh),
                "{}: the Chinese side of pick({en:?}, {zh:?}) has no Chinese",
                file.display()
            );
            assert!(
                !has_han(&en),
                "{}: the English side of pick({en:?}, {zh:?}) has Chinese",
                file.display()
            );
        }
    }
    assert!(
        pairs > 100,
        "expected the interface's string pairs, found {pairs}"
    );
}
