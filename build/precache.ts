import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { locales, type Locale } from '../src/i18n/locales.ts';
import { getPath, type RouteKey } from '../src/i18n/routes.ts';
import { listJsImports } from './js-imports.ts';
import { selfCheckRoutes } from '../src/features/self-check/self-checks.ts';
import { clearSiteDataPath } from '../src/features/offline/remove-site-data.ts';

/** Pages a person must be able to open with no data after one visit (issue 6, PRODUCT.md). */
export const corePages = [
  'home',
  'help',
  'services',
  'abroad',
  'afterHelp',
  'selfChecks',
  ...selfCheckRoutes,
  'signs',
  'search',
  'privacy',
] satisfies readonly RouteKey[];

/** Hubs whose every article is stored too: the warning signs and your rights must work offline. */
export const coreSections = ['signs'] as const satisfies readonly RouteKey[];

/** The page shown for a page never visited while offline. */
export const offlinePage = '/offline/';

/** Search runtime files the site does not use (Pagefind's own UIs); no reason to store them. */
const unusedPagefind = /^pagefind\/(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js)$/;

/** What the worker stores: what every language shares, and each language's core. */
export interface Precache {
  /** The offline page and what it loads, the search runtime, the icon and the manifest. */
  shared: string[];
  /** Each language's core pages (its home page first), the files they load and its search index. */
  cores: Record<Locale, string[]>;
}

/**
 * What to store, from the files of the built site (paths relative to `dist/`, read with
 * `read`). Each language's core: the core pages and the signs' articles in that language, the
 * hashed assets those pages load (following the islands' imports, so a self-check works
 * offline, and nothing of the CMS's) and that language's search index. A person reads one
 * language: the other's core is stored only once they open a page in it.
 */
export function selectPrecache(files: readonly string[], read: (file: string) => string): Precache {
  const present = new Set(files);
  const required = [...locales.flatMap((locale) => corePages.map((key) => getPath(key, locale))), offlinePage];
  const missing = required.filter((path) => !present.has(toPageFile(path)));
  if (missing.length > 0) throw new Error(`Pages to precache are missing from the build: ${missing.join(', ')}`);

  const search = files.filter((file) => file.startsWith('pagefind/') && !unusedPagefind.test(file));
  const searchLocale = pagefindLocales(search, present.has('pagefind/pagefind-entry.json') ? read('pagefind/pagefind-entry.json') : undefined);
  const extras = ['favicon.svg', 'manifest.webmanifest'].filter((file) => present.has(file));
  const runtime = search.filter((file) => !searchLocale.has(file) && !/^pagefind\/wasm\./.test(file));
  const sharedFiles = [...reachableAssets([toPageFile(offlinePage)], read, present), ...runtime, ...extras];
  const shared = [offlinePage, ...sharedFiles.sort().map((file) => `/${file}`)];

  const cores = Object.fromEntries(
    locales.map((locale) => {
      const pages = [...corePages.map((key) => getPath(key, locale)), ...coreSections.flatMap((key) => listArticles(files, getPath(key, locale)))];
      const assets = reachableAssets(pages.map(toPageFile), read, present);
      const index = search.filter((file) => searchLocale.get(file)?.includes(locale));
      const own = [...assets, ...index].filter((file) => !shared.includes(`/${file}`)).sort();
      return [locale, [...pages, ...own.map((file) => `/${file}`)]];
    }),
  ) as Record<Locale, string[]>;
  return { shared, cores };
}

/** Every URL the worker may store, each once. */
export function listPrecache(precache: Precache): string[] {
  return [...new Set([...precache.shared, ...locales.flatMap((locale) => precache.cores[locale])])];
}

const toPageFile = (path: string) => `${path.slice(1)}index.html`;

/**
 * The languages of each language-specific Pagefind file: its index, fragments, filters and
 * metadata carry the language in their name (`sq_…`), and `pagefind-entry.json` says which
 * stemming module (`wasm.<name>.pagefind`) each language loads (`null`: the `unknown` one).
 * A stemming module no language loads gets no language and is left out.
 * @example pagefindLocales(['pagefind/index/sq_1.pf_index'], undefined).get('pagefind/index/sq_1.pf_index') // ['sq']
 */
function pagefindLocales(search: readonly string[], entryJson: string | undefined): Map<string, Locale[]> {
  const languages = entryJson ? ((JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string | null }> }).languages ?? {}) : {};
  const result = new Map<string, Locale[]>();
  for (const locale of locales) {
    const wasm = `pagefind/wasm.${languages[locale]?.wasm ?? 'unknown'}.pagefind`;
    const own = new RegExp(`^pagefind/((index|fragment|filter)/${locale}_|pagefind\\.${locale}_[^/]+\\.pf_meta$)`);
    for (const file of search) if (own.test(file) || file === wasm) result.set(file, [...(result.get(file) ?? []), locale]);
  }
  return result;
}

/**
 * The pages one level under a hub, from the built files.
 * @example listArticles(['shenjat/index.html', 'shenjat/mitet/index.html', 'shenjat/mitet/x.png'], '/shenjat/') // ['/shenjat/mitet/']
 */
function listArticles(files: readonly string[], hub: string): string[] {
  const pattern = new RegExp(`^${hub.slice(1)}[^/]+/index\\.html$`);
  return files.filter((file) => pattern.test(file)).map((file) => `/${file.slice(0, -'index.html'.length)}`);
}

/** Every `_astro/` file the pages name, and every module those files import, transitively. */
function reachableAssets(pageFiles: readonly string[], read: (file: string) => string, present: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const queue = pageFiles.flatMap((file) => [...read(file).matchAll(/\/(_astro\/[^"'\s)>]+)/g)].map((match) => match[1]!));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file) || !present.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    for (const target of listJsImports(read(file))) {
      queue.push(target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(file), target));
    }
  }
  return [...found];
}

/** A short fingerprint of the stored files: any change to them makes a new worker version. */
export function versionOf(files: ReadonlyArray<{ path: string; content: Uint8Array }>): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.content);
  return hash.digest('hex').slice(0, 12);
}

/** The worker's source with its version, lists, offline page and removal address written in. */
export function renderWorker(template: string, values: { version: string; precache: Precache }): string {
  const filled = template
    .replace("'__VERSION__'", JSON.stringify(values.version))
    .replace("['__SHARED__']", JSON.stringify(values.precache.shared))
    .replace("{ __CORES__: [''] }", JSON.stringify(values.precache.cores))
    .replace("'__OFFLINE_PAGE__'", JSON.stringify(offlinePage))
    .replace("'__CLEAR_SITE_DATA__'", JSON.stringify(clearSiteDataPath));
  if (filled.includes('__')) throw new Error('src/features/offline/worker.js has a placeholder the build does not fill');
  return filled;
}
