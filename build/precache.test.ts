import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { corePages, listPrecache, offlinePage, renderWorker, selectPrecache, versionOf } from './precache.ts';
import { clearSiteDataPath } from '../src/features/offline/remove-site-data.ts';
import { getPath } from '../src/i18n/routes.ts';
import { locales } from '../src/i18n/locales.ts';

const pageFiles = [...locales.flatMap((locale) => corePages.map((key) => `${getPath(key, locale).slice(1)}index.html`)), 'offline/index.html'];
const built = [
  ...pageFiles,
  'histori/index.html',
  'histori/nje-histori/index.html',
  'shenjat/te-drejtat-e-tua/index.html',
  'en/signs/your-rights/index.html',
  'en/signs/your-rights/deeper/index.html',
  'admin/index.html',
  'admin/config.yml',
  '_astro/SelfCheck.abc123.js',
  '_astro/client.def456.js',
  '_astro/react.aaa.js',
  '_astro/cms.bbb.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/index/sq_1.pf_index',
  'pagefind/fragment/sq_3.pf_fragment',
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/pagefind.en_4.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/wasm.de.pagefind',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.css',
  'favicon.svg',
  'sw.js',
];

/** The pages load the self-check island, which imports React; only /admin/ loads the CMS script. */
function read(file: string): string {
  if (file === 'pagefind/pagefind-entry.json') return JSON.stringify({ languages: { en: { wasm: 'en' }, sq: { wasm: null } } });
  if (file === 'offline/index.html') return '<h1>No internet</h1>';
  if (file === 'admin/index.html') return '<script src="/_astro/cms.bbb.js"></script>';
  if (file.endsWith('.html')) return '<astro-island component-url="/_astro/SelfCheck.abc123.js" renderer-url="/_astro/client.def456.js"></astro-island>';
  if (file === '_astro/SelfCheck.abc123.js') return 'import{j as e}from"./react.aaa.js";';
  return '';
}

describe('selectPrecache', () => {
  const precache = selectPrecache(built, read);
  const all = listPrecache(precache);

  test("each language's core starts with its home page (the worker's mark that the core is stored)", () => {
    expect(precache.cores.sq[0]).toBe('/');
    expect(precache.cores.en[0]).toBe('/en/');
  });

  test("each language's core holds its own core pages and search index, and none of the other language's", () => {
    expect(precache.cores.sq).toEqual(expect.arrayContaining(['/ndihme/', '/kerko/', '/pagefind/index/sq_1.pf_index', '/pagefind/fragment/sq_3.pf_fragment']));
    expect(precache.cores.en).toEqual(expect.arrayContaining(['/en/self-check/my-situation/', '/pagefind/fragment/en_2.pf_fragment', '/pagefind/pagefind.en_4.pf_meta']));
    expect(precache.cores.sq.filter((url) => url.startsWith('/en/') || /\/en_/.test(url))).toEqual([]);
    expect(precache.cores.en.filter((url) => /\/sq_/.test(url) || (!url.startsWith('/en/') && url.endsWith('/')))).toEqual([]);
  });

  test('each language gets the stemming module Pagefind loads for it; one no language loads is left out', () => {
    expect(precache.cores.en).toContain('/pagefind/wasm.en.pagefind');
    expect(precache.cores.sq).toContain('/pagefind/wasm.unknown.pagefind');
    expect(precache.cores.sq).not.toContain('/pagefind/wasm.en.pagefind');
    expect(all).not.toContain('/pagefind/wasm.de.pagefind');
  });

  test('what every language needs is stored once, at install: the offline page and the search runtime', () => {
    expect(precache.shared).toEqual(expect.arrayContaining([offlinePage, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg']));
    expect(precache.cores.sq.filter((url) => precache.shared.includes(url))).toEqual([]);
  });

  test('stores every article of the signs, in both languages, and only one level under the hub', () => {
    expect(all).toEqual(expect.arrayContaining(['/shenjat/te-drejtat-e-tua/', '/en/signs/your-rights/']));
    expect(all).not.toContain('/en/signs/your-rights/deeper/');
    expect(all).not.toContain('/histori/nje-histori/');
  });

  test('stores the scripts the pages load with their imports, not the unused search UIs', () => {
    expect(precache.cores.sq).toEqual(expect.arrayContaining(['/_astro/SelfCheck.abc123.js', '/_astro/client.def456.js', '/_astro/react.aaa.js']));
    expect(all).not.toContain('/pagefind/pagefind-ui.js');
    expect(all).not.toContain('/pagefind/pagefind-component-ui.css');
  });

  test('never stores the CMS (nor its script), the worker itself or pages outside the core', () => {
    expect(all.filter((url) => url.startsWith('/admin'))).toEqual([]);
    expect(all).not.toContain('/_astro/cms.bbb.js');
    expect(all).not.toContain('/sw.js');
    expect(all).not.toContain('/histori/');
    expect(all).not.toContain(clearSiteDataPath);
  });

  test('a core page missing from the build fails it, naming the page', () => {
    expect(() => selectPrecache(built.filter((file) => file !== 'ndihme/index.html'), read)).toThrow('/ndihme/');
  });
});

describe('versionOf', () => {
  const files = [{ path: '/ndihme/', content: new TextEncoder().encode('129') }];
  test('is the same for the same files and changes when one byte changes', () => {
    expect(versionOf(files)).toBe(versionOf(files));
    expect(versionOf([{ path: '/ndihme/', content: new TextEncoder().encode('128') }])).not.toBe(versionOf(files));
  });
});

describe('renderWorker', () => {
  const template = readFileSync('src/features/offline/worker.js', 'utf8');
  const precache = { shared: ['/offline/'], cores: { sq: ['/', '/ndihme/'], en: ['/en/'] } };
  test('fills the version, the lists, the offline page and the removal address into the real worker', () => {
    const worker = renderWorker(template, { version: 'abc', precache });
    expect(worker).toContain(`const VERSION = "abc";`);
    expect(worker).toContain(`const SHARED = ["/offline/"];`);
    expect(worker).toContain(`const CORES = {"sq":["/","/ndihme/"],"en":["/en/"]};`);
    expect(worker).toContain(`const OFFLINE_PAGE = "${offlinePage}";`);
    expect(worker).toContain(`const CLEAR_SITE_DATA = "${clearSiteDataPath}";`);
  });
  test('refuses a template with a placeholder it does not know', () => {
    expect(() => renderWorker(`${template}\nconst X = '__OTHER__';`, { version: 'a', precache })).toThrow(/placeholder/);
  });
});
