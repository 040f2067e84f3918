import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { locales } from '../src/i18n/locales.ts';
import { getPath, type RouteKey } from '../src/i18n/routes.ts';
import { listJsImports } from './js-imports.ts';
import { selfCheckRoutes } from '../src/features/self-check/self-checks.ts';

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

/**
 * The URLs to store at install, from the files of the built site (paths relative to
 * `dist/`, read with `read`): the core pages in every language, the offline page, the
 * hashed assets those pages load (following the islands' imports, so a self-check works
 * offline, and nothing of the CMS's), and the search runtime and index of every language.
 */
export function selectPrecache(files: readonly string[], read: (file: string) => string): string[] {
  const required = [...locales.flatMap((locale) => corePages.map((key) => getPath(key, locale))), offlinePage];
  const present = new Set(files);
  const missing = required.filter((path) => !present.has(`${path.slice(1)}index.html`));
  if (missing.length > 0) throw new Error(`Pages to precache are missing from the build: ${missing.join(', ')}`);
  const articles = locales.flatMap((locale) => coreSections.flatMap((key) => listArticles(files, getPath(key, locale))));
  const pages = [...required, ...articles];
  const pageFiles = pages.map((path) => `${path.slice(1)}index.html`);
  const assets = reachableAssets(pageFiles, read, present);
  const search = files.filter((file) => file.startsWith('pagefind/') && !unusedPagefind.test(file));
  const extras = ['favicon.svg', 'manifest.webmanifest'].filter((file) => present.has(file));
  return [...pages, ...[...assets, ...search, ...extras].sort().map((file) => `/${file}`)];
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

/** The worker's source with its version, list and offline page written in. */
export function renderWorker(template: string, values: { version: string; precache: readonly string[] }): string {
  const filled = template
    .replace("'__VERSION__'", JSON.stringify(values.version))
    .replace("['__PRECACHE__']", JSON.stringify(values.precache))
    .replace("'__OFFLINE_PAGE__'", JSON.stringify(offlinePage));
  if (filled.includes('__')) throw new Error('src/features/offline/worker.js has a placeholder the build does not fill');
  return filled;
}
