/*
 * Shenjat's service worker. The build (build/service-worker.ts) fills in VERSION and
 * PRECACHE and writes it to dist/sw.js. Plain JavaScript: it runs as written, untranspiled.
 *
 * - The core (home, help, self-checks, signs, search with its index, the offline page) is
 *   stored at install, so it works with no data after one visit.
 * - Pages are fetched from the network first, with a short wait, so a changed hotline number
 *   reaches anyone online; the stored copy is used only when the network fails or is slow.
 *   Pages are stored without their query string (a search's words stay off the phone).
 * - Files whose name carries a content hash never change and are served from the cache.
 * - /admin/ is never touched: the CMS must not be kept on a phone.
 */
const VERSION = '__VERSION__';
const PRECACHE = ['__PRECACHE__'];
const OFFLINE_PAGE = '__OFFLINE_PAGE__';
const CORE = `shenjat-core-${VERSION}`;
const VISITED = 'shenjat-visited';
const NETWORK_WAIT_MS = 3000;

/** Named by content: the same URL always holds the same bytes. */
const IMMUTABLE = /^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$|pagefind\/wasm\.)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CORE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('shenjat-core-') && key !== CORE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/admin')) return;
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(event, url));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(VISITED)).put(request, response.clone());
  return response;
}

/**
 * The network's answer if it comes within NETWORK_WAIT_MS; after that the stored copy, if
 * there is one, while the network's answer still updates the store. With no stored copy it
 * keeps waiting: on slow data a late page beats "no internet". The offline page only when
 * the network truly fails.
 */
async function networkFirst(event, url) {
  const { request } = event;
  // Stored under its path alone: a search's words (?q=…) must not stay on the phone, and the
  // pages read their query in the browser anyway.
  const key = url.origin + url.pathname;
  const network = fetch(request.mode === 'navigate' ? request.url : request).then(async (response) => {
    if (response.ok && !response.redirected) await (await caches.open(VISITED)).put(key, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  try {
    const first = await Promise.race([network, wait(NETWORK_WAIT_MS)]);
    if (first) return answer(request, first);
    const stored = await caches.match(key);
    if (stored) return stored;
    return answer(request, await network);
  } catch {
    const stored = await caches.match(key);
    if (stored) return stored;
    if (request.mode === 'navigate') return (await caches.match(OFFLINE_PAGE)) ?? Response.error();
    return Response.error();
  }
}

/** A navigation may not be answered with a followed redirect; let the browser follow it. */
function answer(request, response) {
  return response.redirected && request.mode === 'navigate' ? Response.redirect(response.url, 301) : response;
}

const wait = (ms) => new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
