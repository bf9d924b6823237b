// Puts the stylesheet and public/entry.js into the page's <head>, for release
// builds (run by scripts/post-build.sh, once both are minified): the first
// paint waits for neither request (on a phone, one round trip less: 150 ms),
// and the Content Security Policy admits exactly these two by their SHA-256,
// so it still refuses every other inline script and style.
//
// node scripts/inline-head.mjs PAGE.html STYLESHEET.css ENTRY.js
// Removes the two files once they are in the page. Exits 1, saying what it
// did not find, when the page is not as Trunk writes it.
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

const [pagePath, cssPath, jsPath] = process.argv.slice(2);
if (!jsPath) {
  console.error('usage: node scripts/inline-head.mjs PAGE.html STYLESHEET.css ENTRY.js');
  process.exit(2);
}
const fail = (what) => {
  console.error(`inline-head: ${pagePath}: ${what}`);
  process.exit(1);
};
// Replaces the one occurrence of `find` (a string or a RegExp) with `text`.
const once = (html, find, text, what) => {
  const hits = typeof find === 'string' ? html.split(find).length - 1 : (html.match(new RegExp(find, 'g')) || []).length;
  if (hits !== 1) fail(`${hits} times ${what}, not once`);
  return html.replace(find, () => text);
};
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let html = readFileSync(pagePath, 'utf8');
const style = readFileSync(cssPath, 'utf8').trim();
const script = readFileSync(jsPath, 'utf8').trim();
if (/<\/style/i.test(style)) fail(`${cssPath} contains </style`);
if (/<\/script/i.test(script)) fail(`${jsPath} contains </script`);

const cssName = basename(cssPath).replace(/[.]/g, '\\.');
html = once(html, new RegExp(`<link rel="stylesheet" href="\\./${cssName}"[^>]*>`), `<style>${style}</style>`, `a <link rel="stylesheet"> to ${basename(cssPath)}`);
html = once(html, `<script src="${basename(jsPath)}"></script>`, `<script>${script}</script>`, `<script src="${basename(jsPath)}">`);
html = once(html, "script-src 'self'", `script-src 'self' ${hash(script)}`, "script-src 'self' in the Content Security Policy");
html = once(html, "style-src 'self'", `style-src 'self' ${hash(style)}`, "style-src 'self' in the Content Security Policy");

writeFileSync(pagePath, html);
unlinkSync(cssPath);
unlinkSync(jsPath);
console.log(`inline-head: ${basename(cssPath)} (${style.length} bytes) and ${basename(jsPath)} (${script.length} bytes) in ${basename(pagePath)}`);
