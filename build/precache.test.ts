import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { corePages, offlinePage, renderWorker, selectPrecache, versionOf } from './precache.ts';
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
  'pagefind/fragment/en_2.pf_fragment',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.css',
  'favicon.svg',
  'sw.js',
];

/** The pages load the self-check island, which imports React; only /admin/ loads the CMS script. */
function read(file: string): string {
  if (file === 'admin/index.html') return '<script src="/_astro/cms.bbb.js"></script>';
  if (file.endsWith('.html')) return '<astro-island component-url="/_astro/SelfCheck.abc123.js" renderer-url="/_astro/client.def456.js"></astro-island>';
  if (file === '_astro/SelfCheck.abc123.js') return 'import{j as e}from"./react.aaa.js";';
  return '';
}

describe('selectPrecache', () => {
  const precache = selectPrecache(built, read);

  test('stores the core pages in both languages and the offline page', () => {
    expect(precache).toContain('/');
    expect(precache).toContain('/en/self-check/my-situation/');
    expect(precache).toContain('/kerko/');
    expect(precache).toContain(offlinePage);
  });

  test('stores every article of the signs, in both languages, and only one level under the hub', () => {
    expect(precache).toEqual(expect.arrayContaining(['/shenjat/te-drejtat-e-tua/', '/en/signs/your-rights/']));
    expect(precache).not.toContain('/en/signs/your-rights/deeper/');
    expect(precache).not.toContain('/histori/nje-histori/');
  });

  test('stores the scripts the pages load with their imports, and the search index, not the unused search UIs', () => {
    expect(precache).toEqual(expect.arrayContaining(['/_astro/SelfCheck.abc123.js', '/_astro/client.def456.js', '/_astro/react.aaa.js', '/pagefind/pagefind.js', '/pagefind/index/sq_1.pf_index', '/pagefind/fragment/en_2.pf_fragment']));
    expect(precache).not.toContain('/pagefind/pagefind-ui.js');
    expect(precache).not.toContain('/pagefind/pagefind-component-ui.css');
  });

  test('never stores the CMS (nor its script), the worker itself or pages outside the core', () => {
    expect(precache.filter((url) => url.startsWith('/admin'))).toEqual([]);
    expect(precache).not.toContain('/_astro/cms.bbb.js');
    expect(precache).not.toContain('/sw.js');
    expect(precache).not.toContain('/histori/');
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
  test('fills the version, the list and the offline page into the real worker', () => {
    const worker = renderWorker(template, { version: 'abc', precache: ['/', '/ndihme/'] });
    expect(worker).toContain(`const VERSION = "abc";`);
    expect(worker).toContain(`const PRECACHE = ["/","/ndihme/"];`);
    expect(worker).toContain(`const OFFLINE_PAGE = "${offlinePage}";`);
  });
  test('refuses a template with a placeholder it does not know', () => {
    expect(() => renderWorker(`${template}\nconst X = '__OTHER__';`, { version: 'a', precache: [] })).toThrow(/placeholder/);
  });
});
