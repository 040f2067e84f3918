/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1 with brotli as a CDN would, and
 * measures each page type in headless Chromium from a cold cache under two emulated mobile
 * profiles: compressed bytes by type, request count, FCP and LCP (median of three runs).
 * Prints a table, writes bench-results/bench.json, and reports each budget as met or not.
 * A measurement, not a test: it never fails the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium, type CDPSession } from '@playwright/test';
import { barePage } from './lib/bare-page.ts';
import { budgets, lcpOverBareTextFactor } from './lib/budgets.ts';
import { chromiumArgs, findBrowser } from './lib/find-browser.ts';
import { median } from './lib/median.ts';
import { getPageKind } from './lib/page-kind.ts';

// PORT picks another port when 4398 is taken (e.g. by another checkout's benchmark).
const port = Number(process.env.PORT ?? 4398);
const origin = `http://127.0.0.1:${port}`;
const runs = 3;

const firstSlug = (folder: string) => {
  try {
    return readdirSync(`content/${folder}/sq`).sort()[0]?.replace(/\.md$/, '');
  } catch {
    return undefined;
  }
};
const firstGuidance = firstSlug('guidance');
const firstGuide = firstSlug('guides');
const pageTypes = [
  { type: 'home', path: '/' },
  ...(firstGuidance ? [{ type: 'article', path: `/shenjat/${firstGuidance}/` }] : []),
  { type: 'help', path: '/ndihme/' },
  { type: 'services', path: '/ndihme/sherbimet/' },
  { type: 'self-check', path: '/vetekontroll/situata-ime/' },
  ...(firstGuide ? [{ type: 'guide', path: `/udhezues/${firstGuide}/` }] : []),
  { type: 'search', path: '/kerko/' },
].map((pageType) => ({ ...pageType, kind: getPageKind(pageType.path) }));

/** Where the baseline goes for the run: the article's words as bare HTML (removed afterwards). */
const barePath = '/bench-bare-text/';
const bareRuns = 5;

/** Emulated networks (Chrome DevTools Protocol units: bytes per second, milliseconds). */
const profiles = {
  mobile: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 },
  '3g': { latency: 300, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8, cpu: 4 },
} as const;

interface Sample {
  /** Compressed bytes received by resource kind, response headers included. */
  bytes: Record<string, number>;
  /** The response headers' share of `bytes` (mostly the CSP, repeated on every response). */
  headerBytes: Record<string, number>;
  requests: number;
  fcp: number;
  lcp: number;
}

function resourceKind(mime: string): string {
  if (mime.includes('html')) return 'html';
  if (mime.includes('css')) return 'css';
  if (mime.includes('javascript')) return 'js';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('font/')) return 'font';
  return 'other';
}

/**
 * A phone-sized page in a fresh browser with a cold cache, under a profile's network and CPU.
 * No service worker: its download of the offline core would compete with what is measured.
 */
async function openThrottledPage(profile: (typeof profiles)[keyof typeof profiles]) {
  const browser = await chromium.launch({ ...(findBrowser() ? { executablePath: findBrowser()! } : {}), args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { browser, page, cdp };
}

async function measure(path: string, profile: (typeof profiles)[keyof typeof profiles]): Promise<Sample> {
  const { browser, page, cdp } = await openThrottledPage(profile);
  const kinds = new Map<string, string>();
  const headerSizes = new Map<string, number>();
  const finished: Array<{ id: string; total: number }> = [];
  cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, resourceKind(event.response.mimeType)));
  cdp.on('Network.responseReceivedExtraInfo', (event) => headerSizes.set(event.requestId, event.headersText?.length ?? 0));
  cdp.on('Network.loadingFinished', (event) => finished.push({ id: event.requestId, total: event.encodedDataLength }));
  await page.addInitScript(() => {
    const marks = { fcp: 0, lcp: 0 };
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const marks = await page.evaluate(() => (window as unknown as { __marks: { fcp: number; lcp: number } }).__marks);
  await browser.close();
  const bytes: Record<string, number> = {};
  const headerBytes: Record<string, number> = {};
  for (const { id, total } of finished) {
    const kind = kinds.get(id) ?? 'other';
    bytes[kind] = (bytes[kind] ?? 0) + total;
    headerBytes[kind] = (headerBytes[kind] ?? 0) + (headerSizes.get(id) ?? 0);
  }
  return { bytes, headerBytes, requests: finished.length, fcp: marks.fcp, lcp: marks.lcp };
}

/**
 * The search's own cost: Pagefind bytes a first query fetches (runtime, wasm, index chunks,
 * result fragments) in the mobile profile, and the time of the same query once warm.
 */
async function measureSearch(query: string): Promise<{ firstQueryBytes: number; firstQueryMs: number; warmQueryMs: number }> {
  const { browser, page } = await openThrottledPage(profiles.mobile);
  // Playwright's request events include Pagefind's web worker, which a page CDP session misses.
  const sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  await page.goto(`${origin}/kerko/`, { waitUntil: 'load' });
  const started = Date.now();
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForSelector('[data-search-results] li a');
  const firstQueryMs = Date.now() - started;
  const firstQueryBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  const warmQueryMs = await page.evaluate(async (text) => {
    const runtime = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ runtime)) as { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> };
    const start = performance.now();
    const { results } = await pagefind.search(text);
    // The search page draws ten results at first.
    await Promise.all(results.slice(0, 10).map((result) => result.data()));
    return performance.now() - start;
  }, query);
  await browser.close();
  return { firstQueryBytes, firstQueryMs, warmQueryMs };
}

/**
 * The article against its bare-text baseline, measured in turns (article, bare, article, …) so
 * that a busy moment of the machine weighs on both alike.
 */
async function compareWithBare(articlePath: string, profile: (typeof profiles)[keyof typeof profiles]) {
  const article: Sample[] = [];
  const bare: Sample[] = [];
  for (let run = 0; run < bareRuns; run += 1) {
    article.push(await measure(articlePath, profile));
    bare.push(await measure(barePath, profile));
  }
  const total = (sample: Sample) => Object.values(sample.bytes).reduce((sum, n) => sum + n, 0);
  return {
    articleLcpMs: Math.round(median(article.map((sample) => sample.lcp))),
    bareLcpMs: Math.round(median(bare.map((sample) => sample.lcp))),
    articleBytes: median(article.map(total)),
    bareBytes: median(bare.map(total)),
  };
}

if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
if (firstGuidance) {
  mkdirSync(`dist${barePath}`, { recursive: true });
  writeFileSync(`dist${barePath}index.html`, barePage(readFileSync(`dist/shenjat/${firstGuidance}/index.html`, 'utf8')));
}
const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 700));

const results: Array<Record<string, unknown>> = [];
const searchSamples: Array<Awaited<ReturnType<typeof measureSearch>>> = [];
const bareComparisons: Array<{ profile: string } & Awaited<ReturnType<typeof compareWithBare>>> = [];
try {
  for (let run = 0; run < runs; run += 1) searchSamples.push(await measureSearch('ndihme'));
  for (const { type, path, kind } of pageTypes) {
    for (const [name, profile] of Object.entries(profiles)) {
      const samples: Sample[] = [];
      for (let run = 0; run < runs; run += 1) samples.push(await measure(path, profile));
      const kinds = [...new Set(samples.flatMap((sample) => Object.keys(sample.bytes)))];
      const bytes = Object.fromEntries(kinds.map((k) => [k, median(samples.map((sample) => sample.bytes[k] ?? 0))]));
      const headerBytes = Object.fromEntries(kinds.map((k) => [k, median(samples.map((sample) => sample.headerBytes[k] ?? 0))]));
      results.push({
        type, path, kind, profile: name, bytes, headerBytes,
        requests: median(samples.map((sample) => sample.requests)),
        fcpMs: Math.round(median(samples.map((sample) => sample.fcp))),
        lcpMs: Math.round(median(samples.map((sample) => sample.lcp))),
      });
    }
  }
  if (firstGuidance) {
    for (const [name, profile] of Object.entries(profiles)) bareComparisons.push({ profile: name, ...(await compareWithBare(`/shenjat/${firstGuidance}/`, profile)) });
  }
} finally {
  server.kill();
  rmSync(`dist${barePath}`, { recursive: true, force: true });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBytes as received, compressed, response headers included (their share in "of which headers").');
console.log('page type   profile  html      css      js        other    of which headers  requests  FCP      LCP');
for (const r of results) {
  const b = r['bytes'] as Record<string, number>;
  const headers = Object.values(r['headerBytes'] as Record<string, number>).reduce((sum, n) => sum + n, 0);
  console.log(
    [String(r['type']).padEnd(11), String(r['profile']).padEnd(8), kb(b['html'] ?? 0).padEnd(9), kb(b['css'] ?? 0).padEnd(8), kb(b['js'] ?? 0).padEnd(9),
      kb((b['image'] ?? 0) + (b['font'] ?? 0) + (b['other'] ?? 0)).padEnd(8), kb(headers).padEnd(17), String(r['requests']).padEnd(9), `${r['fcpMs']} ms`.padEnd(8), `${r['lcpMs']} ms`].join(' '),
  );
}

const search = {
  query: 'ndihme',
  firstQueryBytes: median(searchSamples.map((sample) => sample.firstQueryBytes)),
  firstQueryMs: Math.round(median(searchSamples.map((sample) => sample.firstQueryMs))),
  warmQueryMs: Math.round(median(searchSamples.map((sample) => sample.warmQueryMs)) * 10) / 10,
};
console.log(`\nSearch ("${search.query}", mobile profile): first query fetches ${kb(search.firstQueryBytes)} of Pagefind in ${search.firstQueryMs} ms; the same query warm takes ${search.warmQueryMs} ms`);

for (const c of bareComparisons) {
  console.log(`Article vs the same text as bare HTML (${c.profile}, medians of ${bareRuns} turns): LCP ${c.articleLcpMs} vs ${c.bareLcpMs} ms; ${kb(c.articleBytes)} vs ${kb(c.bareBytes)}`);
}

const mobile = results.filter((r) => r['profile'] === 'mobile');
const checks = [
  ...mobile.filter((r) => r['kind'] === 'content').flatMap((r) => {
    const b = r['bytes'] as Record<string, number>;
    return [
      { budget: `${r['type']}: HTML+CSS ≤ ${kb(budgets.contentCriticalBytes)}`, value: kb((b['html'] ?? 0) + (b['css'] ?? 0)), met: (b['html'] ?? 0) + (b['css'] ?? 0) <= budgets.contentCriticalBytes },
      { budget: `${r['type']}: no JavaScript file beyond the inline quick exit`, value: kb(b['js'] ?? 0), met: (b['js'] ?? 0) <= budgets.contentJsBytes },
    ];
  }),
  ...mobile.filter((r) => r['kind'] === 'self-check').map((r) => {
    // The script files themselves: their headers (the CSP, repeated on each) are not JavaScript,
    // and over HTTP/2 or 3, as every CDN serves, a repeated header costs a few bytes.
    const received = (r['bytes'] as Record<string, number>)['js'] ?? 0;
    const js = received - ((r['headerBytes'] as Record<string, number>)['js'] ?? 0);
    return { budget: `${r['type']}: JS ≤ ${kb(budgets.selfCheckJsBytes)} brotli (files; ${kb(received)} with headers)`, value: kb(js), met: js <= budgets.selfCheckJsBytes };
  }),
  ...mobile.map((r) => ({ budget: `${r['type']}: LCP ≤ ${budgets.lcpMs} ms (mobile)`, value: `${r['lcpMs']} ms`, met: Number(r['lcpMs']) <= budgets.lcpMs })),
  ...mobile.filter((r) => r['kind'] === 'content').map((r) => {
    const total = Object.values(r['bytes'] as Record<string, number>).reduce((sum, n) => sum + n, 0);
    return { budget: `${r['type']}: all bytes ≤ ${kb(budgets.pageBytes)} (a third of a docs theme's 44 KB)`, value: kb(total), met: total <= budgets.pageBytes };
  }),
  ...bareComparisons.map((c) => {
    const ratio = c.articleLcpMs / c.bareLcpMs;
    return { budget: `article: LCP within ${Math.round((lcpOverBareTextFactor - 1) * 100)} % of the same text as bare HTML (${c.profile})`, value: `${c.articleLcpMs} vs ${c.bareLcpMs} ms (×${ratio.toFixed(2)})`, met: ratio <= lcpOverBareTextFactor };
  }),
];
console.log('\nBudgets');
for (const check of checks) console.log(`  ${check.met ? 'met ' : 'OVER'}  ${check.budget}: ${check.value}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), runs, profiles, budgets, results, search, bareComparisons, checks }, null, 2));
console.log('\nWrote bench-results/bench.json');
