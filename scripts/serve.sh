#!/usr/bin/env bash
# Builds DSR Tracker and serves it on http://127.0.0.1:8080/ (installs missing tools first).
#   bash scripts/serve.sh        # release build, as shipped (LTO, wasm-opt on every part: slow)
#   bash scripts/serve.sh --dev  # debug build, much faster: no LTO, no wasm-opt, no service worker
#                                # (so a reload always shows the latest build); a larger, slower app
# The release build registers the service worker: after a rebuild, a reload
# shows the previous build and offers "Show it" for the new one.
# Both run the same post-build hook (scripts/post-build.sh), which splits the
# WASM; Trunk tells it the profile (TRUNK_PROFILE=debug or release).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=(--release)
case "${1:-}" in
  "") ;;
  --dev) profile=() ;;
  *) echo "usage: bash scripts/serve.sh [--dev]" >&2; exit 2 ;;
esac
bash scripts/setup.sh
source scripts/env.sh
# The release build as scripts/build.sh makes it: the standard library compiled for size.
if [[ ${#profile[@]} -gt 0 ]]; then source scripts/release-env.sh; fi
exec trunk serve ${profile[@]+"${profile[@]}"} --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
