//! `cargo run --bin service-worker -- DIST`: writes the build's manifest (what to cache, and the hash of each file named without one) into `DIST/sw.js` (the post-build hook's last step).
//!
//! See `dsr_core::offline`. Run it after every other step of the build has
//! written its files: the manifest hashes them as they will be served.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    worker::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod worker {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use dsr_core::offline::{fill, manifest};

    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(root, &path, out)?;
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read(&path)?));
            }
        }
        Ok(())
    }

    pub fn run() -> ExitCode {
        let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
            eprintln!("usage: service-worker DIST");
            return ExitCode::from(2);
        };
        let worker_path = dist.join("sw.js");
        let run = || -> Result<String, String> {
            let mut files = Vec::new();
            walk(&dist, &dist, &mut files).map_err(|e| format!("{}: {e}", dist.display()))?;
            let m = manifest(&files).map_err(|e| e.to_string())?;
            let worker = std::fs::read_to_string(&worker_path)
                .map_err(|e| format!("{}: {e}", worker_path.display()))?;
            let filled =
                fill(&worker, &m, &worker_path.display().to_string()).map_err(|e| e.to_string())?;
            std::fs::write(&worker_path, filled)
                .map_err(|e| format!("{}: {e}", worker_path.display()))?;
            Ok(format!(
                "service-worker: build {}: {} files cached ahead, {} checked by hash",
                m.build,
                m.precache.len(),
                m.hashes.len()
            ))
        };
        match run() {
            Ok(line) => {
                println!("{line}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("service-worker: {e}");
                ExitCode::from(1)
            }
        }
    }
}
