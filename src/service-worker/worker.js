/*
 * Shenjat's service worker. The build (src/scripts/service-worker.ts) fills in VERSION and
 * PRECACHE and writes it to dist/sw.js. Plain JavaScript: it runs as written, untranspiled.
 *
 * - The core (home, help, self-checks, signs, search with its index, the offline page) is
 *   stored at install, so it works with no data after one visit.
 * - Pages are fetched from the network first, with a short wait, so a changed hotline number
 *   reaches anyone online; the stored copy is used only when the network fails or is slow.
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
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(VISITED)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetchWithin(request, NETWORK_WAIT_MS);
    // A navigation may not be answered with a followed redirect; let the browser follow it.
    if (response.redirected && request.mode === 'navigate') return Response.redirect(response.url, 301);
    if (response.ok) await (await caches.open(VISITED)).put(request, response.clone());
    return response;
  } catch {
    // The search page is stored without its ?q=…; its script reads the query itself.
    const cached = (await caches.match(request)) ?? (await caches.match(request, { ignoreSearch: true }));
    if (cached) return cached;
    if (request.mode === 'navigate') return (await caches.match(OFFLINE_PAGE)) ?? Response.error();
    return Response.error();
  }
}

async function fetchWithin(request, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  // A navigation request cannot be re-sent with options; its URL can.
  const target = request.mode === 'navigate' ? request.url : request;
  try {
    return await fetch(target, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
