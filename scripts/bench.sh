#!/usr/bin/env bash
# Benchmarks: criterion benches of the pure core, then the browser benchmark
# against the release build, side by side with TimelineJS 3.9.11 on a desktop
# and under phone conditions (first paint, a filter click to the list
# updated, bytes, memory, keystrokes) and Lighthouse's mobile audit of both.
#   bash scripts/bench.sh            # everything
#   bash scripts/bench.sh browser    # only the browser benchmark
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
source scripts/env.sh
# The peer the browser benchmark compares with: TimelineJS 3.9.11 (npm, benchmarks only).
if [[ ! -f tools/timelinejs/node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]]; then
  npm ci --prefix tools/timelinejs --no-audit --no-fund --silent
fi
# Lighthouse 12.8.2 (npm, benchmarks only), run on both with its mobile defaults.
if [[ ! -x tools/lighthouse/node_modules/.bin/lighthouse ]]; then
  npm ci --prefix tools/lighthouse --no-audit --no-fund --silent
fi
bash scripts/build.sh
cargo run --quiet --bin size-report
if [[ "${1:-}" != "browser" ]]; then
  cargo bench --bench core
fi
# The browser benchmark measures the browser, not native code: no need to optimise it.
cargo bench --profile dev --bench browser -- "${@:2}"
