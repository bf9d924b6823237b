//! `cargo run --bin bundle -- DATASET.json COUNTRIES.json OUT.bin SOURCES.bin`: validates the shipped dataset and writes the bundle the page reads first (`data/dsr.bin`), the milestones' texts a language a file beside it (`data/dsr-en.bin`, `data/dsr-zh.bin`), and their source titles and addresses (`data/dsr-sources.bin`), gzip-compressed, each with an uncompressed copy (`-plain.bin`); see `dsr_core::bundle`.
//!
//! `cargo run --bin bundle -- --pack FILE OUT`: writes FILE gzip-compressed
//! to OUT, as the bundle is (the main WebAssembly module, `…_bg.bin`, which
//! public/boot.js unpacks).
//!
//! Run by Trunk's post-build hook. Exits 0 when written, 1 when the data has
//! errors (each listed), 2 on a usage or I/O problem.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    tool::run()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod tool {
    use std::process::ExitCode;

    use dsr_core::bundle::Bundle;
    use dsr_core::countries::Countries;
    use dsr_core::i18n::Lang;
    use dsr_core::validate::parse_dataset;

    pub fn run() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if let [flag, file, out] = args.as_slice() {
            if flag == "--pack" {
                return pack(file, out);
            }
        }
        let [data, countries, out, details_out] = args.as_slice() else {
            eprintln!("usage: bundle DATASET.json COUNTRIES.json OUT.bin SOURCES.bin");
            eprintln!("       bundle --pack FILE OUT");
            return ExitCode::from(2);
        };
        let read =
            |p: &str| std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}"));
        let (data_text, countries_text) = match (read(data), read(countries)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("bundle: {e}");
                return ExitCode::from(2);
            }
        };
        let name = |p: &str| {
            std::path::Path::new(p)
                .file_name()
                .map_or_else(|| p.to_owned(), |n| n.to_string_lossy().into_owned())
        };
        let checked = Countries::parse(&name(countries), &countries_text).and_then(|countries| {
            parse_dataset(&name(data), &data_text, &countries)
                .map(|dataset| Bundle { countries, dataset })
        });
        let bundle = match checked {
            Ok(b) => b,
            Err(errors) => {
                for e in errors {
                    eprintln!("{}", e.message(Lang::En));
                }
                return ExitCode::from(1);
            }
        };
        let split = match bundle.split() {
            Ok(split) => split,
            Err(e) => {
                eprintln!("bundle: {e}");
                return ExitCode::from(2);
            }
        };
        // The texts beside the bundle, named as `bundle::texts_file` says:
        // `dsr.bin` → `dsr-en.bin`, `dsr-zh.bin`.
        let stem = out.strip_suffix(".bin").unwrap_or(out);
        let mut files: Vec<(String, &Vec<u8>)> = vec![
            (out.clone(), &split.core),
            (details_out.clone(), &split.details),
        ];
        for (lang, bytes) in &split.texts {
            files.push((format!("{stem}-{}.bin", lang.as_str()), bytes));
        }
        // Written gzip-compressed: the page unpacks them with the browser's
        // DecompressionStream (src/browser/fetch.rs), so that a host that sends
        // `.bin` files as they are still sends them small (240 -> 97 KB; zopfli,
        // about 5% smaller than gzip -9). A browser without DecompressionStream
        // (Safari before 16.4) reads the uncompressed copy beside each
        // (`-plain.bin`, public/boot.js).
        for (path, bytes) in &files {
            let plain = path.strip_suffix(".bin").map_or_else(
                || format!("{path}-plain.bin"),
                |stem| format!("{stem}-plain.bin"),
            );
            let written = gzip(bytes).and_then(|packed| {
                std::fs::write(path, &packed)?;
                std::fs::write(&plain, bytes)?;
                Ok(packed.len())
            });
            match written {
                Ok(n) => println!(
                    "bundle: {path}: {} bytes, {n} gzip-compressed (uncompressed in {plain})",
                    bytes.len()
                ),
                Err(e) => {
                    eprintln!("bundle: cannot write {path} or {plain}: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        ExitCode::SUCCESS
    }

    /// The main WebAssembly module written as the bundle is: gzip-compressed
    /// by zopfli (a host that does not compress `.wasm`, as nginx's defaults
    /// do not, sent it whole: 700 KB; and zopfli is about 5% smaller than
    /// the gzip -6 a host compresses with on the fly). The uncompressed
    /// module stays beside it for a browser without DecompressionStream.
    fn pack(file: &str, out: &str) -> ExitCode {
        let written = std::fs::read(file).and_then(|bytes| {
            let packed = gzip(&bytes)?;
            std::fs::write(out, &packed)?;
            Ok((bytes.len(), packed.len()))
        });
        match written {
            Ok((raw, n)) => {
                println!("bundle: {out}: {file} ({raw} bytes) gzip-compressed to {n}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("bundle: cannot pack {file} into {out}: {e}");
                ExitCode::from(2)
            }
        }
    }

    fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        zopfli::compress(
            zopfli::Options::default(),
            zopfli::Format::Gzip,
            bytes,
            &mut out,
        )?;
        Ok(out)
    }
}
