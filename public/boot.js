// Starts the app. Trunk fills in the hashed file names as data attributes
// (see `pattern_script` in Trunk.toml), so that no inline script is needed
// and the Content Security Policy can forbid inline scripts.
// A shared link for another view: the first view stays out of the page
// (public/entry.js showed a neutral shell instead).
if (document.documentElement.getAttribute('data-entry') === 'shell') {
  document.getElementById('first-view')?.remove();
}
const tag = document.querySelector('script[data-dsr-js]');
const bindings = await import(tag.dataset.dsrJs);
const exports = await bindings.default({ module_or_path: tag.dataset.dsrWasm });
// For the browser tests and benchmarks: exported functions and the memory size.
window.wasmBindings = bindings;
window.dsrWasmMemory = exports.memory;
