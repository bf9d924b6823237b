#!/usr/bin/env bash
# Installs what DSR Tracker needs to build (and, with --browser, to run its
# browser tests), checking versions and skipping whatever is already there.
#
#   bash scripts/setup.sh            # build tools
#   bash scripts/setup.sh --browser  # build tools + Chromium, ChromeDriver, CJK fonts, LibreOffice, poppler
#
# Needs rustup and cargo. Installing Debian packages needs root; the script
# says so plainly when it is not root and a package is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BROWSER=0
[[ "${1:-}" == "--browser" ]] && BROWSER=1

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is not installed. Install Rust with rustup (https://rustup.rs) first."
command -v rustup >/dev/null || die "rustup is not installed; it is needed to add the wasm32 target."
rust_minor=$(rustc --version | awk '{ split($2, v, "."); print v[2] }')
[[ "${rust_minor:-0}" -ge 88 ]] || die "Rust 1.88 or newer is needed (found $(rustc --version)); run 'rustup update stable'."

# Debian packages: install the missing ones, or explain why we cannot.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    die "These Debian packages are missing: ${missing[*]}. Installing them needs root: run 'sudo apt-get install -y ${missing[*]}' or run this script as root."
  fi
  say "installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 0. A C compiler: Rust links with it, and some of Trunk's dependencies build C.
if ! command -v cc >/dev/null; then
  apt_install build-essential pkg-config
fi

# 1. Rust components and the wasm32 target.
# rust-src: the release build compiles the standard library for size (scripts/build.sh).
for component in rustfmt clippy rust-src; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The crates of the app and of the standard library it compiles (the builds run
# --offline); a no-op when they are already here.
RUSTC_BOOTSTRAP=1 cargo fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown

# 2. Trunk, exactly 0.21.14 (0.22 needs a newer rustc).
if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 2b. leptosfmt, which formats the view! bodies that rustfmt skips (the test command checks them).
LEPTOSFMT_VERSION=0.1.33
if [[ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]]; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (about 1 minute)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

# 3. wasm-bindgen-cli, the exact version that Cargo.lock uses, and its
#    dependencies pinned by tools/wasm-bindgen-cli/Cargo.lock: the lock file
#    published with the crate names a version the registry lacks (webpki-roots
#    1.0.11), so `cargo install wasm-bindgen-cli --locked` fails. Ours is that
#    lock with that one crate at 1.0.10; cargo installs the crate's own source
#    with it, --locked (tools/wasm-bindgen-cli/README.md).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[[ -n "$WB_VERSION" ]] || die "could not read the wasm-bindgen version from Cargo.lock"
grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml || die "Trunk.toml [tools] wasm_bindgen must be \"$WB_VERSION\", the version in Cargo.lock"
WB_LOCK="$ROOT/tools/wasm-bindgen-cli/Cargo.lock"
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]]; then
  WB_LOCKED=$(awk '/^name = "wasm-bindgen-cli"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$WB_LOCK")
  [[ "$WB_LOCKED" == "$WB_VERSION" ]] \
    || die "$WB_LOCK is for wasm-bindgen-cli ${WB_LOCKED:-?}, not $WB_VERSION: regenerate it (tools/wasm-bindgen-cli/README.md)"
  say "installing wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  wb_work=$(mktemp -d)
  # The crate's source, through cargo (its registry, its checksums): a
  # throwaway package that depends on exactly this version, with our lock so
  # that the dependencies fetched are the pinned ones.
  mkdir -p "$wb_work/fetch/src"
  : >"$wb_work/fetch/src/lib.rs"
  printf '[package]\nname = "fetch-wasm-bindgen-cli"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' \
    "$WB_VERSION" >"$wb_work/fetch/Cargo.toml"
  cp "$WB_LOCK" "$wb_work/fetch/Cargo.lock"
  cargo fetch --quiet --manifest-path "$wb_work/fetch/Cargo.toml"
  wb_manifest=$(cargo metadata --offline --format-version 1 --manifest-path "$wb_work/fetch/Cargo.toml" \
    | grep -o "\"manifest_path\":\"[^\"]*/wasm-bindgen-cli-$WB_VERSION/Cargo.toml\"" | head -1 | cut -d'"' -f4)
  [[ -f "$wb_manifest" ]] || die "could not find the source of wasm-bindgen-cli $WB_VERSION in cargo's registry"
  # A copy of the source (cargo's registry is not ours to write in), with our lock.
  cp -R "$(dirname "$wb_manifest")" "$wb_work/wasm-bindgen-cli"
  cp "$WB_LOCK" "$wb_work/wasm-bindgen-cli/Cargo.lock"
  cargo install --path "$wb_work/wasm-bindgen-cli" --locked --force
  rm -rf "$wb_work"
fi

# 3b. wasm-split-cli, which splits the WASM into the app and its lazily loaded
#     parts (scripts/post-build.sh). It must handle wasm-bindgen 0.2.130's
#     descriptors, which 0.2.4 does. It has no --version, so ask cargo.
SPLIT_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null \
  || ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli $SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked --force
fi

# 4. wasm-opt from the npm package binaryen@132 (Debian's binaryen 108 breaks the app at runtime).
if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
WASM_OPT="$ROOT/tools/binaryen/node_modules/.bin/wasm-opt"
if ! "$WASM_OPT" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION.0.0)"
  npm ci --prefix tools/binaryen --no-audit --no-fund --silent
fi
"$WASM_OPT" --version | grep -q "version $BINARYEN_VERSION" || die "wasm-opt $BINARYEN_VERSION is not usable at $WASM_OPT"
# The minifiers of release builds (scripts/post-build.sh), from npm, pinned in
# tools/minify: terser for the JS glue, the chunk loader, entry.js, boot.js
# and the service worker; lightningcss for the stylesheet.
TERSER="$ROOT/tools/minify/node_modules/.bin/terser"
LIGHTNINGCSS="$ROOT/tools/minify/node_modules/.bin/lightningcss"
want_terser=$(sed -n 's/.*"terser": "\(.*\)".*/\1/p' tools/minify/package.json)
want_lightningcss=$(sed -n 's/.*"lightningcss-cli": "\(.*\)".*/\1/p' tools/minify/package.json)
# The CLI prints its engine's version, not the package's.
lightningcss_version() {
  [[ -x "$LIGHTNINGCSS" ]] && node -p "require('$ROOT/tools/minify/node_modules/lightningcss-cli/package.json').version" 2>/dev/null || true
}
if [[ "$("$TERSER" --version 2>/dev/null || true)" != "terser $want_terser" ]] ||
   [[ "$(lightningcss_version)" != "$want_lightningcss" ]]; then
  say "installing terser $want_terser and lightningcss $want_lightningcss (npm)"
  npm ci --prefix tools/minify --no-audit --no-fund --silent
fi
"$TERSER" --version | grep -qx "terser $want_terser" || die "terser $want_terser is not usable at $TERSER"
[[ "$(lightningcss_version)" == "$want_lightningcss" ]] || die "lightningcss $want_lightningcss is not usable at $LIGHTNINGCSS"

# 5. The pinned Natural Earth geometry (world-atlas), which a test checks the
#    committed public/data/world-110m.json against.
if [[ ! -f tools/map/node_modules/world-atlas/countries-110m.json ]]; then
  say "installing the map source (npm world-atlas@2.0.2)"
  npm ci --prefix tools/map --no-audit --no-fund --silent
fi

# 6. For the browser tests: Chromium, ChromeDriver, and CJK fonts so that
#    Chinese text renders in screenshots.
if [[ $BROWSER -eq 1 ]]; then
  apt_install chromium chromium-driver fonts-noto-cjk
  # Real clients that read our exports: LibreOffice draws the SVGs and opens
  # the slides (converted to PDF), Calc opens and re-saves the workbooks,
  # poppler's pdftoppm turns the PDF into pixels.
  apt_install libreoffice-impress-nogui libreoffice-calc-nogui poppler-utils
  # Python clients that read the slides, citations and feeds (python-pptx,
  # openpyxl, bibtexparser, rispy, citeproc-py, feedparser), pinned in tools/clients/requirements.txt,
  # in their own virtual environment; reinstalled when the pins change.
  venv="$ROOT/tools/clients/venv"
  want=$(sha256sum tools/clients/requirements.txt | cut -c1-16)
  if [[ "$(cat "$venv/.pins" 2>/dev/null || true)" != "$want" ]]; then
    python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
    say "installing the Python clients for the tests (tools/clients/requirements.txt)"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/clients/requirements.txt
    echo "$want" >"$venv/.pins"
  fi
  chrome=$(chromium --version 2>/dev/null | grep -oE '[0-9]+\.' | head -1)
  driver=$(chromedriver --version 2>/dev/null | grep -oE '[0-9]+\.' | head -1)
  [[ -n "$chrome" && "$chrome" == "$driver" ]] || die "chromium ($chrome) and chromedriver ($driver) major versions differ"
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-split-cli $SPLIT_VERSION, wasm-opt $("$WASM_OPT" --version | grep -oE 'version [0-9]+')"
