// Starts the app. Trunk fills in the hashed file names as data attributes
// (see `pattern_script` in Trunk.toml), so that the page's one inline script
// (public/entry.js, admitted by its hash) needs no names of a build.
// A shared link for another view: the first view stays out of the page
// (public/entry.js showed a neutral shell instead).
if (document.documentElement.getAttribute('data-entry') === 'shell') {
  document.getElementById('first-view')?.remove();
}
// The bundle and its details are written gzip-compressed, so that any host
// sends them small; the app (src/browser/fetch.rs) has the browser unpack
// them. A browser without DecompressionStream (Safari before 16.4) reads the
// build's uncompressed copy instead (`-plain.bin`). Rejects with '' when
// the file does not unpack, and with what went wrong when the copy could not
// be fetched.
const unpacked = (response, init) => new Response(response.body.pipeThrough(new DecompressionStream('gzip')), init);
window.dsrUnpack = (response) =>
  (self.DecompressionStream
    ? unpacked(response).arrayBuffer().catch(() => Promise.reject(''))
    : fetch(response.url.replace(/\.bin$/, '-plain.bin'))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(r.status + ' ' + r.url)))
      .catch((e) => Promise.reject(String(e))));
// The WebAssembly is asked for here, once the first frame is drawn (the JS
// glue would ask for it only once it and the chunk loader it imports had
// arrived; a preload in <head> made it arrive no sooner on a phone, whose
// link the page and the data fill until then, and Lighthouse's simulation
// counted it in the largest paint: scripts/post-build.sh). A release
// build writes it gzip-compressed, as the bundle (`data-dsr-wasm-packed`):
// it is unpacked as it arrives and compiled as it is unpacked. A browser
// without DecompressionStream, or a debug build, reads the module itself.
const tag = document.querySelector('script[data-dsr-js]');
const packed = tag.dataset.dsrWasmPacked;
await new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn, 0)));
const wasm = packed && self.DecompressionStream
  ? fetch(packed).then((r) => (r.ok
    ? unpacked(r, { headers: { 'Content-Type': 'application/wasm' } })
    : r))
  : fetch(tag.dataset.dsrWasm);
const bindings = await import(tag.dataset.dsrJs);
// A panic in a release build traps at once, with no hook (src/browser/panic.rs):
// the trap reaches the page as an uncaught error, and the app's panel says so.
const trapped = (e) => {
  if (e instanceof WebAssembly.RuntimeError) {
    try { bindings.dsrBroken(String(e)); } catch (_) { /* the panel is best effort */ }
  }
};
addEventListener('error', (e) => trapped(e.error));
addEventListener('unhandledrejection', (e) => trapped(e.reason));
const exports = await bindings.default({ module_or_path: wasm });
// For the browser tests and benchmarks: exported functions and the memory size.
window.wasmBindings = bindings;
window.dsrWasmMemory = exports.memory;
// The service worker, for the next visit and offline (public/sw-page.js).
if ('serviceWorker' in navigator) import('./sw-page.js').catch(() => {});
