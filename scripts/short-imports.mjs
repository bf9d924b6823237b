// Shortens what the main WebAssembly module imports from wasm-bindgen's glue,
// in the module's import section and in the glue alike, for release builds
// (run by scripts/post-build.sh, after wasm-opt and before the module is
// packed): each import's name (`__wbg_set_innerHTML_a9d3a267967b5117` -> `a`),
// the glue module's name (`./dsr-tracker-<hash>_bg.js` -> `g`), and the
// exports with Rust's mangled names (wasm-bindgen's closure shims) -> `_0`. Both
// files carried the 232 hashed names in full: 3.8 KB of the module and 3.0 KB
// of the glue, gzipped.
//
// node scripts/short-imports.mjs MODULE.wasm GLUE.js
// The chunk loader's imports (`./__wasm_split.js`) keep their names. Each
// renamed name must be a key of the glue's imports object, once; anything
// else exits 1 saying what it did not find, and neither file is written.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!gluePath) {
  console.error('usage: node scripts/short-imports.mjs MODULE.wasm GLUE.js');
  process.exit(2);
}
const fail = (what) => {
  console.error(`short-imports: ${what}`);
  process.exit(1);
};
const MODULE = 'g';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// The i-th short name: a … z, A … Z, aa, ab, …
const shortName = (i) => {
  let out = LETTERS[i % 52];
  for (i = Math.floor(i / 52); i > 0; i = Math.floor(i / 52)) {
    i -= 1;
    out = LETTERS[i % 52] + out;
  }
  return out;
};
const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
};
const bytes = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');
if (!bytes.subarray(0, 8).equals(Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]))) {
  fail(`${wasmPath} is not a WebAssembly module`);
}
let at = 8;
const leb = () => {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail(`${wasmPath} ends inside a number`);
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return value;
  }
};
const str = () => {
  const len = leb();
  at += len;
  if (at > bytes.length) fail(`${wasmPath} ends inside a name`);
  return bytes.toString('utf8', at - len, at);
};
const limits = () => {
  const flags = bytes[at++];
  leb();
  if (flags & 1) leb();
};
const parts = [bytes.subarray(0, 8)];
const renamed = new Map();
const exported = new Map();
const kept = new Set();
let glueModule = null;
while (at < bytes.length) {
  const sectionStart = at;
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  if (end > bytes.length) fail(`${wasmPath} ends inside its section ${id}`);
  if (id === 7) {
    // Exports: only Rust's mangled names (wasm-bindgen's closure shims,
    // `_RINv…`, a hundred characters each) are renamed, `_0`, `_1`, …
    const count = leb();
    const body = [uleb(count)];
    for (let n = 0; n < count; n++) {
      const field = str();
      const descStart = at;
      at += 1;
      leb();
      if (field.startsWith('_R')) {
        const name = Buffer.from(`_${exported.size}`);
        exported.set(field, name.toString());
        body.push(uleb(name.length), name, bytes.subarray(descStart, at));
      } else {
        kept.add(field);
        const name = Buffer.from(field);
        body.push(uleb(name.length), name, bytes.subarray(descStart, at));
      }
    }
    if (at !== end) fail(`${wasmPath}: the export section does not end where it says`);
    const section = Buffer.concat(body);
    parts.push(Buffer.from([7]), uleb(section.length), section);
    continue;
  }
  if (id !== 2) {
    parts.push(bytes.subarray(sectionStart, end));
    at = end;
    continue;
  }
  const count = leb();
  const body = [uleb(count)];
  for (let n = 0; n < count; n++) {
    const importStart = at;
    const module = str();
    const field = str();
    const descStart = at;
    const kind = bytes[at++];
    if (kind === 0) leb();
    else if (kind === 1) (at++, limits());
    else if (kind === 2) limits();
    else if (kind === 3) at += 2;
    else fail(`${wasmPath}: an import of kind ${kind}, which this script does not know`);
    if (kind !== 0 && module.endsWith('_bg.js')) {
      fail(`${wasmPath} imports a value that is not a function (${field}) from the glue`);
    }
    if (kind === 0 && module.endsWith('_bg.js')) {
      if (glueModule !== null && glueModule !== module) fail(`${wasmPath} imports from two glue modules`);
      glueModule = module;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      const name = Buffer.from(renamed.get(field));
      body.push(uleb(MODULE.length), Buffer.from(MODULE), uleb(name.length), name, bytes.subarray(descStart, at));
    } else {
      body.push(bytes.subarray(importStart, at));
    }
  }
  if (at !== end) fail(`${wasmPath}: the import section does not end where it says`);
  const section = Buffer.concat(body);
  parts.push(Buffer.from([2]), uleb(section.length), section);
}
if (renamed.size === 0) fail(`${wasmPath} imports nothing from the glue: is it the main module?`);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurrences = (s) => (glue.match(new RegExp(`(?<![\\w$])${escape(s)}(?![\\w$])`, 'g')) || []).length;
for (const [old, name] of renamed) {
  if (occurrences(old) !== 1) fail(`${gluePath}: ${old} is not there exactly once`);
  const key = new RegExp(`(?<![\\w$])${escape(old)}:`);
  if (!key.test(glue)) fail(`${gluePath}: ${old} is not a key of the imports object`);
  glue = glue.replace(key, `${name}:`);
}
for (const [old, name] of exported) {
  if (kept.has(name)) fail(`${wasmPath} already exports a ${name}`);
  // Read once, as a property of the exports (the glue's function of the
  // same name is its own, and minified later).
  const use = new RegExp(`\\.${escape(old)}(?![\\w$])`, 'g');
  const reads = (glue.match(use) || []).length;
  if (reads !== 1) fail(`${gluePath}: ${old} is read ${reads} times as a property, not once`);
  glue = glue.replace(use, `.${name}`);
}
const moduleKey = `"${glueModule}":`;
if (glue.split(`"${glueModule}"`).length !== 2 || !glue.includes(moduleKey)) {
  fail(`${gluePath}: the module ${glueModule} is not named exactly once, as a key`);
}
glue = glue.replace(moduleKey, `${MODULE}:`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} imports of ${glueModule} and ${exported.size} exports renamed`);
