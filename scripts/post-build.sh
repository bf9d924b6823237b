#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml). Trunk sets TRUNK_STAGING_DIR and
# TRUNK_PROFILE.
#  1. Splits the WebAssembly: every view behind a tab or a mode (src/parts)
#     becomes its own chunk, loaded when first shown. Trunk 0.21 cannot split,
#     so this redoes what cargo-leptos `--split` does, on Trunk's output names:
#     wasm-split-cli on cargo's raw .wasm (it needs `--emit-relocs`, set in
#     .cargo/config.toml), wasm-bindgen on the main module, wasm-opt on each
#     module, and content hashes in the chunks' names.
#  2. Writes the first view, rendered natively at build time by the app's own
#     components (`src/prerender.rs`), into the staged index.html.
#  3. Compacts the data the page fetches, and writes the Atom feeds.
set -euo pipefail
cd "$(dirname "$0")/.."
# The pinned wasm-opt (npm binaryen@132) first on PATH, however Trunk was started.
source scripts/env.sh
: "${TRUNK_STAGING_DIR:?run by trunk build, which sets TRUNK_STAGING_DIR}"
stage="$TRUNK_STAGING_DIR"
profile="${TRUNK_PROFILE:-release}"
[[ "$profile" == debug ]] && cargo_dir=debug || cargo_dir=release
raw="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$cargo_dir/dsr-tracker.wasm"

glue_wasm=$(ls "$stage"/dsr-tracker-*_bg.wasm)
stem=$(basename "$glue_wasm" _bg.wasm)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$raw" "$work/split" --target web --out-name "$stem" >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle \
  --out-name "$stem" --out-dir "$work/bindgen" "$work/split/$stem.wasm"
opt() { # wasm-opt, as Trunk runs it on release builds: size first.
  # Without the custom sections no browser reads (the tools' names, the
  # target's features): about 0.2 KB a module, and a view needs dozens of chunks.
  # `--low-memory-unused`: the lowest 1 KB of memory holds nothing (Rust's
  # wasm32 puts the stack first, growing down towards address 0; only an
  # overflow of its whole 1 MB reaches it), so constant offsets fold into
  # loads and stores. `--one-caller-inline-max-function-size=40`: a function
  # called from one place is inlined only when small; inlining the large
  # ones, as -Oz does, made the main module 1.5 KB larger gzipped (the
  # sizes tried: 0, 5 to 80, 200; 30 to 50 were within 0.1 KB).
  if [[ "$profile" == release ]]; then
    wasm-opt -Oz --low-memory-unused --one-caller-inline-max-function-size=40 \
      --enable-bulk-memory --enable-nontrapping-float-to-int \
      --strip-producers --strip-target-features "$1" -o "$2"
  else
    cp "$1" "$2"
  fi
}
opt "$work/bindgen/${stem}_bg.wasm" "$stage/${stem}_bg.wasm"
# Release builds shorten the names the module imports from the glue, in both
# (scripts/short-imports.mjs): 232 hashed names less in each, 6.8 KB gzipped;
# and the exports with Rust's mangled names (wasm-bindgen's closure shims).
if [[ "$profile" == release ]]; then
  node scripts/short-imports.mjs "$stage/${stem}_bg.wasm" "$work/bindgen/$stem.js"
fi
loader=$(cd "$work/split" && ls __wasm_split*.js)
loader_js=$(<"$work/split/$loader")
for chunk in "$work"/split/*.wasm; do
  name=$(basename "$chunk" .wasm)
  [[ "$name" == "$stem" ]] && continue
  opt "$chunk" "$work/$name.wasm"
  # Eight hex digits of the content's hash, as webpack's and Vite's names
  # carry: the loader names every chunk (195), and sixteen digits, which no
  # compressor can shorten, cost it 1.1 KB gzipped more.
  hashed="$name-$(sha256sum "$work/$name.wasm" | cut -c1-8).wasm"
  mv "$work/$name.wasm" "$stage/$hashed"
  loader_js=${loader_js//"\"./$name.wasm\""/"\"./$hashed\""}
done
# Release builds minify the JS that runs before the timeline responds
# (terser, pinned in tools/minify): wasm-bindgen's glue (10.9 -> 8.6 KB
# gzipped), public/entry.js (2.2 -> 1.1 KB, before the first paint),
# public/boot.js (1.0 -> 0.4 KB) and the chunk loader (6.4 -> 4.8 KB). The
# parts are listed first from the loader as wasm-split writes it
# (wasm-parts.txt, a line per part: its name and files), for the size report
# and the tests.
minify() { # FILE [--module]: minified in place, on release builds only.
  if [[ "$profile" == release ]]; then
    tools/minify/node_modules/.bin/terser "$1" ${2:-} --compress --mangle -o "$1.min"
    mv "$1.min" "$1"
  fi
}
minify "$stage/entry.js"
# And the stylesheet (lightningcss, pinned in tools/minify): 7.1 -> 5.3 KB
# gzipped, before the first paint. Both then go into the page's <head>, in
# place of Trunk's <link> and <script> (their hashes into its Content
# Security Policy): the first paint waits for neither request.
if [[ "$profile" == release ]]; then
  css=$(ls "$stage"/main-*.css)
  tools/minify/node_modules/.bin/lightningcss --minify "$css" -o "$css.min"
  mv "$css.min" "$css"
  node scripts/inline-head.mjs "$stage/index.html" "$css" "$stage/entry.js"
fi
minify "$stage/boot.js" --module
printf '%s\n' "$loader_js" >"$work/loader.js"
cargo run --quiet --offline --bin size-report -- --parts "$work/loader.js" >"$stage/wasm-parts.txt"
minify "$work/loader.js" --module
# Named by its hash below, with the module and the glue, which imports it.
loader_staged="__wasm_split-loader.js"
mv "$work/loader.js" "$stage/$loader_staged"
# The glue imports the loader, which a module preload of the glue does not
# ask for: public/entry.js asks for it with the glue (`data-dsr-loader`), a
# round trip sooner (on a phone's second visit, one to the service worker).
# The bundle, which every address needs before the app responds, is asked
# for by the page's <head> itself: the browser's preload scanner finds it as
# soon as the head arrives, and the app's fetch takes the preloaded response
# (same address, CORS, same-origin credentials). The main WASM is fetched by
# public/boot.js once the first frame is drawn: on a phone the link is full
# with the page and the data until then, so it arrives no later; and a page
# drawn before its 253 KB have arrived is what Lighthouse's simulation
# credits (a head preload finished before the first paint on a fast
# connection, and it counted the WASM in the largest paint: LCP 2.9 s, 95).
page=$(<"$stage/index.html")
boot_tag='<script type="module" src="./boot.js"'
[[ "$page" == *"$boot_tag"* ]] || { echo "post-build: index.html has no $boot_tag" >&2; exit 1; }
[[ "$page" =~ data-dsr-wasm=\"([^\"]+)_bg\.wasm\" ]] || { echo "post-build: index.html has no data-dsr-wasm attribute" >&2; exit 1; }
packed="${BASH_REMATCH[1]}_bg.bin"
# The main WASM is fetched gzip-compressed, as the bundle is (zopfli, by
# `bin/bundle.rs --pack`; public/boot.js unpacks it with DecompressionStream):
# a host that does not compress .wasm (nginx's defaults) sends it small, and
# the rest are sent 5% smaller than by their on-the-fly gzip. A browser
# without DecompressionStream reads the module itself (`data-dsr-wasm`).
if [[ "$profile" == release ]]; then
  cargo run --quiet --offline --bin bundle -- --pack "$stage/${stem}_bg.wasm" "$stage/${stem}_bg.bin"
  page=${page//' data-dsr-wasm="'/" data-dsr-wasm-packed=\"$packed\" data-dsr-wasm=\""}
fi
preloads="<link rel=\"preload\" href=\"data/dsr.bin\" as=\"fetch\" crossorigin=\"anonymous\">
  "
[[ "$page" == *' data-dsr-js="'* ]] || { echo "post-build: index.html has no data-dsr-js attribute" >&2; exit 1; }
page=${page//' data-dsr-js="'/" data-dsr-loader=\"./$loader_staged\" data-dsr-js=\""}
printf '%s\n' "${page/"$boot_tag"/"$preloads$boot_tag"}" >"$stage/index.html"
glue=$(<"$work/bindgen/$stem.js")
# The glue imports the loader under its own name; the imports object keeps
# the name the .wasm asks for.
import="from \"./$loader\""
[[ "$glue" == *"$import"* ]] || { echo "post-build: the glue does not import ./$loader" >&2; exit 1; }
printf '%s\n' "${glue//"$import"/"from \"./$loader_staged\""}" >"$stage/$stem.js"
minify "$stage/$stem.js" --module
# Trunk names the main module and its glue by the hash of its own
# wasm-bindgen output, taken before this hook rewrites both (wasm-opt and
# its flags, the short import names, terser): a change to this hook alone
# would keep the names and change the files, and a browser's HTTP cache, or
# the service worker, which trusts a name that carries a hash, could then
# pair one build's glue with another's module. The glue and the chunk loader
# import each other, so neither can be named by its own hash alone: the
# module, the glue and the loader are named by one hash of the three (as
# `offline::content_hash` writes it), taken while they name each other
# `__wasm_split-loader.js` and `dsr-tracker`.
key=$({
  cat "$stage/${stem}_bg.wasm"
  sed "s/$stem/dsr-tracker/g" "$stage/$stem.js"
  sed "s/$stem/dsr-tracker/g" "$stage/$loader_staged"
} | sha256sum | cut -c1-16)
final="dsr-tracker-$key"
final_loader="__wasm_split-$key.js"
for name in "$stem" "$loader_staged"; do
  grep -q "$name" "$stage/index.html" || { echo "post-build: index.html does not name $name" >&2; exit 1; }
done
for file in "$stage/$stem"{.js,_bg.wasm,_bg.bin}; do
  if [[ -e "$file" ]]; then mv "$file" "${file/"$stem"/"$final"}"; fi
done
mv "$stage/$loader_staged" "$stage/$final_loader"
sed -i -e "s/$stem/$final/g" -e "s/$loader_staged/$final_loader/g" \
  "$stage/index.html" "$stage/$final.js" "$stage/$final_loader"

cargo run --quiet --offline --bin prerender -- "$stage/index.html"
# The data the page fetches, without whitespace between tokens (the
# repository keeps it indented): 3 KB less gzipped before the filters respond.
cargo run --quiet --offline --bin compact -- "$stage/data/dsr.json" "$stage/data/countries.json"
# What the page reads first: the same dataset and country list, validated
# here and written compactly (crates/dsr-core/src/bundle.rs), so that the
# main module needs no JSON parser; the milestones' source titles and
# addresses apart, fetched once the timeline responds.
cargo run --quiet --offline --bin bundle -- public/data/dsr.json public/data/countries.json \
  "$stage/data/dsr.bin" "$stage/data/dsr-sources.bin"
# The Atom feeds, one per language, from the bundled data and its changes.
cargo run --quiet --offline --bin feeds -- "$stage"
# The service worker (public/sw.js), for the second visit and offline: the
# build's manifest written into it, once every other file is final. A debug
# build (`trunk serve`) has none, so that a cached copy never hides an edit.
if [[ "$profile" == release ]]; then
  minify "$stage/sw-page.js" --module
  cargo run --quiet --offline --bin service-worker -- "$stage"
  minify "$stage/sw.js"
else
  rm -f "$stage/sw.js"
  printf '// No service worker in debug builds (scripts/post-build.sh).\n' >"$stage/sw-page.js"
fi
