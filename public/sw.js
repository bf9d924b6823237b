// DSR Tracker's service worker: the second visit from this device's copy,
// and the timeline, its filters and every view used before offline.
//
// The build writes its manifest into the line below (`cargo run --bin
// service-worker`, crates/dsr-core/src/offline.rs): the files cached when
// this worker installs, and the content hash of each file of the build whose
// name carries none. A build is one cache, named by the manifest's own hash:
// a new build installs beside the old one, complete and checked, and takes
// over only when no page of the old one is open or when the reader asks
// ("Show it"); then the old cache is deleted whole. A page is never given a
// file of another build: a file named by its hash is the same in every
// build, and any other is checked against this build's hash.
const MANIFEST = { build: 'dev', precache: [], hashes: {} };

const SCOPE = new URL(self.registration.scope);
// Caches are per origin: the names carry the scope, so that a copy of the
// site under another path keeps its own.
const PREFIX = 'dsr ' + SCOPE.pathname + ' ';
const BUILD = PREFIX + 'build ' + MANIFEST.build;
// Files of the site that are not the app's: a reader's own dataset
// (`data=`), the feeds. From the network when it answers, else from here.
const OTHER = PREFIX + 'other';
// As crates/dsr-core/src/offline.rs `named_by_hash`: eight digits only for
// a WASM chunk (eight alone could be a date, `mine-20261205.json`).
const NAMED_BY_HASH = /^(?:[\w.-]+-[0-9a-f]{12,16}(_bg)?\.\w+|(?:chunk_\d+|split_\w+)-[0-9a-f]{8}\.wasm)$/;

// The path of a URL relative to the scope (`./` for the page), or null.
function relative(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = decodeURIComponent(url.pathname.slice(SCOPE.pathname.length));
  return path === '' || path === 'index.html' ? './' : path;
}

function ofBuild(path) {
  return path === './' || Object.prototype.hasOwnProperty.call(MANIFEST.hashes, path) || NAMED_BY_HASH.test(path);
}

async function contentHash(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

// A file of this build from the network; null when the network has the
// file of another build (the site was updated since this worker installed).
async function fetchOfBuild(path, request, mode) {
  const response = await fetch(request, mode ? { cache: mode } : undefined);
  const want = MANIFEST.hashes[path];
  if (!response.ok || want === undefined) return response;
  const got = await contentHash(await response.clone().arrayBuffer());
  return got === want ? response : null;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(BUILD);
    await Promise.all(MANIFEST.precache.map(async (path) => {
      const url = new URL(path, SCOPE).href;
      // Hashed names may come from the browser's HTTP cache; the others are
      // revalidated, and a file of another build fails the install (the old
      // worker stays, and the browser tries again later).
      const response = await fetchOfBuild(path, url, NAMED_BY_HASH.test(path) ? undefined : 'no-cache');
      if (response === null || !response.ok) throw new Error(path + ': not this build\'s file');
      await cache.put(url, response);
    }));
  })());
});

// Active: the other builds' caches go, and a first visit's page is taken
// over, so that the views it opens from now on are kept too. (A page of an
// older build is taken over only when its reader asked: "Show it".)
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX + 'build ') && name !== BUILD) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// What a first visit fetched before this worker took the page over (the
// parts loaded at once, a view opened early): kept too, as if fetched through
// the worker, so that they work offline.
async function keep(hrefs) {
  const build = await caches.open(BUILD);
  const other = await caches.open(OTHER);
  await Promise.all(hrefs.map(async (href) => {
    const path = relative(new URL(href));
    if (path === null || path === './' || path === 'sw.js') return;
    try {
      if (ofBuild(path)) {
        const url = new URL(path, SCOPE).href;
        if (await build.match(url)) return;
        const response = await fetchOfBuild(path, url);
        if (response !== null && response.ok) await build.put(url, response);
      } else if (!(await other.match(href))) {
        // A reader's own dataset (`data=`) opened on the first visit.
        const response = await fetch(href);
        if (response.ok) await other.put(href, response);
      }
    } catch (offline) {
      // Kept when next fetched.
    }
  }));
}

self.addEventListener('message', (event) => {
  // "Show it" on a page: this build takes over now (the page then reloads).
  if (event.data === 'skip-waiting') self.skipWaiting();
  else if (Array.isArray(event.data?.loaded)) event.waitUntil(keep(event.data.loaded));
});

async function fromBuild(path, request) {
  const cache = await caches.open(BUILD);
  const url = new URL(path, SCOPE).href;
  const cached = await cache.match(url);
  if (cached) return cached;
  // The page itself is always there once installed; if the browser dropped
  // it, the site's own page is better than none.
  if (request.mode === 'navigate') return fetch(request);
  const response = await fetchOfBuild(path, request);
  if (response === null) {
    return new Response(path + ' belongs to a newer version of the site: reload the page.', {
      status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  if (response.ok) await cache.put(url, response.clone());
  return response;
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(OTHER);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const path = relative(new URL(request.url));
  if (path === null || path === 'sw.js') return;
  if (request.mode === 'navigate' ? path === './' : ofBuild(path)) {
    event.respondWith(fromBuild(path, request));
  } else {
    event.respondWith(fromNetworkFirst(request));
  }
});
