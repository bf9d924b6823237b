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
    }

    impl Stage {
        fn label(self) -> &'static str {
            match self {
                Stage::FirstPaint => "first paint",
                Stage::Interactive => "interactive",
                Stage::Lazy => "lazy",
            }
        }
    }

    /// The stage of a file of `dist/`, by its path.
    fn stage(rel: &str) -> Stage {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        match rel {
            "index.html" | "entry.js" => Stage::FirstPaint,
            _ if !rel.contains('/') && name.ends_with(".css") => Stage::FirstPaint,
            "boot.js" | "data/dsr.json" | "data/countries.json" => Stage::Interactive,
            _ if rel.contains('/') => Stage::Lazy,
            _ if name.starts_with("dsr-tracker-")
                && (name.ends_with("_bg.wasm") || name.ends_with(".js")) =>
            {
                Stage::Interactive
            }
            _ => Stage::Lazy,
        }
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
            rows.push((rel.clone(), bytes.len(), gz, stage(&rel)));
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
        let largest_lazy = rows
            .iter()
            .filter(|r| {
                r.3 == Stage::Lazy
                    && (r.0.ends_with(".wasm") || r.0.ends_with(".js") || r.0.ends_with(".json"))
            })
            .max_by_key(|r| r.2);
        let wasm: usize = rows
            .iter()
            .filter(|r| r.0.ends_with(".wasm") && r.3 == Stage::Interactive)
            .map(|r| r.2)
            .sum();
        println!();
        println!("Main WASM (gzip): {}", kb(wasm));
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
        if let Some((rel, _, gz, _)) = largest_lazy {
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
        if let Some((rel, _, gz, _)) = largest_lazy.filter(|r| r.2 > budgets.lazy_part) {
            over.push(format!(
                "the lazy part {rel}, {}, is over {}",
                kb(*gz),
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
            assert_eq!(stage("index.html"), Stage::FirstPaint);
            assert_eq!(stage("main-5cf03eb601f1626.css"), Stage::FirstPaint);
            assert_eq!(stage("entry.js"), Stage::FirstPaint);
            assert_eq!(
                stage("dsr-tracker-8062fe26c4581e5c_bg.wasm"),
                Stage::Interactive
            );
            assert_eq!(stage("data/dsr.json"), Stage::Interactive);
            assert_eq!(stage("data/world-110m.json"), Stage::Lazy);
            assert_eq!(stage("embed.js"), Stage::Lazy);
        }
    }
}
