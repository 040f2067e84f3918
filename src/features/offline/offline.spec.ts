import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corePages } from '../../../build/precache.ts';
import { selfCheckRoutes } from '../self-check/self-checks.ts';
import { callLink, callLinks, expect, test } from '../../../tests/support/fixtures.ts';
import { getPath, locales, readHotline, readPageTitle, settings, uiText } from '../../../tests/support/site.ts';

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

/** Waits until the worker controls the page and has stored the core. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
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

test('after one visit, the core works with no data, and a page never opened shows the lines to call', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  for (const locale of locales) {
    for (const key of corePages) {
      await page.goto(getPath(key, locale));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const bar = page.getByRole('complementary', { name: uiText(locale)('hotlineBar.label') });
      await expect(callLinks(bar).first()).toBeVisible();
    }
  }
  for (const route of selfCheckRoutes) {
    await page.goto(getPath(route, 'sq'));
    await finishCheck(page);
    await expect(checkResult(page)).toBeVisible();
  }
  await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
  await expect(searchResults(page).first()).toBeVisible();
  await page.goto(`${getPath('search', 'en')}?q=help`);
  await expect(searchResults(page).first()).toHaveAttribute('href', /^\/en\//);

  // Every article of the signs, and the privacy page, in every language.
  for (const locale of locales) {
    await page.goto(getPath('signs', locale));
    const articles = await page.getByRole('main').getByRole('link').evaluateAll((links, hub) => [...new Set(links.map((link) => link.getAttribute('href') ?? '').filter((href) => href.startsWith(hub) && href !== hub))], getPath('signs', locale));
    expect(articles.length).toBeGreaterThan(3);
    for (const article of articles) {
      await page.goto(article);
      for (const title of offlineTitles) await expect(page.getByRole('heading', { level: 1 }), article).not.toHaveText(title);
    }
  }

  await page.goto(getPath('stories', 'sq'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sq('offline.title'));
  for (const line of confirmedPrimary) await expect(callLink(page, line.tel).first(), line.number).toBeVisible();
});

test('/admin/ is never stored, and is not in the search index', async ({ page }) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  await page.goto('/admin/');
  await page.goto(getPath('search', 'en'));
  expect((await cachedUrls(page)).filter((url) => url.startsWith('/admin'))).toEqual([]);
  const indexed = await page.evaluate(async () => {
    const runtime = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ runtime);
    const { results } = await pagefind.search('admin');
    return Promise.all(results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url));
  });
  expect(indexed.filter((url: string) => url.includes('/admin'))).toEqual([]);
});

test('"Remove this site\'s data" leaves no stored page and no worker', async ({ page }) => {
  await page.goto(getPath('help', 'en'));
  await waitForOfflineReady(page);
  await page.goto(getPath('privacy', 'en'));
  expect((await cachedUrls(page)).length).toBeGreaterThan(10);
  await page.getByRole('button', { name: en('removeData.button') }).click();
  // The page's own status line (the quick exit has its own, outside main).
  await expect(page.getByRole('main').getByRole('status')).toHaveText(en('removeData.done'));
  expect(await cachedUrls(page)).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test.describe('a changed hotline after a rebuild', () => {
  let site: string;
  let server: ChildProcess;
  const port = Number(process.env.TEST_PORT ?? 4399) + 7;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'shenjat-site-'));
    cpSync('dist', site, { recursive: true });
    server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--dir', site], { stdio: 'ignore' });
    for (let tries = 0; tries < 50; tries += 1) {
      if (await fetch(`http://127.0.0.1:${port}/`).then((response) => response.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  test.afterAll(() => {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  });

  test('reaches a visitor who is online, though the old page is stored', async ({ page }) => {
    const help = `http://127.0.0.1:${port}${getPath('help', 'sq')}`;
    const line = readHotline('women-girls-line');
    // What a rebuild with the line's number changed (116 117 to 116 118) would write.
    const bump = (digits: string) => digits.replace(/\d$/, (last) => String((Number(last) + 1) % 10));
    const changed = { number: bump(line.number), tel: bump(line.tel) };
    await page.goto(help);
    await waitForOfflineReady(page);
    const main = page.getByRole('main');
    await expect(callLink(main, line.tel).first()).toBeVisible();
    const file = join(site, 'ndihme', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(line.number, changed.number).replaceAll(`tel:${line.tel}`, `tel:${changed.tel}`));
    await page.goto(help);
    await expect(callLink(main, changed.tel).first()).toBeVisible();
    await expect(callLink(main, line.tel)).toHaveCount(0);
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
