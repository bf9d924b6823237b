#!/usr/bin/env bash
# Benchmarks: criterion benches of the pure core, then the browser benchmark
# (first paint, keystroke-to-paint, memory) against the release build.
#   bash scripts/bench.sh            # everything
#   bash scripts/bench.sh browser    # only the browser benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
source scripts/env.sh
trunk build --release --offline
cargo run --quiet --bin size-report
if [[ "${1:-}" != "browser" ]]; then
  cargo bench --bench core
fi
cargo bench --bench browser
