# Sourced by the scripts: puts the pinned wasm-opt first on PATH for Trunk.
export PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tools/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
