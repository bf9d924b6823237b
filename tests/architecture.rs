//! Checks of the invariants in ARCHITECTURE.md that can be read off the sources, the lock file, the CSS and the README.

// Test code: a failed unwrap, expect, index or panic is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
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

fn files_under(rel: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for r in rel {
        rust_files(&root().join(r), &mut files);
    }
    files
}

/// The part of a source file before its `#[cfg(test)]` module, without comments.
fn code_of(text: &str) -> String {
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or(text);
    before_tests
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The packages `cargo tree` lists for the core, with extra arguments.
fn core_tree(extra: &[&str]) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .current_dir(root())
        .args([
            "tree",
            "-p",
            "dsr-core",
            "-e",
            "normal",
            "--prefix",
            "none",
            "--offline",
        ])
        .args(extra)
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

const BROWSER_STACK: [&str; 5] = ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

#[test]
fn the_core_crate_depends_on_nothing_of_the_browser_stack() {
    // Everything the core builds with natively, as `cargo tree -p dsr-core -e normal` lists it.
    let all = core_tree(&[]);
    assert!(
        all.iter().any(|p| p == "serde"),
        "cargo tree listed {all:?}"
    );
    // Its own dependencies on the web: plotters alone uses web-sys there, to measure text.
    let direct = core_tree(&["--target", "wasm32-unknown-unknown", "--depth", "1"]);
    for banned in BROWSER_STACK {
        let hit: Vec<&String> = all
            .iter()
            .chain(&direct)
            .filter(|p| p.starts_with(banned))
            .collect();
        assert!(hit.is_empty(), "dsr-core depends on {hit:?}");
    }
}

#[test]
fn every_source_file_starts_with_a_module_comment() {
    let files = files_under(&[
        "src",
        "tests",
        "benches",
        "crates/dsr-core/src",
        "crates/dsr-core/tests",
        "crates/dsr-core/benches",
    ]);
    assert!(
        files.len() > 60,
        "expected the sources, found {}",
        files.len()
    );
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} must start with a //! line saying what it owns",
            file.display()
        );
    }
}

/// The module of `file` under `src`, to `depth` levels (`chart::frame`).
fn module_of(src: &Path, file: &Path, depth: usize) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.truncate(depth);
    parts.join("::")
}

/// The module paths named right after `crate::` or `super::`: `a::b::Type`
/// gives `[a, b]`; `{a::X, b}` gives `[a]` and `[b]` (the lower-case segments only).
fn paths_after(rest: &str) -> Vec<Vec<String>> {
    let segments = |p: &str| -> Vec<String> {
        p.split("::")
            .map(str::trim)
            .take_while(|seg| seg.chars().next().is_some_and(|c| c.is_lowercase()))
            .map(str::to_owned)
            .collect()
    };
    if let Some(inner) = rest.strip_prefix('{') {
        let inner = inner.split('}').next().unwrap_or("");
        return inner.split(',').map(segments).collect();
    }
    let head = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .next()
        .unwrap_or("");
    vec![segments(head)]
}

/// The module graph of a crate: `use crate::a::b` and `super::x` edges between modules `depth` deep.
fn module_graph(src_rel: &str, depth: usize) -> BTreeMap<String, BTreeSet<String>> {
    let src = root().join(src_rel);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files_under(&[src_rel]) {
        if file.to_string_lossy().contains("/bin/") {
            continue;
        }
        let me = module_of(&src, &file, depth);
        let parent: Vec<String> = {
            let m = module_of(&src, &file, usize::MAX);
            let mut p: Vec<String> = m.split("::").map(str::to_owned).collect();
            if !file.ends_with("mod.rs") {
                p.pop();
            }
            p
        };
        let code = code_of(&std::fs::read_to_string(&file).unwrap());
        let mut targets = Vec::new();
        for (prefix, base) in [("crate::", Vec::new()), ("super::", parent.clone())] {
            let mut rest = code.as_str();
            while let Some(i) = rest.find(prefix) {
                let before = rest[..i].chars().last();
                rest = &rest[i + prefix.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                for path in paths_after(rest) {
                    let mut full = base.clone();
                    full.extend(path);
                    full.truncate(depth);
                    targets.push(full.join("::"));
                }
            }
        }
        for t in targets {
            if !t.is_empty()
                && t != me
                && !me.starts_with(&format!("{t}::"))
                && !t.starts_with(&format!("{me}::"))
            {
                graph.entry(me.clone()).or_default().insert(t);
            }
        }
    }
    graph
}

/// The cycles of a graph: every edge that leads back to where it started.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn reaches(
        graph: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        to: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        if from == to {
            return true;
        }
        if !seen.insert(from.to_owned()) {
            return false;
        }
        graph
            .get(from)
            .is_some_and(|next| next.iter().any(|n| reaches(graph, n, to, seen)))
    }
    let mut out = Vec::new();
    for (a, targets) in graph {
        for b in targets {
            if reaches(graph, b, a, &mut BTreeSet::new()) {
                out.push(vec![a.clone(), b.clone()]);
            }
        }
    }
    out
}

#[test]
fn neither_crate_has_an_import_cycle() {
    for (src, depth) in [
        ("crates/dsr-core/src", 1),
        ("crates/dsr-core/src", 2),
        ("src", 1),
        ("src", 2),
    ] {
        let graph = module_graph(src, depth);
        assert!(
            graph.len() > 5,
            "{src}: expected its modules, found {graph:?}"
        );
        let found = cycles(&graph);
        assert!(
            found.is_empty(),
            "{src} (depth {depth}) has import cycles through these edges: {found:?}"
        );
    }
}

#[test]
fn only_the_lazy_parts_import_the_views() {
    // Every view behind a tab or a mode is reached through a split point in
    // `parts`, so its code stays out of the main WebAssembly module.
    let graph = module_graph("src", 1);
    for (module, targets) in &graph {
        if targets.contains("views") {
            assert_eq!(
                module, "parts",
                "{module} imports the views; only the lazily loaded parts may"
            );
        }
        if targets.contains("charts") {
            assert!(
                module == "parts" || module == "views",
                "{module} imports the charts; only the parts and the views may"
            );
        }
        assert!(
            !targets.contains("dashboard") || module == "app",
            "{module} imports the dashboard"
        );
    }
}

#[test]
fn interface_text_lives_in_the_catalogue() {
    let catalogue = root().join("crates/dsr-core/src/i18n");
    let has_han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut checked = 0;
    for file in files_under(&["src", "crates/dsr-core/src"]) {
        // Synthetic datasets are data, not interface text.
        if file.starts_with(&catalogue) || file.ends_with("synth.rs") {
            continue;
        }
        checked += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in code_of(&text).lines().enumerate() {
            let at = || format!("{}:{}", file.display(), n + 1);
            for pattern in [
                "Lang::En =>",
                "Lang::Zh =>",
                "Lang::En)",
                "Lang::Zh)",
                ".pick(",
            ] {
                // `Lang::En)` as a pattern: `(…, Lang::En) =>`.
                let is_pattern = !pattern.ends_with(')') || line.contains("=>");
                assert!(
                    !(is_pattern && line.contains(pattern)),
                    "{}: only the catalogue (i18n) may choose text by language: {line}",
                    at()
                );
            }
            // Chinese text outside the catalogue is interface text in the wrong place.
            let quoted: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
            assert!(
                !quoted.iter().any(|q| has_han(q)),
                "{}: Chinese text belongs in the catalogue (i18n): {line}",
                at()
            );
        }
    }
    assert!(checked > 50, "expected the sources, checked {checked}");
}

#[test]
fn the_shell_joins_no_catalogue_words_with_a_literal_colon() {
    // `{label}": "{value}` gives Chinese an ASCII colon where the catalogue
    // writes "：": a label and its value are joined by `app::label`.
    let mut checked = 0;
    for file in files_under(&["src"]) {
        checked += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in code_of(&text).lines().enumerate() {
            for join in ["\": \"", "\":\"", "\" : \""] {
                assert!(
                    !line.contains(join),
                    "{}:{}: a literal colon joins words; use the catalogue's `app::label` or `app::COLON`: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
    assert!(
        checked > 50,
        "expected the shell's sources, checked {checked}"
    );
}

#[test]
fn css_category_colours_match_the_charts() {
    let css = read("style/main.css");
    for &cat in dsr_core::model::Category::ALL {
        let rule = format!(
            ".cat-{} {{ background: {}; }}",
            cat.as_str(),
            dsr_core::chart::hex(dsr_core::chart::category_color(cat))
        );
        assert!(css.contains(&rule), "style/main.css lacks `{rule}`");
    }
}

#[test]
fn css_page_layout_matches_the_chart_widths() {
    use dsr_core::chart::layout::*;
    let css = read("style/main.css");
    for rule in [
        format!(".page {{ max-width: {PAGE_MAX_WIDTH}px; margin: 0 auto; padding: 16px {PAGE_PADDING}px 48px; }}"),
        format!(".layout {{ display: grid; grid-template-columns: {FILTERS_WIDTH}px minmax(0, 1fr); gap: {LAYOUT_GAP}px; align-items: start; }}"),
        format!("@media (max-width: {NARROW}px) {{"),
        format!("  .page {{ padding: 8px {PAGE_PADDING_NARROW}px 40px; }}"),
    ] {
        assert!(css.contains(&rule), "style/main.css lacks `{rule}`: chart::layout and the CSS disagree");
    }
}

#[test]
fn the_readme_lists_the_url_parameters_of_the_table() {
    let readme = read("README.md");
    let expected = dsr_core::query::params::readme_table();
    assert!(
        readme.contains(&expected),
        "README.md's parameter table differs from query::params::PARAMS; it should read:\n{expected}"
    );
}

#[test]
fn the_paths_the_docs_name_exist() {
    // Every repository path in backticks in the Markdown docs and in the
    // sources' `//!` comments names a file or folder that is there (from the
    // root, or from the core crate's folder, as the core's own docs write them).
    let prefixes = [
        "src/", "crates/", "tests/", "scripts/", "docs/", "public/", "tools/", "style/",
        "benches/", ".ci/", ".cargo/",
    ];
    let mut texts: Vec<(PathBuf, String)> = Vec::new();
    for doc in ["README.md", "ARCHITECTURE.md"] {
        texts.push((root().join(doc), read(doc)));
    }
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(&path).unwrap();
            texts.push((path, text));
        }
    }
    for file in files_under(&[
        "src",
        "crates/dsr-core/src",
        "crates/dsr-core/tests",
        "tests",
    ]) {
        let text = std::fs::read_to_string(&file).unwrap();
        let docs: String = text
            .lines()
            .filter(|l| l.trim_start().starts_with("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        texts.push((file, docs));
    }
    let mut checked = 0;
    let mut missing = Vec::new();
    for (file, text) in &texts {
        // No doc points outside the repository, where a clone does not reach.
        assert!(
            !text.contains("../shared/"),
            "{} links outside the repository (../shared/)",
            file.display()
        );
        for quoted in text.split('`').skip(1).step_by(2) {
            let path = quoted.split(':').next().unwrap_or("").trim_end_matches('/');
            let plain = !path.contains(|c: char| c.is_whitespace() || "*<>{}…|$".contains(c));
            if !plain || !prefixes.iter().any(|p| path.starts_with(p)) {
                continue;
            }
            checked += 1;
            if !root().join(path).exists() && !root().join("crates/dsr-core").join(path).exists() {
                missing.push(format!("{}: `{quoted}`", file.display()));
            }
        }
    }
    assert!(checked > 30, "expected the docs' paths, checked {checked}");
    assert!(
        missing.is_empty(),
        "the docs name paths that do not exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_feeds_and_the_deck_write_text_only_through_the_xml_writer() {
    // `xml::Xml` escapes every value and text it is given; a part that
    // called `escape_xml` itself could forget to, somewhere.
    let mut checked = 0;
    for file in files_under(&["crates/dsr-core/src/deck"])
        .into_iter()
        .chain([root().join("crates/dsr-core/src/feed.rs")])
    {
        checked += 1;
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !code_of(&text).contains("escape_xml"),
            "{} escapes by hand: write text with xml::Xml",
            file.display()
        );
    }
    assert!(
        checked >= 6,
        "expected the deck's files and the feed, checked {checked}"
    );
}
