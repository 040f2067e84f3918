import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { corePages } from '../../../build/precache.ts';
import { chromiumArgs, findBrowser } from '../../../scripts/lib/find-browser.ts';
import { clearSiteDataPath } from './remove-site-data.ts';
import { selfCheckRoutes } from '../self-check/self-checks.ts';
import { callLink, callLinks, expect, findAxeViolations, test } from '../../../tests/support/fixtures.ts';
import { getPath, locales, readHotline, readPageTitle, settings, uiText, type Locale } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ serviceWorkers: 'allow', failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

/** The primary contacts that answer: every page offers them as calls, stored or not. */
const confirmedPrimary = settings.primaryContacts.map(readHotline).filter((line) => line.status === 'confirmed');
/** "No internet right now", the heading of the page shown for a page never stored, in every language. */
const offlineTitles = locales.map((locale) => uiText(locale)('offline.title'));
/** The search results: the links of the list under the form. */
const searchResults = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('link');

/**
 * Waits until the worker controls the page and has stored the core of `locale`: a language's
 * home page in the worker's core cache marks its whole core as stored (worker.js).
 */
async function waitForOfflineReady(page: Page, locale: Locale = 'sq') {
  const stored = (home: string) =>
    page.evaluate(async (home) => {
      if (!navigator.serviceWorker.controller) return false;
      for (const key of await caches.keys()) {
        if (key.startsWith('shenjat-core-') && (await (await caches.open(key)).match(home))) return true;
      }
      return false;
    }, home);
  await expect.poll(() => stored(getPath('home', locale)), { timeout: 30_000 }).toBe(true);
}

/** Every URL this site keeps in the browser's caches: path and query. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname + new URL(request.url).search);
    }
    return urls;
  });

/** The result of a self-check, known by its `data-result-level` (PRODUCT.md's contract). */
const checkResult = (page: Page) => page.locator('[data-result-level]');

/** Answers "no" to every question of an Albanian self-check, up to its result. */
async function finishCheck(page: Page) {
  const next = page.getByRole('button', { name: sq('selfCheck.next'), exact: true });
  const seeResult = page.getByRole('button', { name: sq('selfCheck.seeResult'), exact: true });
  for (let step = 0; step < 60; step += 1) {
    if ((await checkResult(page).count()) > 0) return;
    await page.getByRole('radio', { name: sq('selfCheck.no'), exact: true }).check();
    await next.or(seeResult).click();
  }
  throw new Error('the check never reached a result');
}

/** Opens every core page of `locale` (the network must be off) and checks it is the page, not "no internet". */
async function expectCoreOffline(page: Page, locale: Locale) {
  for (const key of corePages) {
    await page.goto(getPath(key, locale));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(uiText(locale)('offline.title'));
    const bar = page.getByRole('complementary', { name: uiText(locale)('hotlineBar.label') });
    await expect(callLinks(bar).first()).toBeVisible();
  }
  // Every article of the signs.
  await page.goto(getPath('signs', locale));
  const articles = await page.getByRole('main').getByRole('link').evaluateAll((links, hub) => [...new Set(links.map((link) => link.getAttribute('href') ?? '').filter((href) => href.startsWith(hub) && href !== hub))], getPath('signs', locale));
  expect(articles.length).toBeGreaterThan(3);
  for (const article of articles) {
    await page.goto(article);
    for (const title of offlineTitles) await expect(page.getByRole('heading', { level: 1 }), article).not.toHaveText(title);
  }
}

test("after one visit, its language's core works with no data; the other language's once a page in it was opened", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForOfflineReady(page, 'sq');
  await context.setOffline(true);

  await expectCoreOffline(page, 'sq');
  for (const route of selfCheckRoutes) {
    await page.goto(getPath(route, 'sq'));
    await finishCheck(page);
    await expect(checkResult(page)).toBeVisible();
  }
  await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
  await expect(searchResults(page).first()).toBeVisible();

  // A page never opened shows the lines to call; so does the English site, not stored yet.
  await page.goto(getPath('stories', 'sq'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sq('offline.title'));
  for (const line of confirmedPrimary) await expect(callLink(page, line.tel).first(), line.number).toBeVisible();
  await page.goto(getPath('help', 'en'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sq('offline.title'));

  // One English page opened online stores the English core.
  await context.setOffline(false);
  await page.goto(getPath('home', 'en'));
  await waitForOfflineReady(page, 'en');
  await context.setOffline(true);
  await expectCoreOffline(page, 'en');
  await page.goto(`${getPath('search', 'en')}?q=help`);
  await expect(searchResults(page).first()).toHaveAttribute('href', /^\/en\//);
});

test('/admin/ is never stored, nor what its pages load, and is not in the search index', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await waitForOfflineReady(page);
  const adminFiles: string[] = [];
  page.on('request', (request) => {
    if (page.url().includes('/admin')) adminFiles.push(new URL(request.url()).pathname);
  });
  await page.goto('/admin/');
  const cmsScripts = adminFiles.filter((path) => path.startsWith('/_astro/'));
  expect(cmsScripts.length).toBeGreaterThan(0);
  await page.goto(getPath('search', 'en'));
  const stored = await cachedUrls(page);
  expect(stored.filter((url) => url.startsWith('/admin'))).toEqual([]);
  // Its previews' script, which no other page loads.
  const notInCore = cmsScripts.filter((path) => path.includes('index.astro_astro_type_script'));
  expect(notInCore.length).toBeGreaterThan(0);
  expect(stored.filter((url) => notInCore.includes(url))).toEqual([]);
  const indexed = await page.evaluate(async () => {
    const runtime = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ runtime);
    const { results } = await pagefind.search('admin');
    return Promise.all(results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
  });
  expect(indexed.filter((url: string) => url.includes('/admin'))).toEqual([]);
});

/** The paths this context requests from now on, service worker included. */
function recordRequests(context: BrowserContext): string[] {
  const paths: string[] = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Whether the browser's HTTP cache holds `path` (a fetch that may only use the cache). */
const isInHttpCache = (page: Page, path: string) =>
  page.evaluate((url) => fetch(url, { cache: 'only-if-cached', mode: 'same-origin' }).then((response) => response.ok, () => false), path);

test('the removal address asks the browser to empty its cache and storage, and is never stored', async ({ request }) => {
  const response = await request.get(clearSiteDataPath);
  expect(response.ok()).toBe(true);
  expect(response.headers()['clear-site-data']).toBe('"cache", "storage"');
  expect(response.headers()['cache-control']).toBe('no-store');
});

test('"Remove this site\'s data" empties the worker, its caches and the browser\'s cache, says what the browser keeps, and stores nothing again in that tab', async ({ page, context }) => {
  test.slow();
  await page.goto(getPath('help', 'en'));
  await waitForOfflineReady(page, 'en');
  await page.goto(getPath('stories', 'en'));
  await page.goto(getPath('privacy', 'en'));
  expect((await cachedUrls(page)).length).toBeGreaterThan(10);

  const cleared = page.waitForResponse((response) => new URL(response.url()).pathname === clearSiteDataPath);
  await page.getByRole('button', { name: en('removeData.button') }).click();
  expect((await (await cleared).allHeaders())['clear-site-data']).toBe('"cache", "storage"');
  // The page's own status line (the quick exit has its own, outside main).
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(en('removeData.done'));
  expect(en('removeData.done')).toMatch(/history/);
  expect(en('removeData.done')).toMatch(/downloads/);
  expect(await cachedUrls(page)).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await findAxeViolations(page)).toEqual([]);

  // The next pages of this visit, in this tab, store nothing and fetch no worker.
  const requested = recordRequests(context);
  await page.getByRole('link', { name: en('nav.help') }).first().click();
  await page.waitForLoadState('load');
  await page.goto(getPath('home', 'en'));
  await page.waitForTimeout(1500);
  expect(requested).not.toContain('/sw.js');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await cachedUrls(page)).toEqual([]);

  // A later visit, in a new tab, may store the core again (the removal said so).
  const later = await context.newPage();
  await later.goto(getPath('home', 'en'));
  await waitForOfflineReady(later, 'en');
});

/**
 * A page in a context of its own, for what the shared fixtures cannot give: their request
 * routing switches Playwright's HTTP cache off, and their browser has the default flags. The
 * same checks: nothing leaves 127.0.0.1, no console error or exception (see `problems`).
 */
async function openOwnPage(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const problems: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') problems.push(`offsite: ${request.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return { context, page, problems };
}

test('"Remove this site\'s data" empties the browser\'s own cache too: a page read before is no longer there', async ({ browser, baseURL }) => {
  // No worker, so a fetch reads the browser's HTTP cache itself.
  const { context, page, problems } = await openOwnPage(browser, { ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
  const stories = getPath('stories', 'sq');
  await page.goto('/');
  await page.getByRole('link', { name: sq('nav.stories') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(readPageTitle('stories', 'sq'));
  await page.goto(getPath('privacy', 'sq'));
  // The finding: a page's whole HTML is in the browser's own cache.
  expect(await isInHttpCache(page, stories)).toBe(true);
  await page.getByRole('button', { name: sq('removeData.button') }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(sq('removeData.done'));
  expect(problems).toEqual([]);
  // (The browser logs this fetch's cache miss as an error: expected, so checked after.)
  expect(await isInHttpCache(page, stories)).toBe(false);
  await context.close();
});

test.describe('on a 2G connection', () => {
  // Chromium's own estimate of the connection, as a phone on 2G reports it (navigator.connection).
  const twoG = '--force-effective-connection-type=2G';

  test('the first visit fetches nothing in the background, and the footer offers to save the site', async ({ baseURL }) => {
    test.slow();
    const executablePath = findBrowser();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, twoG] });
    const { context, page, problems } = await openOwnPage(browser, { ...(baseURL ? { baseURL } : {}), serviceWorkers: 'allow' });
    try {
      await page.goto(getPath('home', 'sq'), { waitUntil: 'load' });
      expect(await page.evaluate(() => (navigator as Navigator & { connection?: { effectiveType: string } }).connection?.effectiveType)).toBe('2g');
      const afterLoad = recordRequests(context);
      await page.waitForTimeout(3000);
      // The browser's own request for the tab's icon may come late; anything else would be the site's.
      expect(afterLoad.filter((path) => path !== '/favicon.svg'), 'requests after the page had loaded').toEqual([]);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await cachedUrls(page)).toEqual([]);

      const footer = page.getByRole('contentinfo');
      const save = footer.getByRole('button', { name: sq('saveOffline.button') });
      await expect(save).toBeVisible();
      await expect(footer.getByText(sq('saveOffline.explain'))).toBeVisible();
      expect(await findAxeViolations(page)).toEqual([]);
      await save.click();
      await expect(footer.getByRole('status')).toHaveText(sq('saveOffline.done'), { timeout: 30_000 });
      await expect(save).toBeHidden();
      await waitForOfflineReady(page, 'sq');

      await context.setOffline(true);
      await page.goto(getPath('help', 'sq'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(readPageTitle('help', 'sq'));
      // Saved: the button is not offered again.
      await expect(page.getByRole('contentinfo').getByRole('button', { name: sq('saveOffline.button') })).toBeHidden();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test('without JavaScript the save button is not shown, since it could do nothing', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: sq('saveOffline.button') })).toHaveCount(0);
  await context.close();
});

/**
 * A copy of the built site served by scripts/serve.ts behind a proxy that can hold pages back
 * as a slow connection does, and a second build of it whose one hotline number differs.
 */
test.describe('a changed hotline number after a deploy', () => {
  test.describe.configure({ mode: 'serial' });
  const line = readHotline('women-girls-line');
  // What a rebuild with the line's number changed (116 117 to 116 118) would write.
  const bump = (digits: string) => digits.replace(/\d$/, (last) => String((Number(last) + 1) % 10));
  const changed = { number: bump(line.number), tel: bump(line.tel) };
  const serverPort = Number(process.env.TEST_PORT ?? 4399) + 7;
  const proxyPort = Number(process.env.TEST_PORT ?? 4399) + 9;
  const origin = `http://127.0.0.1:${proxyPort}`;
  const help = `${origin}${getPath('help', 'sq')}`;
  let first: string;
  let second: string;
  let site: string;
  let server: ChildProcess;
  let proxy: Server;
  let delayMs = 0;
  /** Called when the proxy has sent a page in full. */
  let onPageSent: (path: string) => void = () => {};

  const serve = (build: string) => cpSync(build, site, { recursive: true });

  test.beforeAll(async () => {
    // Two copies of the site and a worker build: slow on a busy machine.
    test.setTimeout(120_000);
    first = mkdtempSync(join(tmpdir(), 'shenjat-first-'));
    second = mkdtempSync(join(tmpdir(), 'shenjat-second-'));
    site = mkdtempSync(join(tmpdir(), 'shenjat-site-'));
    cpSync('dist', first, { recursive: true });
    cpSync('dist', second, { recursive: true });
    // The second build: the number changed on every page (the hotline bar is on all), and the
    // worker the build writes for those pages.
    for (const file of readdirSync(second, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
      const path = join(second, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(line.number, changed.number).replaceAll(`tel:${line.tel}`, `tel:${changed.tel}`));
    }
    const worker = spawnSync(process.execPath, ['build/service-worker.ts', '--dir', second], { encoding: 'utf8' });
    expect(worker.status, worker.stderr).toBe(0);
    expect(readFileSync(join(second, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(first, 'sw.js'), 'utf8'));
    serve(first);

    server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(serverPort), '--dir', site], { stdio: 'ignore' });
    for (let tries = 0; tries < 50; tries += 1) {
      if (await fetch(`http://127.0.0.1:${serverPort}/`).then((response) => response.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    proxy = createServer(async (request, response) => {
      const path = (request.url ?? '/').split('?')[0]!;
      if (path.endsWith('/')) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        const upstream = await fetch(`http://127.0.0.1:${serverPort}${request.url}`, { headers: { 'accept-encoding': 'identity' } });
        const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)));
        response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()), () => onPageSent(path));
      } catch {
        response.writeHead(502).end();
      }
    });
    await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    server?.kill();
    if (proxy) await new Promise<void>((resolve) => proxy.close(() => resolve()));
    for (const dir of [first, second, site]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  test.beforeEach(async ({ page }) => {
    delayMs = 0;
    serve(first);
    await page.goto(help);
    await waitForOfflineReady(page);
    await expect(callLink(page.getByRole('main'), line.tel).first()).toBeVisible();
  });

  test('reaches a returning visitor who is online on the next page view, though the old page is stored', async ({ page }) => {
    serve(second);
    await page.goto(help);
    const main = page.getByRole('main');
    await expect(callLink(main, changed.tel).first()).toBeVisible();
    await expect(callLink(main, line.tel)).toHaveCount(0);
    // Another core page, in the hotline bar.
    await page.goto(`${origin}/`);
    await expect(callLink(page.getByRole('complementary', { name: sq('hotlineBar.label') }), changed.tel)).toBeVisible();
  });

  test('on a slow connection, reaches them within one view: the fresh copy, not the older core copy', async ({ page }) => {
    test.slow();
    serve(second);
    delayMs = 4500;
    const sent = new Promise<void>((resolve) => {
      onPageSent = (path) => path === getPath('help', 'sq') && resolve();
    });
    // The first view may show the stored page while the new one is on its way…
    await page.goto(help, { timeout: 20_000 });
    await expect(callLinks(page.getByRole('main')).first()).toBeVisible();
    await sent;
    // A moment of reading, in which the worker keeps the page that came late.
    await page.waitForTimeout(1000);
    // …the next one shows the new number, though the network is still slow.
    await page.goto(help, { timeout: 20_000 });
    const main = page.getByRole('main');
    await expect(callLink(main, changed.tel).first()).toBeVisible();
    await expect(callLink(main, line.tel)).toHaveCount(0);
    // With no network at all, the stored copy is the new one too.
    await page.context().setOffline(true);
    await page.goto(help);
    await expect(callLink(page.getByRole('main'), changed.tel).first()).toBeVisible();
  });
});

test.describe('on slow data', () => {
  // A proxy in front of the test server that holds pages back, as a slow connection does.
  const port = Number(process.env.TEST_PORT ?? 4399) + 8;
  const origin = `http://127.0.0.1:${port}`;
  let delayMs = 0;
  let proxy: Server;

  const upstreamOrigin = `http://127.0.0.1:${process.env.TEST_PORT ?? 4399}`;

  test.beforeAll(async () => {
    proxy = createServer(async (request, response) => {
      const isPage = (request.url ?? '/').split('?')[0]!.endsWith('/');
      if (isPage) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const upstream = await fetch(`${upstreamOrigin}${request.url}`, { headers: { 'accept-encoding': 'identity' } });
      const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)));
      response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  test('a page never stored arrives late rather than showing "no internet"; a stored page does not wait, and no search words are stored', async ({ page }) => {
    test.slow();
    delayMs = 0;
    await page.goto(`${origin}/`);
    await waitForOfflineReady(page);
    await page.goto(`${origin}${getPath('search', 'sq')}?q=puna+jashte`);

    delayMs = 4500;
    await page.goto(`${origin}${getPath('stories', 'sq')}`, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(sq('offline.title'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(readPageTitle('stories', 'sq'));

    const started = Date.now();
    await page.goto(`${origin}${getPath('help', 'sq')}`, { timeout: 20_000 });
    await expect(callLinks(page.getByRole('main')).first()).toBeVisible();
    expect(Date.now() - started, 'the stored help page is shown without waiting for the slow network').toBeLessThan(4500);

    const stored = await cachedUrls(page);
    expect(stored).toContain(getPath('stories', 'sq'));
    expect(stored.filter((url) => url.includes('?'))).toEqual([]);
  });
});
