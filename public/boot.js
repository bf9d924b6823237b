// Starts the app. Trunk fills in the hashed file names as data attributes
// (see `pattern_script` in Trunk.toml), so that no inline script is needed
// and the Content Security Policy can forbid inline scripts.
const tag = document.querySelector('script[data-dsr-js]');
const bindings = await import(tag.dataset.dsrJs);
await bindings.default({ module_or_path: tag.dataset.dsrWasm });
window.wasmBindings = bindings;
