// Starts the app. Trunk fills in the hashed file names as data attributes
// (see `pattern_script` in Trunk.toml), so that no inline script is needed
// and the Content Security Policy can forbid inline scripts.
// A shared link for another view: the first view stays out of the page
// (public/entry.js showed a neutral shell instead).
if (document.documentElement.getAttribute('data-entry') === 'shell') {
  document.getElementById('first-view')?.remove();
}
// Nothing is fetched for the app before the first view is parsed (a module
// script runs after the page is parsed, and Trunk's preload links are off in
// Trunk.toml), so the page has the network to itself. Then the WebAssembly and
// the files the app fetches as soon as it runs (src/browser/fetch.rs) come
// together, instead of the data after the WebAssembly has run. A reader's own
// dataset (`data=`, a relative path on this site) replaces the bundled one;
// the app checks it (query::params), this only asks for it early.
function preload(href) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.appendChild(link);
}
// The bundle (the dataset and the country list, compact) is read in every
// case: a reader's own dataset is checked against its country list.
preload('data/dsr.bin');
// The bundle and its details are written gzip-compressed, so that any host
// sends them small; the app (src/browser/fetch.rs) has the browser unpack
// them. A browser without DecompressionStream (Safari before 16.4) reads the
// build's uncompressed copy instead (`-plain.bin`). Rejects with a message.
window.dsrUnpack = (response) =>
  (self.DecompressionStream
    ? new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    : fetch(response.url.replace(/\.bin$/, '-plain.bin'))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(r.status + ' ' + r.url))))
    .catch((e) => Promise.reject(String(e)));
const params = new URLSearchParams(location.search);
const own = (params.get('data') || '').trim();
if (own !== '' && /^[\w.-]+(\/[\w.-]+)*\.(json|xlsx|ods|csv)$/i.test(own) && !own.split('/').includes('..')) {
  preload(own);
} else {
  // The milestones' texts come a language a file (dsr_core::bundle): the
  // page's language now, beside the bundle; the other with the details.
  preload(params.get('lang') === 'zh' ? 'data/dsr-zh.bin' : 'data/dsr-en.bin');
}
// The WebAssembly is asked for at once too, beside the data: the JS glue
// would ask for it only once it and the chunk loader it imports have
// arrived, two round trips later (on a phone the module then finished
// downloading 0.8 s later). The glue takes the response as it comes.
const tag = document.querySelector('script[data-dsr-js]');
const wasm = fetch(tag.dataset.dsrWasm);
const bindings = await import(tag.dataset.dsrJs);
const exports = await bindings.default({ module_or_path: wasm });
// For the browser tests and benchmarks: exported functions and the memory size.
window.wasmBindings = bindings;
window.dsrWasmMemory = exports.memory;
// The service worker, for the next visit and offline (public/sw-page.js).
if ('serviceWorker' in navigator) import('./sw-page.js').catch(() => {});
