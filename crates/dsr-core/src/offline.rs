//! The service worker's manifest: which files of a build it caches when it installs, and the content hash of each file whose name carries none.
//!
//! `public/sw.js` is the service worker; the build (`cargo run --bin
//! service-worker -- dist`, the post-build hook's last step) writes this
//! manifest into it. A file whose name carries a content hash (the app's JS,
//! its WebAssembly modules, the stylesheet) is the same file wherever it is
//! found; every other file of the build is checked against its hash here
//! before the worker serves it, so that a page of one build never gets a file
//! of another. The manifest's own hash names the worker's cache: a new build
//! is a new worker with a new cache, which replaces the old one whole.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::bundle::{BUNDLE_FILE, DETAILS_FILE, EN_TEXTS_FILE, ZH_TEXTS_FILE};

/// What the worker needs to know of one build.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Manifest {
    /// The build's identity: a hash of everything below.
    pub build: String,
    /// Fetched and cached when the worker installs: what the page needs
    /// until its timeline responds, and the milestones' sources. `./` is the
    /// page itself.
    pub precache: Vec<String>,
    /// The content hash of each file of the build whose name carries none,
    /// by its path relative to the page (`./` for the page).
    pub hashes: BTreeMap<String, String>,
}

/// Why a manifest could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("{0}: the build has no such file, and the page needs it before it responds")]
    Missing(String),
    #[error("{0}: the service worker has no line `const MANIFEST = …;` to fill in")]
    NoPlaceholder(String),
}

/// The files the page loads by a fixed name before its timeline responds (or
/// just after: the sources), besides the page itself (a release build has
/// the stylesheet and `entry.js` inside it: scripts/inline-head.mjs).
const FIXED: [&str; 6] = [
    "boot.js",
    "sw-page.js",
    BUNDLE_FILE,
    EN_TEXTS_FILE,
    ZH_TEXTS_FILE,
    DETAILS_FILE,
];

/// Left to the network (and kept for offline use once fetched): the feeds,
/// read by feed readers rather than the page, the worker itself, and the
/// size report's list of parts.
fn unmanaged(path: &str) -> bool {
    path == "sw.js" || path == "wasm-parts.txt" || path.ends_with(".xml")
}

/// Whether a file's name carries its content's hash: `stem-<12 to 16 hex
/// digits>[_bg].ext`, as Trunk names them, or a WASM chunk's
/// `chunk_<n>-<8 hex digits>.wasm` or `split_<part>-<8>.wasm`, as the
/// post-build hook does (eight digits alone could be a date, `mine-20261205.json`).
pub fn named_by_hash(path: &str) -> bool {
    if path.contains('/') {
        return false;
    }
    let Some((stem, ext)) = path.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((name, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    let all = |s: &str, f: fn(&u8) -> bool| !s.is_empty() && s.bytes().all(|b| f(&b));
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let chunk = ext == "wasm"
        && (name
            .strip_prefix("chunk_")
            .is_some_and(|n| all(n, u8::is_ascii_digit))
            || name.strip_prefix("split_").is_some_and(|p| all(p, word)));
    let digits = match hash.len() {
        8 => chunk,
        12..=16 => true,
        _ => false,
    };
    digits && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The first 16 hex digits of a SHA-256, as the worker computes them with
/// `crypto.subtle`.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest of a build, from its files (paths relative to the build's
/// folder, with `/`).
pub fn manifest(files: &[(String, Vec<u8>)]) -> Result<Manifest, ManifestError> {
    let mut hashes = BTreeMap::new();
    let mut named = Vec::new();
    for (path, bytes) in files {
        if unmanaged(path) {
            continue;
        }
        if named_by_hash(path) {
            named.push(path.clone());
        } else {
            let key = if path == "index.html" { "./" } else { path };
            hashes.insert(key.to_owned(), content_hash(bytes));
        }
    }
    named.sort();
    let mut precache = vec!["./".to_owned()];
    for f in FIXED {
        if !hashes.contains_key(f) {
            return Err(ManifestError::Missing(f.to_owned()));
        }
        precache.push(f.to_owned());
    }
    if !hashes.contains_key("./") {
        return Err(ManifestError::Missing("index.html".to_owned()));
    }
    // The app's own hashed files, not its lazily loaded parts: those are
    // cached as each is first used. Nor the main module itself when the
    // build has it gzip-compressed (`…_bg.bin`, which the page fetches): a
    // browser without DecompressionStream fetches it, and keeps it then.
    let packed = |n: &str| {
        n.strip_suffix("_bg.wasm")
            .is_some_and(|stem| named.iter().any(|m| *m == format!("{stem}_bg.bin")))
    };
    precache.extend(
        named
            .iter()
            .filter(|n| !n.starts_with("chunk_") && !n.starts_with("split_") && !packed(n))
            .cloned(),
    );
    let mut all = String::new();
    for (k, v) in &hashes {
        all.push_str(&format!("{k} {v}\n"));
    }
    for n in &named {
        all.push_str(n);
        all.push('\n');
    }
    Ok(Manifest {
        build: content_hash(all.as_bytes()),
        precache,
        hashes,
    })
}

/// The worker's source with the manifest written into its placeholder line.
pub fn fill(worker: &str, manifest: &Manifest, file: &str) -> Result<String, ManifestError> {
    let json = serde_json::to_string(manifest).unwrap_or_default();
    let mut found = false;
    let lines: Vec<String> = worker
        .lines()
        .map(|l| {
            if !found && l.starts_with("const MANIFEST = ") {
                found = true;
                format!("const MANIFEST = {json};")
            } else {
                l.to_owned()
            }
        })
        .collect();
    if !found {
        return Err(ManifestError::NoPlaceholder(file.to_owned()));
    }
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;

    fn build(extra: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = [
            ("index.html", "<html>"),
            ("boot.js", "boot"),
            ("entry.js", "entry"),
            ("sw-page.js", "page"),
            ("sw.js", "const MANIFEST = {};"),
            ("data/dsr.bin", "bundle"),
            ("data/dsr-sources.bin", "sources"),
            ("data/dsr-en.bin", "english"),
            ("data/dsr-zh.bin", "chinese"),
            ("data/changes.json", "[]"),
            ("dsr-tracker-f0fee506017c5294.js", "glue"),
            ("dsr-tracker-f0fee506017c5294_bg.wasm", "wasm"),
            ("__wasm_split-0ebf0d05972e7514.js", "loader"),
            ("main-bbf787ad9c16ef5.css", "css"),
            ("chunk_12-66d156ac6b325b39.wasm", "chunk"),
            ("split_table-8537042d6e76d9d9.wasm", "table"),
            ("feed.xml", "<feed/>"),
            ("feeds/country-CHN.xml", "<feed/>"),
        ]
        .iter()
        .map(|(p, b)| ((*p).to_owned(), b.as_bytes().to_vec()))
        .collect();
        for (p, b) in extra {
            files.retain(|(q, _)| q != p);
            files.push(((*p).to_owned(), b.as_bytes().to_vec()));
        }
        files
    }

    #[test]
    fn the_page_and_what_it_needs_first_are_cached_ahead_and_the_parts_later() {
        let m = manifest(&build(&[])).unwrap();
        for f in [
            "./",
            "boot.js",
            "data/dsr.bin",
            "data/dsr-en.bin",
            "data/dsr-zh.bin",
            "data/dsr-sources.bin",
            "dsr-tracker-f0fee506017c5294_bg.wasm",
            "__wasm_split-0ebf0d05972e7514.js",
            "main-bbf787ad9c16ef5.css",
        ] {
            assert!(
                m.precache.contains(&f.to_owned()),
                "{f} in {:?}",
                m.precache
            );
        }
        assert!(!m
            .precache
            .iter()
            .any(|f| f.starts_with("chunk_") || f.starts_with("split_")));
        assert!(!m
            .precache
            .iter()
            .any(|f| f.ends_with(".xml") || f == "sw.js"));
    }

    #[test]
    fn a_main_module_written_compressed_is_cached_ahead_in_that_form_only() {
        let m = manifest(&build(&[("dsr-tracker-f0fee506017c5294_bg.bin", "packed")])).unwrap();
        assert!(m
            .precache
            .contains(&"dsr-tracker-f0fee506017c5294_bg.bin".to_owned()));
        assert!(
            !m.precache
                .contains(&"dsr-tracker-f0fee506017c5294_bg.wasm".to_owned()),
            "{:?}",
            m.precache
        );
        // Still the build's file, named by its hash (served, kept when fetched).
        assert!(named_by_hash("dsr-tracker-f0fee506017c5294_bg.bin"));
        assert!(!m
            .hashes
            .contains_key("dsr-tracker-f0fee506017c5294_bg.wasm"));
    }

    #[test]
    fn files_named_without_a_hash_are_checked_by_their_content() {
        let m = manifest(&build(&[])).unwrap();
        assert_eq!(m.hashes["./"], content_hash(b"<html>"));
        assert_eq!(m.hashes["data/changes.json"], content_hash(b"[]"));
        assert!(!m.hashes.contains_key("index.html"));
        assert!(!m.hashes.contains_key("chunk_12-66d156ac6b325b39.wasm"));
        assert!(!m.hashes.contains_key("feed.xml") && !m.hashes.contains_key("sw.js"));
        // SHA-256("abc"), as crypto.subtle gives it.
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn any_change_of_a_file_is_a_new_build() {
        let a = manifest(&build(&[])).unwrap();
        let data = manifest(&build(&[("data/dsr.bin", "bundle 2")])).unwrap();
        let chunk = manifest(&build(&[("chunk_12-0000000000000000.wasm", "chunk 2")])).unwrap();
        let feed = manifest(&build(&[("feed.xml", "<feed>2</feed>")])).unwrap();
        assert_ne!(a.build, data.build);
        assert_ne!(a.build, chunk.build);
        // The feeds are not the page's: they do not make a new worker.
        assert_eq!(a.build, feed.build);
        assert_eq!(a, manifest(&build(&[])).unwrap());
    }

    #[test]
    fn a_build_without_what_the_page_needs_is_refused_by_name() {
        let mut files = build(&[]);
        files.retain(|(p, _)| p != "data/dsr.bin");
        assert_eq!(
            manifest(&files),
            Err(ManifestError::Missing("data/dsr.bin".to_owned()))
        );
    }

    #[test]
    fn names_with_a_hash_are_told_from_names_without() {
        assert!(named_by_hash("dsr-tracker-f0fee506017c5294_bg.wasm"));
        assert!(named_by_hash("main-bbf787ad9c16ef5.css"));
        assert!(!named_by_hash("boot.js"));
        assert!(!named_by_hash("data/dsr-sources.bin"));
        assert!(!named_by_hash("world-110m.json"));
        assert!(!named_by_hash("data/chunk_1-66d156ac6b325b39.wasm"));
        // A chunk as the post-build hook names it: eight digits.
        assert!(named_by_hash("chunk_1-66d156ac.wasm"));
        assert!(named_by_hash("split_notices-c48f8bfa.wasm"));
        assert!(!named_by_hash("chunk_1-66d156a.wasm"));
        assert!(!named_by_hash("dsr-2026.bin"));
        // Eight digits elsewhere may be a date: a reader's own file.
        assert!(!named_by_hash("mine-20261205.json"));
        assert!(!named_by_hash("tracker-20261205.wasm"));
    }

    #[test]
    fn the_manifest_is_written_into_its_line_and_nowhere_else() {
        let m = manifest(&build(&[])).unwrap();
        let worker = "// sw\nconst MANIFEST = { build: 'dev' };\nself.x = 1;\n";
        let out = fill(worker, &m, "sw.js").unwrap();
        assert!(out.contains(&format!("\"build\":\"{}\"", m.build)));
        assert!(out.ends_with("self.x = 1;\n"));
        assert_eq!(
            fill("self.x = 1;", &m, "dist/sw.js"),
            Err(ManifestError::NoPlaceholder("dist/sw.js".to_owned()))
        );
    }
}
