//! `cargo run --bin size-report [-- --build]`: every file of `dist/`, raw and gzipped, by when it loads, against the budgets in `perf-budget.toml`.
//!
//! Files load in three stages: before the first paint (the page with its
//! first view, the stylesheet and the script in its head), until the
//! timeline's filters respond (the app's main WASM and JS, the data), and
//! lazily (the parts fetched when a view first needs them, and anything
//! else). The budgets are the gzip totals of the first two stages and the
//! largest lazy part. With `--build`, runs `trunk build --release --offline`
//! first. Exits 1 when a budget is exceeded, 2 on a usage or I/O problem.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    report::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod report {
    use std::io::Write;
    use std::path::{Path, PathBuf};
    use std::process::{Command, ExitCode};

    /// When a file of `dist/` is fetched.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    enum Stage {
        /// Before anything is drawn: the page and what its head blocks on.
        FirstPaint,
        /// Until the timeline's filters respond.
        Interactive,
        /// When a view first needs it, or never on the way to the timeline.
        Lazy,
        /// Fetched only by a browser without `DecompressionStream`, instead
        /// of the compressed bundle (`data/*-plain.bin`) and main module
        /// (`…_bg.bin`, beside the module itself).
        Fallback,
        /// Published for readers and other programs, never fetched by the
        /// page itself: the dataset and country list as JSON (the page reads
        /// the same data from the bundle, `data/dsr.bin`).
        Published,
    }

    impl Stage {
        fn label(self) -> &'static str {
            match self {
                Stage::FirstPaint => "first paint",
                Stage::Interactive => "interactive",
                Stage::Lazy => "lazy",
                Stage::Fallback => "only by a browser without DecompressionStream",
                Stage::Published => "published, not fetched by the page",
            }
        }
    }

    /// The stage of a file of `dist/`, by its path; `packed`: the build has
    /// its main module gzip-compressed too (a release build), which the page
    /// fetches instead of the module.
    fn stage(rel: &str, packed: bool) -> Stage {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        match rel {
            "index.html" | "entry.js" => Stage::FirstPaint,
            _ if !rel.contains('/') && name.ends_with(".css") => Stage::FirstPaint,
            // The bundle, and the milestones' texts in the default language
            // (a Chinese page reads `data/dsr-zh.bin` instead, as large).
            "boot.js" | "data/dsr.bin" | "data/dsr-en.bin" => Stage::Interactive,
            "data/dsr.json" | "data/countries.json" | PARTS_FILE => Stage::Published,
            _ if name.ends_with("-plain.bin") => Stage::Fallback,
            // The chunk loader, which the app's JS glue imports.
            _ if name.starts_with("__wasm_split") && name.ends_with(".js") => Stage::Interactive,
            _ if rel.contains('/') => Stage::Lazy,
            _ if name.starts_with("dsr-tracker-") && name.ends_with("_bg.wasm") && packed => {
                Stage::Fallback
            }
            _ if name.starts_with("dsr-tracker-")
                && (name.ends_with("_bg.wasm")
                    || name.ends_with("_bg.bin")
                    || name.ends_with(".js")) =>
            {
                Stage::Interactive
            }
            _ => Stage::Lazy,
        }
    }

    /// A lazily loaded part of the app: a view's chunk and the shared chunks
    /// it needs, read from the chunk loader that scripts/post-build.sh writes.
    #[derive(Debug, PartialEq)]
    struct Part {
        name: String,
        files: Vec<String>,
    }

    /// Reads the parts from the loader's source (`__wasm_split-*.js`): each
    /// `const __chunk_N` / `export const __wasm_split_load_<part>` names its
    /// file in `new URL("./…")` and its dependencies in the `, [ … ]` after it.
    fn parts(loader: &str) -> Vec<Part> {
        let mut chunks: Vec<(String, String)> = Vec::new();
        let mut parts = Vec::new();
        let mut current: Option<(String, bool)> = None;
        let mut file = String::new();
        for line in loader.lines() {
            let line = line.trim();
            if let Some(rest) = line.strip_prefix("const __chunk_") {
                current = rest
                    .split(' ')
                    .next()
                    .map(|n| (format!("__chunk_{n}"), false));
            } else if let Some(rest) = line.strip_prefix("export const __wasm_split_load_") {
                current = rest.split(' ').next().map(|n| (n.to_owned(), true));
            } else if let Some(rest) = line.split("new URL(\"./").nth(1) {
                file = rest.split('"').next().unwrap_or_default().to_owned();
            } else if let Some(list) = line.strip_prefix(", [") {
                let Some((name, is_part)) = current.take() else {
                    continue;
                };
                if !is_part {
                    chunks.push((name, std::mem::take(&mut file)));
                    continue;
                }
                let mut files = vec![std::mem::take(&mut file)];
                for dep in list.split(']').next().unwrap_or_default().split(',') {
                    if let Some((_, f)) = chunks.iter().find(|(n, _)| n == dep.trim()) {
                        files.push(f.clone());
                    }
                }
                parts.push(Part { name, files });
            }
        }
        parts
    }

    /// The parts' list in `dist/`: a line per part, its name and then its files.
    const PARTS_FILE: &str = "wasm-parts.txt";

    /// The parts as [`PARTS_FILE`] lists them.
    fn list_parts(parts: &[Part]) -> String {
        parts
            .iter()
            .map(|p| format!("{} {}\n", p.name, p.files.join(" ")))
            .collect()
    }

    fn read_parts(listed: &str) -> Vec<Part> {
        listed
            .lines()
            .filter_map(|line| {
                let mut words = line.split_whitespace();
                let name = words.next()?.to_owned();
                Some(Part {
                    name,
                    files: words.map(str::to_owned).collect(),
                })
            })
            .collect()
    }

    fn gzip_len(bytes: &[u8]) -> std::io::Result<usize> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(bytes)?;
        Ok(enc.finish()?.len())
    }

    fn files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == ".stage") {
                    continue;
                }
                files(&path, out)?;
            } else {
                out.push(path);
            }
        }
        Ok(())
    }

    /// The budgets, in gzip bytes: before first paint, until interactive, the largest lazy part.
    struct Budgets {
        first_paint: usize,
        interactive: usize,
        lazy_part: usize,
    }

    fn budgets(root: &Path) -> Result<Budgets, String> {
        let text = std::fs::read_to_string(root.join("perf-budget.toml"))
            .map_err(|e| format!("perf-budget.toml: {e}"))?;
        let get = |key: &str| -> Result<usize, String> {
            text.lines()
                .filter_map(|l| l.split('#').next())
                .filter_map(|l| l.split_once('='))
                .find(|(k, _)| k.trim() == key)
                .and_then(|(_, v)| v.trim().replace('_', "").parse().ok())
                .ok_or_else(|| format!("perf-budget.toml has no {key}"))
        };
        Ok(Budgets {
            first_paint: get("before_first_paint_bytes")?,
            interactive: get("until_interactive_bytes")?,
            lazy_part: get("largest_lazy_part_bytes")?,
        })
    }

    fn kb(n: usize) -> String {
        format!("{:.1} KB", n as f64 / 1000.0)
    }

    pub fn run() -> ExitCode {
        let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        // The post-build hook lists the parts from the loader as wasm-split
        // writes it, before the loader is minified (dist/wasm-parts.txt).
        let args: Vec<String> = std::env::args().collect();
        if let [_, flag, loader] = args.as_slice() {
            if flag == "--parts" {
                return match std::fs::read_to_string(loader) {
                    Ok(text) => {
                        print!("{}", list_parts(&parts(&text)));
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("size-report: {loader}: {e}");
                        ExitCode::from(2)
                    }
                };
            }
        }
        if std::env::args().any(|a| a == "--build") {
            let ok = Command::new("trunk")
                .args(["build", "--release", "--offline"])
                .current_dir(&root)
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                eprintln!("size-report: trunk build failed");
                return ExitCode::from(2);
            }
        }
        let dist = root.join("dist");
        let mut list = Vec::new();
        if let Err(e) = files(&dist, &mut list) {
            eprintln!(
                "size-report: cannot read {}: {e} (build first: trunk build --release --offline)",
                dist.display()
            );
            return ExitCode::from(2);
        }
        let budgets = match budgets(&root) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("size-report: {e}");
                return ExitCode::from(2);
            }
        };
        let packed = list
            .iter()
            .any(|p| p.to_string_lossy().ends_with("_bg.bin"));
        let mut rows = Vec::new();
        for path in &list {
            let rel = path
                .strip_prefix(&dist)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("size-report: {rel}: {e}");
                    return ExitCode::from(2);
                }
            };
            let gz = gzip_len(&bytes).unwrap_or(bytes.len());
            rows.push((rel.clone(), bytes.len(), gz, stage(&rel, packed)));
        }
        rows.sort_by(|a, b| a.3.cmp(&b.3).then(b.2.cmp(&a.2)));
        println!("| file | raw | gzip | loads |");
        println!("|---|---:|---:|---|");
        for (rel, raw, gz, stage) in &rows {
            println!("| {rel} | {} | {} | {} |", kb(*raw), kb(*gz), stage.label());
        }
        let sum =
            |up_to: Stage| -> usize { rows.iter().filter(|r| r.3 <= up_to).map(|r| r.2).sum() };
        let first_paint = sum(Stage::FirstPaint);
        let interactive = sum(Stage::Interactive);
        let listed = std::fs::read_to_string(dist.join(PARTS_FILE)).unwrap_or_default();
        let gz_of = |file: &str| rows.iter().find(|r| r.0 == file).map_or(0, |r| r.2);
        let mut part_sizes: Vec<(String, usize, usize)> = read_parts(&listed)
            .into_iter()
            .map(|p| {
                let gz = p.files.iter().map(|f| gz_of(f)).sum();
                (p.name, p.files.len(), gz)
            })
            .collect();
        part_sizes.sort_by_key(|p| std::cmp::Reverse(p.2));
        // A part is its chunks together, fetched in parallel; a lazy data
        // file (the map's geometry) is a part of its own.
        let largest_lazy = part_sizes
            .first()
            .map(|(name, n, gz)| (format!("the {name} view ({n} chunks)"), *gz))
            .into_iter()
            .chain(
                rows.iter()
                    .filter(|r| {
                        r.3 == Stage::Lazy
                            && r.0.starts_with("data/")
                            && (r.0.ends_with(".json") || r.0.ends_with(".bin"))
                    })
                    .map(|r| (r.0.clone(), r.2)),
            )
            .max_by_key(|r| r.1);
        if !part_sizes.is_empty() {
            println!();
            println!("| lazily loaded part | chunks | gzip |");
            println!("|---|---:|---:|");
            for (name, n, gz) in &part_sizes {
                println!("| {name} | {n} | {} |", kb(*gz));
            }
        }
        let wasm: usize = rows
            .iter()
            .filter(|r| {
                (r.0.ends_with(".wasm") || r.0.ends_with("_bg.bin")) && r.3 == Stage::Interactive
            })
            .map(|r| r.2)
            .sum();
        println!();
        println!(
            "Main WASM (gzip{}): {}",
            if packed { ", as fetched: zopfli" } else { "" },
            kb(wasm)
        );
        println!(
            "Before first paint (gzip): {} — budget {} (perf-budget.toml)",
            kb(first_paint),
            kb(budgets.first_paint)
        );
        println!(
            "Until the timeline's filters respond (gzip): {} — budget {}",
            kb(interactive),
            kb(budgets.interactive)
        );
        if let Some((rel, gz)) = &largest_lazy {
            println!(
                "Largest lazily loaded part (gzip): {rel}, {} — budget {}",
                kb(*gz),
                kb(budgets.lazy_part)
            );
        }
        let mut over = Vec::new();
        if first_paint > budgets.first_paint {
            over.push(format!(
                "before first paint, {}, is over {}",
                kb(first_paint),
                kb(budgets.first_paint)
            ));
        }
        if interactive > budgets.interactive {
            over.push(format!(
                "until interactive, {}, is over {}",
                kb(interactive),
                kb(budgets.interactive)
            ));
        }
        if let Some((rel, gz)) = largest_lazy.filter(|r| r.1 > budgets.lazy_part) {
            over.push(format!(
                "the lazy part {rel}, {}, is over {}",
                kb(gz),
                kb(budgets.lazy_part)
            ));
        }
        if !over.is_empty() {
            for o in over {
                eprintln!("size-report: {o}");
            }
            return ExitCode::from(1);
        }
        ExitCode::SUCCESS
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn files_load_in_stages() {
            assert_eq!(stage("index.html", true), Stage::FirstPaint);
            assert_eq!(stage("main-5cf03eb601f1626.css", true), Stage::FirstPaint);
            assert_eq!(stage("entry.js", true), Stage::FirstPaint);
            assert_eq!(
                stage("dsr-tracker-8062fe26c4581e5c_bg.bin", true),
                Stage::Interactive
            );
            // The module itself: by a browser without DecompressionStream,
            // or by every browser in a build without the compressed one.
            assert_eq!(
                stage("dsr-tracker-8062fe26c4581e5c_bg.wasm", true),
                Stage::Fallback
            );
            assert_eq!(
                stage("dsr-tracker-8062fe26c4581e5c_bg.wasm", false),
                Stage::Interactive
            );
            assert_eq!(stage("data/dsr.bin", true), Stage::Interactive);
            assert_eq!(stage("data/dsr-en.bin", true), Stage::Interactive);
            assert_eq!(stage("data/dsr-zh.bin", true), Stage::Lazy);
            assert_eq!(stage("data/dsr.json", true), Stage::Published);
            assert_eq!(stage("data/dsr-sources.bin", true), Stage::Lazy);
            assert_eq!(stage("data/dsr-plain.bin", true), Stage::Fallback);
            assert_eq!(stage("data/world-110m.json", true), Stage::Lazy);
            assert_eq!(stage("embed.js", true), Stage::Lazy);
            assert_eq!(
                stage("__wasm_split-0123456789abcdef.js", true),
                Stage::Interactive
            );
            assert_eq!(
                stage("split_charts-0123456789abcdef.wasm", true),
                Stage::Lazy
            );
            assert_eq!(stage("chunk_9-0123456789abcdef.wasm", true), Stage::Lazy);
        }

        #[test]
        fn parts_are_read_from_the_loader_with_their_shared_chunks() {
            let loader = r#"
const __chunk_9 = makeLoad(() => {
    const src = fetch(new URL("./chunk_9-aa.wasm", import.meta.url));
}
, []);
const __chunk_10 = makeLoad(() => {
    const src = fetch(new URL("./chunk_10-bb.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_table = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_table-cc.wasm", import.meta.url));
}
, [__chunk_9, __chunk_10]));
export const __wasm_split_load_about = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_about-dd.wasm", import.meta.url));
}
, []));
"#;
            assert_eq!(
                parts(loader),
                vec![
                    Part {
                        name: "table".into(),
                        files: vec![
                            "split_table-cc.wasm".into(),
                            "chunk_9-aa.wasm".into(),
                            "chunk_10-bb.wasm".into()
                        ]
                    },
                    Part {
                        name: "about".into(),
                        files: vec!["split_about-dd.wasm".into()]
                    },
                ]
            );
            // As the post-build hook lists them (`--parts`), and read back.
            assert_eq!(read_parts(&list_parts(&parts(loader))), parts(loader));
        }
    }
}
