//! `cargo run --bin prerender -- INDEX_HTML`: writes the first view, rendered at build time, into the page (Trunk's post-build hook).
//!
//! Reads the bundled data from `public/data/`. Exits 1 when the data or the
//! page is not what it should be, naming the file.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(page_path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let run = || -> Result<usize, String> {
        let data = dsr_tracker::prerender::bundled(
            &read("public/data/countries.json")?,
            &read("public/data/dsr.json")?,
        )?;
        let html = dsr_tracker::prerender::render("", data);
        let page = dsr_tracker::prerender::insert(&read(&page_path)?, &html)
            .map_err(|e| format!("{page_path}: {e}"))?;
        std::fs::write(&page_path, page).map_err(|e| format!("{page_path}: {e}"))?;
        Ok(html.len())
    };
    match run() {
        Ok(n) => {
            println!("prerender: wrote the first view ({n} bytes) into {page_path}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
