#!/usr/bin/env bash
# Builds DSR Tracker and serves it on http://127.0.0.1:8080/ (installs missing tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
