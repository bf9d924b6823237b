#!/usr/bin/env bash
# Runs the whole test suite (installs missing tools first):
# format (rustfmt, leptosfmt), lints (native and wasm32), native tests of
# both crates, the data validator, a release build, the size report, and the
# end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check, and leptosfmt --check for the view! bodies"
cargo fmt --all -- --check
leptosfmt --check --quiet src

step "npm lock files in step with package.json (tools/*)"
bash scripts/check-npm-locks.sh

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings

step "native unit and integration tests"
cargo test

step "validate the shipped dataset"
cargo run --quiet --bin validate -- public/data/dsr.json public/data/changes.json public/data/examples/*.json

step "release build (scripts/build.sh: trunk build --release --offline, std built for size)"
bash scripts/build.sh

step "size report: first-load transfer against the budget in perf-budget.toml"
cargo run --quiet --bin size-report

step "end-to-end tests in headless Chromium against dist/"
cargo test --test e2e -- --ignored --test-threads=1

printf '\n\033[1;32mAll tests passed.\033[0m\n'
