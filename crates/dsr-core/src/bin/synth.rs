//! `cargo run --bin synth -- N [SEED] > file.json`: a synthetic dataset of N milestones, for scale tests.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(n) = args
        .first()
        .and_then(|a| a.replace('_', "").parse::<usize>().ok())
    else {
        eprintln!("usage: synth N [SEED] > file.json   (N milestones, N <= 100000)");
        return ExitCode::from(2);
    };
    if n > dsr_core::validate::MAX_RECORDS {
        eprintln!(
            "synth: N must be at most {}",
            dsr_core::validate::MAX_RECORDS
        );
        return ExitCode::from(2);
    }
    let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
    let data = dsr_core::synth::dataset(n, seed);
    match serde_json::to_string(&data) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{json}").is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::from(1)
        }
    }
}
