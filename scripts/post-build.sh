#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml): writes the first view, rendered
# natively at build time by the app's own components, into the staged
# index.html. Trunk sets TRUNK_STAGING_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by trunk build, which sets TRUNK_STAGING_DIR}"
cargo run --quiet --offline --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
