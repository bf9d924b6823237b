//! `cargo run --bin size-report [-- --build]`: every file of `dist/`, raw and gzipped, and the first-load total against the budget.
//!
//! The budget is `first_load_bytes` in `perf-budget.toml`. With `--build`, runs
//! `trunk build --release --offline` first. Exits 1 when the first-load total
//! is over the budget, 2 on a usage or I/O problem.

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

    /// Whether a file of `dist/` is fetched when the page first loads.
    fn first_load(rel: &str) -> bool {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        match rel {
            "index.html" | "boot.js" | "data/dsr.json" | "data/countries.json" => true,
            _ if rel.contains('/') => false,
            _ => {
                name.ends_with("_bg.wasm")
                    || (name.starts_with("dsr-tracker-") && name.ends_with(".js"))
                    || name.ends_with(".css")
                    || name.starts_with("favicon")
            }
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

    fn budget(root: &Path) -> Result<usize, String> {
        let text = std::fs::read_to_string(root.join("perf-budget.toml"))
            .map_err(|e| format!("perf-budget.toml: {e}"))?;
        text.lines()
            .filter_map(|l| l.split('#').next())
            .filter_map(|l| l.split_once('='))
            .find(|(k, _)| k.trim() == "first_load_bytes")
            .and_then(|(_, v)| v.trim().replace('_', "").parse().ok())
            .ok_or_else(|| "perf-budget.toml has no first_load_bytes".to_owned())
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
        let budget = match budget(&root) {
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
            rows.push((rel.clone(), bytes.len(), gz, first_load(&rel)));
        }
        rows.sort_by(|a, b| b.3.cmp(&a.3).then(b.2.cmp(&a.2)));
        println!("| file | raw | gzip | first load |");
        println!("|---|---:|---:|:---:|");
        for (rel, raw, gz, first) in &rows {
            println!(
                "| {rel} | {} | {} | {} |",
                kb(*raw),
                kb(*gz),
                if *first { "yes" } else { "" }
            );
        }
        let total: usize = rows.iter().filter(|r| r.3).map(|r| r.2).sum();
        let wasm: usize = rows
            .iter()
            .filter(|r| r.0.ends_with(".wasm"))
            .map(|r| r.2)
            .sum();
        println!();
        println!("WASM (gzip): {}", kb(wasm));
        println!(
            "First-load total (gzip): {} — budget {} (perf-budget.toml); target 150 KB",
            kb(total),
            kb(budget)
        );
        if total > budget {
            eprintln!(
                "size-report: the first-load total {} is over the budget {}",
                kb(total),
                kb(budget)
            );
            return ExitCode::from(1);
        }
        ExitCode::SUCCESS
    }
}
