//! The real clients our files are handed to: LibreOffice (a file to PDF), poppler's pdftoppm (PDF pages to pixels), and the pinned Python readers (python-pptx, openpyxl, bibtexparser, rispy, citeproc-py, feedparser).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Converts each file to PDF with LibreOffice, in one run with its own
/// profile, into `outdir`; returns the PDFs. soffice exits 0 even when it
/// could not load a file, so each PDF is asserted to exist.
pub fn libreoffice_to_pdf(outdir: &Path, files: &[PathBuf]) -> Vec<PathBuf> {
    let profile = format!(
        "file:///tmp/lo-dsr-e2e-{}-{}",
        std::process::id(),
        outdir.file_name().unwrap_or_default().to_string_lossy()
    );
    let out = Command::new("soffice")
        .args([
            "--headless",
            &format!("-env:UserInstallation={profile}"),
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(outdir)
        .args(files)
        .output()
        .expect("soffice runs (libreoffice-impress-nogui)");
    let log =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    files
        .iter()
        .map(|f| {
            let pdf = outdir.join(f.with_extension("pdf").file_name().unwrap());
            assert!(
                pdf.exists(),
                "LibreOffice made no PDF of {}: {log}",
                f.display()
            );
            pdf
        })
        .collect()
}

/// Runs the Python reader `tests/clients/<script>` (in the pinned venv) on
/// `target` with the values it must find, written to `expected`; panics with
/// its report, naming `what`, if it finds anything wrong.
pub fn python_reader(
    script: &str,
    target: &str,
    expected: &Path,
    values: &serde_json::Value,
    what: &str,
) {
    std::fs::write(expected, serde_json::to_string_pretty(values).unwrap()).unwrap();
    let python = crate::harness::root().join("tools/clients/venv/bin/python");
    let out = Command::new(&python)
        .arg(crate::harness::root().join("tests/clients").join(script))
        .arg(target)
        .arg(expected)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (scripts/setup.sh --browser installs it)",
                python.display()
            )
        });
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    println!("{report}");
    assert!(
        out.status.success(),
        "{what} found problems in {target}:\n{report}"
    );
}

/// Runs pdftoppm with `args` on `pdf`, writing to files named from `stem`.
pub fn pdftoppm(args: &[&str], pdf: &Path, stem: &Path) {
    let status = Command::new("pdftoppm")
        .args(args)
        .arg(pdf)
        .arg(stem)
        .status()
        .expect("pdftoppm runs (poppler-utils)");
    assert!(status.success(), "pdftoppm {args:?} {}", pdf.display());
}

/// The pixels of a binary PPM (P6) file, as pdftoppm writes it by default.
pub fn read_ppm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8(bytes[start..i].to_vec()).unwrap());
    }
    assert_eq!(fields[0], "P6", "pdftoppm wrote a PPM");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let data = bytes[i + 1..].to_vec();
    assert_eq!(data.len(), w * h * 3);
    (w, h, data)
}
