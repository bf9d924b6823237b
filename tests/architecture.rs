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
