import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corePages } from '../../../build/precache.ts';
import { selfCheckRoutes } from '../self-check/self-checks.ts';
import { expect, getPath, test } from '../../../tests/support/fixtures.ts';

test.use({ serviceWorkers: 'allow' });

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

async function finishCheck(page: Page) {
  for (let step = 0; step < 60; step += 1) {
    if ((await page.locator('[data-result-level]').count()) > 0) return;
    await page.locator('.self-check__question input[type="radio"]').nth(1).check();
    await page.getByRole('button', { name: /^(Vazhdo|Shiko rezultatin)$/ }).click();
  }
  throw new Error('the check never reached a result');
}

test('after one visit, the core works with no data, and a page never opened shows the lines to call', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  await waitForOfflineReady(page);
  await context.setOffline(true);

  for (const locale of ['sq', 'en'] as const) {
    for (const key of corePages) {
      await page.goto(getPath(key, locale));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.hotline-bar a[href^="tel:"]').first()).toBeVisible();
    }
  }
  for (const route of selfCheckRoutes) {
    await page.goto(getPath(route, 'sq'));
    await finishCheck(page);
    await expect(page.locator('[data-result-level]')).toBeVisible();
  }
  await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  await page.goto(`${getPath('search', 'en')}?q=help`);
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', /^\/en\//);

  // Every article of the signs, and the privacy page, in both languages.
  for (const locale of ['sq', 'en'] as const) {
    await page.goto(getPath('signs', locale));
    const articles = await page.locator('main a[href^="/"]').evaluateAll((links, hub) => [...new Set(links.map((link) => link.getAttribute('href') ?? '').filter((href) => href.startsWith(hub) && href !== hub))], getPath('signs', locale));
    expect(articles.length).toBeGreaterThan(3);
    for (const article of articles) {
      await page.goto(article);
      await expect(page.locator('h1'), article).not.toHaveText('Nuk ka internet tani');
      await expect(page.locator('h1'), article).not.toHaveText('No internet right now');
    }
  }

  await page.goto(getPath('stories', 'sq'));
  await expect(page.locator('h1')).toHaveText('Nuk ka internet tani');
  await expect(page.locator('a[href="tel:129"]').first()).toBeVisible();
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
  await page.getByRole('button', { name: "Remove this site's data" }).click();
  await expect(page.getByRole('status')).toContainText('Done.');
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
    await page.goto(help);
    await waitForOfflineReady(page);
    await expect(page.locator('main a[href="tel:116117"]').first()).toBeVisible();
    // What a rebuild with 116 117 changed to 116 118 would write.
    const file = join(site, 'ndihme', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('116 117', '116 118').replaceAll('tel:116117', 'tel:116118'));
    await page.goto(help);
    await expect(page.locator('main a[href="tel:116118"]').first()).toBeVisible();
    await expect(page.locator('main a[href="tel:116117"]')).toHaveCount(0);
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
    await expect(page.locator('h1')).not.toHaveText('Nuk ka internet tani');
    await expect(page.locator('h1')).toHaveText(/Histori/);

    const started = Date.now();
    await page.goto(`${origin}${getPath('help', 'sq')}`, { timeout: 20_000 });
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
    expect(Date.now() - started, 'the stored help page is shown without waiting for the slow network').toBeLessThan(4500);

    const stored = await cachedUrls(page);
    expect(stored).toContain(getPath('stories', 'sq'));
    expect(stored.filter((url) => url.includes('?'))).toEqual([]);
  });
});
