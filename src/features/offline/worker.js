/*
 * Shenjat's service worker. The build (build/service-worker.ts) fills in the constants below
 * and writes it to dist/sw.js. Plain JavaScript: it runs as written, untranspiled.
 *
 * - It stores a language's core (home, help, self-checks, signs, search with its index…) only
 *   when a page of that language asks for it (ServiceWorkerRegistration.astro: after the page
 *   has loaded, and never on a data-saving or 2G connection unless the person presses "Save").
 *   Install stores only what every language shares (the offline page, the search runtime); an
 *   update also stores the core of each language the previous version held, reusing the
 *   content-hashed files it already has instead of downloading them again.
 * - Pages are fetched from the network first, with a short wait, so a changed hotline number
 *   reaches anyone online; the stored copy is used only when the network fails or is slow.
 *   Pages are stored without their query string (a search's words stay off the phone).
 * - One stored copy of a page, the newest: a page of the core is refreshed in the core's own
 *   cache, so a fresh copy never hides behind an older core copy.
 * - Files whose name carries a content hash never change and are served from the cache.
 * - /admin/ (with everything its pages load) and the removal address are never stored: the
 *   CMS must not be kept on a phone, and the removal's Clear-Site-Data answer must come from
 *   the network.
 */
const VERSION = '__VERSION__';
/** What every language needs: the offline page, the search runtime, the icon and manifest. */
const SHARED = ['__SHARED__'];
/** Each language's core, its home page first: that page in the core marks the whole core as stored. */
const CORES = { __CORES__: [''] };
const OFFLINE_PAGE = '__OFFLINE_PAGE__';
const CLEAR_SITE_DATA = '__CLEAR_SITE_DATA__';
const CORE = `shenjat-core-${VERSION}`;
/** Pages and files opened outside the core. */
const VISITED = 'shenjat-visited';
const NETWORK_WAIT_MS = 3000;

/** Named by content: the same URL always holds the same bytes. */
const IMMUTABLE = /^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CORE);
      await storeAll(cache, SHARED);
      // An update keeps the languages the phone already had, so an offline copy stays whole.
      for (const locale of await previousLocales()) await storeAll(cache, [...SHARED, ...CORES[locale]]);
      await self.skipWaiting();
    })(),
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

/** A page asks for its language's core: `{ type: 'store-core', locale }`; the answer goes to the port it sends. */
self.addEventListener('message', (event) => {
  const { data } = event;
  if (data?.type !== 'store-core' || !Object.hasOwn(CORES, data.locale)) return;
  const reply = (message) => event.ports[0]?.postMessage(message);
  event.waitUntil(
    storeCore(data.locale).then(
      () => reply({ type: 'core-stored', locale: data.locale }),
      () => reply({ type: 'core-failed', locale: data.locale }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/admin') || url.pathname === CLEAR_SITE_DATA) return;
  event.respondWith(
    (async () => {
      // The CMS's own scripts live in /_astro/ too: what an /admin/ page loads passes untouched.
      if (await isFromAdmin(event.clientId)) return fetch(request);
      return IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(event, url);
    })(),
  );
});

async function isFromAdmin(clientId) {
  const client = clientId ? await self.clients.get(clientId) : undefined;
  return client ? new URL(client.url).pathname.startsWith('/admin') : false;
}

/** One store of a language's core at a time; a second ask waits for the first. */
const storing = new Map();
function storeCore(locale) {
  if (!storing.has(locale)) {
    const task = (async () => {
      const cache = await caches.open(CORE);
      if (!(await cache.match(CORES[locale][0]))) await storeAll(cache, [...SHARED, ...CORES[locale]]);
    })();
    storing.set(locale, task.finally(() => storing.delete(locale)));
  }
  return storing.get(locale);
}

/**
 * Puts every URL of `urls` into `cache`: what it already holds stays, a content-hashed file
 * another cache of this site holds is copied, the rest is downloaded together (addAll stores
 * all or nothing, so a language's home page in the cache means its whole core is there).
 */
async function storeAll(cache, urls) {
  const download = [];
  for (const url of new Set(urls)) {
    if (await cache.match(url)) continue;
    const copy = IMMUTABLE.test(url) ? await caches.match(url) : undefined;
    if (copy) await cache.put(url, copy);
    else download.push(url);
  }
  await cache.addAll(download);
}

/** The languages whose core an earlier version of this worker stored. */
async function previousLocales() {
  const older = (await caches.keys()).filter((key) => key.startsWith('shenjat-core-') && key !== CORE);
  const found = [];
  for (const locale of Object.keys(CORES)) {
    for (const key of older) {
      if (await (await caches.open(key)).match(CORES[locale][0])) {
        found.push(locale);
        break;
      }
    }
  }
  return found;
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(VISITED)).put(request, response.clone());
  return response;
}

/** The stored copy of a page or file: the core's, kept fresh, else the one kept when it was opened. */
async function findStored(key) {
  return (await (await caches.open(CORE)).match(key)) ?? (await (await caches.open(VISITED)).match(key));
}

/** Keeps a fresh answer as the only stored copy: in the core if the core has the page, else with the visited ones. */
async function keep(key, response) {
  const core = await caches.open(CORE);
  await ((await core.match(key)) ? core : await caches.open(VISITED)).put(key, response);
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
    if (response.ok && !response.redirected) await keep(key, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  try {
    const first = await Promise.race([network, wait(NETWORK_WAIT_MS)]);
    if (first) return answer(request, first);
    const stored = await findStored(key);
    if (stored) return stored;
    return answer(request, await network);
  } catch {
    const stored = await findStored(key);
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
