#!/usr/bin/env bash
# The release build, as shipped: `trunk build --release --offline`, with the
# standard library compiled for size (scripts/release-env.sh says how and why).
# The tests and the benchmark build through this script.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/release-env.sh
exec trunk build --release --offline "$@"
