// DSR Tracker: registers the service worker (public/sw.js) once the app runs,
// and tells the app (src/chrome/connection_note.rs) when this visit is
// offline and when a newer build is ready: attributes on <html>
// (`data-offline`, `data-update`) and a `dsr-connection` event.
const workers = navigator.serviceWorker;
const root = document.documentElement;
const tell = () => dispatchEvent(new Event('dsr-connection'));
const offline = (yes) => {
  root.toggleAttribute('data-offline', yes);
  tell();
};
addEventListener('online', () => offline(false));
addEventListener('offline', () => offline(true));

let waiting = null;
const ready = (worker) => {
  if (!worker || !workers.controller) return;
  waiting = worker;
  root.setAttribute('data-update', '');
  tell();
};
// "Show it": the new build takes over, and the page reloads into it.
addEventListener('dsr-apply-update', () => {
  if (!waiting) return;
  workers.addEventListener('controllerchange', () => location.reload());
  waiting.postMessage('skip-waiting');
});

// A first visit leaves the network to the page until it is idle: the
// worker then fetches the app once more (from the browser's cache when the
// host allows it).
const first = !workers.controller;
if (first) {
  await new Promise((done) => (self.requestIdleCallback || setTimeout)(done, { timeout: 4000 }));
}
const registration = await workers.register('sw.js');
// What this first visit fetched before the worker was there (the parts
// loaded at once), for the worker to keep as well.
if (first) {
  workers.ready.then((r) => r.active?.postMessage({
    loaded: performance.getEntriesByType('resource').map((e) => e.name),
  }));
}
if (!navigator.onLine) offline(true);
ready(registration.waiting);
registration.addEventListener('updatefound', () => {
  const worker = registration.installing;
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed') ready(worker);
  });
});
// A returning visit was drawn from this device's copy: ask the site for a
// newer build, which also tells whether the site can be reached.
if (workers.controller) {
  registration.update().then(() => offline(!navigator.onLine), () => offline(true));
}
