// DSR Tracker: runs before the page is drawn (a script in <head>; a release
// build puts it inside the page, admitted by its SHA-256 in the Content
// Security Policy, which forbids every other inline script).
//
// The page carries the first view, rendered at build time: the timeline of
// every milestone, in English. This script decides whether the address asks
// for something else, and until the app is ready it keeps what the reader
// does, so that nothing is lost when the app takes the page over.
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  // The names of the parameters that change what the page shows; written
  // into the page at build time from the app's own table of parameters.
  var meta = document.querySelector('meta[name="dsr-view-params"]');
  var names = meta ? meta.content.split(',') : [];
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var other = names.some(function (n) { return (params.get(n) || '').trim() !== ''; });
  // A shared link for another view, language or selection: a neutral shell
  // until the app draws it, never the first view for a frame.
  root.setAttribute('data-entry', other ? 'shell' : 'first-view');

  // The rest of what the app needs before it responds. The page's <head>
  // asks for the bundle itself (a preload scripts/post-build.sh writes), and
  // boot.js for the WebAssembly once the first frame is drawn. This script,
  // inside the page in a release build (scripts/inline-head.mjs), asks at
  // once for what depends on the address: the milestones' texts in
  // the page's language (dsr_core::bundle; the other language comes later,
  // with the details), or, instead, a reader's own dataset (`data=`, a
  // relative path on this site; the app checks it in query::params, this
  // only asks for it early).
  function preload(href, rel) {
    var link = document.createElement('link');
    link.rel = rel || 'preload';
    if (!rel) {
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    link.href = href;
    document.head.appendChild(link);
  }
  var boot = document.querySelector('script[data-dsr-js]');
  if (boot) {
    // The JS glue and the chunk loader it imports (scripts/post-build.sh
    // names it): small, but each is compiled when it arrives, so they are
    // asked for once the first frame is drawn.
    requestAnimationFrame(function () {
      setTimeout(function () {
        preload(boot.getAttribute('data-dsr-js'), 'modulepreload');
        if (boot.hasAttribute('data-dsr-loader')) preload(boot.getAttribute('data-dsr-loader'), 'modulepreload');
      }, 0);
    });
  }
  var own = (params.get('data') || '').trim();
  if (own !== '' && /^[\w.-]+(\/[\w.-]+)*\.(json|xlsx|ods|csv)$/i.test(own) && own.split('/').indexOf('..') < 0) {
    preload(own);
  } else {
    preload(params.get('lang') === 'zh' ? 'data/dsr-zh.bin' : 'data/dsr-en.bin');
  }

  // What the reader does before the app is ready: clicks on controls, and the
  // values typed or chosen. Each is found again in the app's page by its
  // place in the tree, which is the same there (the same components drew it).
  var pending = [];
  // A place is a path of child positions from the first view's root, or,
  // for a chart's mark (drawn for the window's width, so its position in
  // the picture can differ), its key within its chart.
  function placeOf(el, top) {
    var holder = el.hasAttribute('data-key') ? el.closest('[data-testid]') : null;
    if (holder && top.contains(holder)) {
      return { holder: holder.getAttribute('data-testid'), key: el.getAttribute('data-key') };
    }
    var path = [];
    while (el && el !== top) {
      var parent = el.parentElement;
      if (!parent) return null;
      path.unshift(Array.prototype.indexOf.call(parent.children, el));
      el = parent;
    }
    return el === top ? { path: path } : null;
  }
  function find(place, top) {
    if (place.key !== undefined) {
      return top.querySelector('[data-testid="' + place.holder + '"] [data-key="' + place.key + '"]');
    }
    var el = top;
    for (var i = 0; el && i < place.path.length; i++) el = el.children[place.path[i]];
    return el || null;
  }
  // Whether a year was chosen by going to its address (below).
  var led = false;
  function keep(kind) {
    return function (ev) {
      var first = document.getElementById('first-view');
      if (!first || !first.contains(ev.target)) return;
      // A year of the year strip says where choosing it leads (`data-href`,
      // written at build time from the app's own action, src/prerender.rs).
      // As the reader's first choice it goes to the address at once, as the
      // app would: the app starts from that address and draws the list
      // already filtered, once; an app already started follows it as it
      // follows Back. Anything chosen later is replayed after it, in order.
      var lead = kind === 'click' && !led && !pending.length ? ev.target.closest('[data-href]') : null;
      if (lead) {
        led = true;
        history.pushState(null, '', lead.getAttribute('data-href'));
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        return;
      }
      var control = ev.target.closest('button, input, select, summary, [role=button]');
      if (!control) return;
      var place = placeOf(control, first);
      if (!place) return;
      if (kind === 'click' && control.tagName === 'BUTTON') ev.preventDefault();
      // A click on a text box or a list is not a choice; a checkbox's click is
      // its choice, so its change is not kept twice.
      if (kind === 'click' && (control.type === 'search' || control.type === 'text' || control.tagName === 'SELECT')) return;
      if (kind !== 'click' && (control.type === 'checkbox' || control.type === 'radio')) return;
      // Of a value typed or chosen, only the last one counts.
      var same = JSON.stringify(place);
      if (kind !== 'click') pending = pending.filter(function (p) { return JSON.stringify(p.place) !== same || p.kind === 'click'; });
      pending.push({ kind: kind, place: place, value: control.value });
    };
  }
  document.addEventListener('click', keep('click'), true);
  document.addEventListener('input', keep('input'), true);
  document.addEventListener('change', keep('change'), true);

  // Replays what the reader did, in the app's page, as if they had just done it.
  function replay(list, app) {
    list.forEach(function (p) {
      var el = find(p.place, app);
      if (!el) return;
      if (p.kind === 'click') {
        // An SVG mark (the year strip's bars) has no click() of its own.
        if (el.click) el.click(); else el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      } else {
        el.value = p.value;
        // Text is searched as it is typed; a choice from a list applies on change.
        var kind = el.tagName === 'SELECT' ? 'change' : 'input';
        el.dispatchEvent(new Event(kind, { bubbles: true }));
      }
    });
  }

  // The app, drawn in a hidden container, says it is ready (from inside its
  // update). It is swapped in, in one frame, keeping the reading position
  // and the focus: at once when the reader has done nothing yet (so that
  // what the app does next, such as bringing a linked milestone into view,
  // happens on the live page). Otherwise, once that turn is over, what the
  // reader did is replayed in the hidden app first, which answers it in its
  // own turn (its effects run before the next task), and then it is swapped
  // in: a filter chosen early is drawn once, already filtered, rather than
  // the whole list first and the filtered one a moment later.
  function swap(app) {
    var first = document.getElementById('first-view');
    var shell = document.getElementById('boot-shell');
    var focused = first && first.contains(document.activeElement) ? placeOf(document.activeElement, first) : null;
    var x = window.scrollX, y = window.scrollY;
    // A card off the screen is not laid out (content-visibility in the
    // stylesheet): it stands in with an estimated size, or the size it had
    // when last drawn. The app's cards have never been drawn, so each item
    // takes the size of its twin in the first view, and the page keeps its
    // height and the reading position its place. The twin item's own box is
    // read, never its card: a card inside an item that is not drawn would be
    // laid out just to be measured (on a phone, a fifth of the time between
    // the WASM's arrival and the takeover). The size an item stands in with
    // is its content's: its height without its padding, the same for all.
    if (first) {
      var size = {};
      var pad = null;
      first.querySelectorAll('.milestone-item > [data-id]').forEach(function (card) {
        var item = card.parentElement;
        if (pad === null) {
          var style = getComputedStyle(item);
          pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
        }
        size[card.getAttribute('data-id')] = item.getBoundingClientRect().height - pad;
      });
      app.querySelectorAll('.milestone-item > [data-id]').forEach(function (card) {
        var h = size[card.getAttribute('data-id')];
        if (h) card.parentElement.style.containIntrinsicSize = 'auto ' + h + 'px';
      });
    }
    if (first) first.remove();
    if (shell) shell.remove();
    app.hidden = false;
    root.setAttribute('data-entry', 'live');
    window.scrollTo(x, y);
    if (focused) {
      var target = find(focused, app);
      if (target && target.focus) target.focus({ preventScroll: true });
    }
    // Anything done in the last moment, after the replay: in the live page.
    var late = pending.splice(0);
    if (late.length) setTimeout(function () { replay(late, app); }, 0);
  }
  document.addEventListener('dsr:ready', function (ready) {
    var app = document.getElementById('app');
    if (!app) return;
    // Taken: the app leaves the swap to this script (src/browser/dom.rs).
    ready.preventDefault();
    if (!pending.length) {
      swap(app);
      return;
    }
    setTimeout(function () {
      replay(pending.splice(0), app);
      setTimeout(function () { swap(app); }, 0);
    }, 0);
  }, { once: true });
})();
