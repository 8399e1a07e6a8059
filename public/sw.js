// Accredit-IO service worker: applicants can open and reload the questionnaire with no
// network, see the server's state as last seen merged with the drafts on the device (the page
// merges those), and keep answering; autosave sends the queue once the network is back.
//
// Every page registers it as /sw.js?js=<bundle js>&wasm=<bundle wasm>&css=<stylesheet>
// &ijs=<questionnaire bundle js>&iwasm=<questionnaire bundle wasm> with
// the content-hashed names of the build the server runs (app/src/bundle.rs). A new build gives
// a new URL: the browser installs this script again, which caches the new build's files and
// drops the old ones.
//
// What it keeps:
// - the build's bundle and stylesheet (immutable names), the icon and the manifest, served
//   from the cache first (a new build is a new worker with a new cache);
// - the questionnaire and case-review pages a person opened (OFFLINE_PAGES), network first,
//   each copy filed under the viewer marker the server sent with it (`x-accredit-viewer`, a
//   hash of the session cookie; server/src/security.rs). A copy is served only while the last
//   page the server answered carried the same marker, so whoever signs in next on this
//   browser never sees it; a page answered for nobody (after sign-out) deletes every copy.
//   A copy is renewed shortly after the page's saves went through, so it shows what the
//   server acknowledged.
// What it never keeps: any other page, server-function answers, evidence files, PDFs,
// calendar feeds — those go to the network as if this worker did not exist.
'use strict';

const BUILD_FILES = ['js', 'wasm', 'css', 'ijs', 'iwasm']
  .map((k) => new URL(self.location).searchParams.get(k))
  .filter((path) => path && path.startsWith('/pkg/'))
  .concat(['/favicon.svg', '/manifest.webmanifest']);
const ASSETS = `accredit-assets-${new URL(self.location).search}`;
const PAGES = 'accredit-pages';
const VIEWER_KEY = '/__offline/viewer';
const OFFLINE_PAGES = /^\/applications\/\d+(\/case-review)?$/;
// A page's copy is renewed this long after its last acknowledged save.
const RENEW_AFTER_MS = 1500;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll(BUILD_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('accredit-assets-') && name !== ASSETS) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'GET' && BUILD_FILES.includes(url.pathname)) {
    event.respondWith(buildFile(request));
  } else if (request.mode === 'navigate' && request.method === 'GET') {
    event.respondWith(page(event, url));
  } else if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
    event.respondWith(serverCall(event));
  }
});

// A page opened before this worker controlled it asks to be kept, naming the viewer it was
// rendered for (app/src/bundle.rs).
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'keep' && typeof data.url === 'string') {
    event.waitUntil(renew(data.url, data.viewer));
  }
});

async function buildFile(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function page(event, url) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(file(url, response.clone()));
    return response;
  } catch (offline) {
    const copy = OFFLINE_PAGES.test(url.pathname) ? await copyOf(url) : undefined;
    if (copy) return copy;
    throw offline;
  }
}

/** Files a page answered by the server under its viewer (unless `keep` is false); a change of
 * viewer forgets the rest. */
async function file(url, response, keep = true) {
  const viewer = response.headers.get('x-accredit-viewer');
  if (!viewer) return;
  const cache = await caches.open(PAGES);
  const known = await cache.match(VIEWER_KEY);
  if (!known || (await known.text()) !== viewer) {
    for (const key of await cache.keys()) await cache.delete(key);
    await cache.put(VIEWER_KEY, new Response(viewer));
  }
  if (keep && viewer !== 'anonymous' && response.ok && OFFLINE_PAGES.test(url.pathname)) {
    await cache.put(pageKey(viewer, url), response);
  }
}

async function copyOf(url) {
  const cache = await caches.open(PAGES);
  const known = await cache.match(VIEWER_KEY);
  if (!known) return undefined;
  const viewer = await known.text();
  if (viewer === 'anonymous') return undefined;
  return cache.match(pageKey(viewer, url));
}

function pageKey(viewer, url) {
  return `/__offline/${viewer}${url.pathname}`;
}

// Passed through unchanged; an acknowledged save of a kept page renews that page's copy.
const lastSave = new Map();
async function serverCall(event) {
  const response = await fetch(event.request);
  if (response.ok && event.clientId) {
    const client = await self.clients.get(event.clientId);
    const url = client && new URL(client.url);
    if (url && OFFLINE_PAGES.test(url.pathname)) {
      const viewer = response.headers.get('x-accredit-viewer');
      const at = Date.now();
      lastSave.set(url.href, at);
      event.waitUntil(
        new Promise((resolve) => setTimeout(resolve, RENEW_AFTER_MS)).then(() =>
          lastSave.get(url.href) === at ? renew(url.href, viewer) : undefined,
        ),
      );
    }
  }
  return response;
}

// A renewal fetches with whatever session the browser holds by then; `viewer` is the one the
// asking page (its `keep` message) or save (its answer) was for. When someone else has signed
// in meanwhile, their answer is not filed as a page they opened; the previous viewer's copies
// are still forgotten.
async function renew(href, viewer) {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin || !OFFLINE_PAGES.test(url.pathname)) return;
  try {
    const response = await fetch(url.pathname + url.search, {
      credentials: 'same-origin',
      headers: { accept: 'text/html' },
    });
    const same = !!viewer && response.headers.get('x-accredit-viewer') === viewer;
    await file(url, response, same);
  } catch {
    // Offline again: the copy stays as it was.
  }
}
