import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corePages } from '../../src/lib/precache.ts';
import { expect, getPath, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker controls the page and has stored the core. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Every URL this site keeps in the browser's caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
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
  for (const route of ['jobOfferCheck', 'mySituationCheck', 'someoneElseCheck'] as const) {
    await page.goto(getPath(route, 'sq'));
    await finishCheck(page);
    await expect(page.locator('[data-result-level]')).toBeVisible();
  }
  await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  await page.goto(`${getPath('search', 'en')}?q=help`);
  await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', /^\/en\//);

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
    server = spawn(process.execPath, ['src/scripts/serve.ts', '--port', String(port), '--dir', site], { stdio: 'ignore' });
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
