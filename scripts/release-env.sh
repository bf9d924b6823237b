# Sourced by scripts/build.sh and scripts/serve.sh (release): the release
# build compiles the standard library for the app's size (issue 28); setup.sh
# installs what that needs (the rust-src component, the library's own crates).
#
# Stable Rust, with RUSTC_BOOTSTRAP=1 allowing four unstable options for the
# WebAssembly target only (native builds, tests and tools are untouched):
#  - build-std (std, panic_abort; std's `optimize_for_size`): the standard
#    library compiled with the app's own profile (opt-level z, LTO) instead of
#    the prebuilt one, which is optimised for speed;
#  - -Zlocation-detail=none: no file, line and column of the code (the
#    panics' locations, and #[track_caller]'s);
#  - -Cpanic=immediate-abort: a panic traps at once, with no hook, no message
#    and no formatting code (7.2 KB as fetched); public/boot.js sees the trap and
#    has the app show its panic panel (src/browser/panic.rs);
#  - -Zfmt-debug=none: `{:?}` prints nothing. The app shows no Debug output to
#    a reader (src/browser/files.rs reads a JavaScript error without it).
# Together: the main WASM 253.2 -> 223.8 KB as fetched (zopfli; docs/performance.md).
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Added to target.wasm32-unknown-unknown.rustflags of .cargo/config.toml (cargo joins the two).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"
