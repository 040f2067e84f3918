import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { getLocaleFromPath } from '../../src/i18n/routes.ts';
import { readTags, type HtmlTag } from './html-tags.ts';
import type { Settings } from '../../src/schemas/settings.ts';

/**
 * The one place the browser tests learn about the site: the URL contract comes from the
 * route table, the list of pages from the built sitemap, facts from content/.
 */
export { getAlternates, getEntryPath, getPath, getPosterPath, routes } from '../../src/i18n/routes.ts';
export { getLocaleFromPath };

/** The site settings, as editors wrote them. */
export const settings = yaml.load(readFileSync('content/settings/site.yaml', 'utf8')) as Settings;

/** Every public page of the built site, read from its sitemap (paths, not absolute URLs). */
export function listSitemapPaths(): string[] {
  const sitemaps = readdirSync('dist').filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = sitemaps.flatMap((name) =>
    [...readFileSync(`dist/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no page: run "npm run build" first.');
  return paths.sort();
}

/** The sitemap's pages plus the 404 page, which is public but never listed. */
export const notFoundPath = '/kjo-faqe-nuk-ekziston/';
export function listAllPages(): string[] {
  return [...listSitemapPaths(), notFoundPath];
}

/** The built site, as `npm run build` leaves it. */
export const distDir = 'dist';

/**
 * Every HTML page of the built site with the path a visitor asks for
 * (`dist/en/help/index.html` → `/en/help/`); `404.html` answers any missing path.
 */
export function listBuiltPages(): Array<{ path: string; file: string }> {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  if (files.length === 0) throw new Error('dist/ holds no page: run "npm run build" first.');
  return files
    .map((file) => {
      const name = relative(distDir, file).split('\\').join('/');
      return { path: name === '404.html' ? notFoundPath : `/${name.replace(/(^|\/)index\.html$/, '$1')}`, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a static host serves for a path, as `npm run serve` does, or undefined when it
 * would answer 404 or redirect (a link should name the page exactly, trailing slash included).
 */
export function findBuiltFile(pathname: string): string | undefined {
  let file: string;
  try {
    file = join(distDir, decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
  if (!`${file}/`.startsWith(`${distDir}/`)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return pathname.endsWith('/') && existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
}

const builtTexts = new Map<string, string>();
const builtTags = new Map<string, HtmlTag[]>();

/** A built file's text, read once per test worker. */
export function readBuilt(file: string): string {
  if (!builtTexts.has(file)) builtTexts.set(file, readFileSync(file, 'utf8'));
  return builtTexts.get(file)!;
}

/** A built page's start tags (see `readTags`), parsed once per test worker. */
export function readBuiltTags(file: string): HtmlTag[] {
  if (!builtTags.has(file)) builtTags.set(file, readTags(readBuilt(file)));
  return builtTags.get(file)!;
}

/**
 * Whether a built page keeps out of search engines (`<meta name="robots" content="noindex">`):
 * the 404 and offline pages. Such pages have no alternates and are not in the sitemap.
 */
export function isNoindex(file: string): boolean {
  return readBuiltTags(file).some((tag) => tag.name === 'meta' && tag.attributes['name'] === 'robots' && /noindex/.test(tag.attributes['content'] ?? ''));
}

/** The origin the build wrote into absolute links (SITE_URL), read from the sitemap. */
export function getSiteOrigin(): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8'))?.[1];
  if (!loc) throw new Error('dist/sitemap-0.xml lists no page: run "npm run build" first.');
  return new URL(loc).origin;
}

/** The entries of a YAML collection of content/ (hotlines, services…), as editors wrote them. */
export function readContentYaml(collection: string): unknown[] {
  const dir = join('content', collection);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => yaml.load(readFileSync(join(dir, name), 'utf8')));
}

interface Fixtures {
  /**
   * Console errors and exceptions a spec expects, matched by one pattern and explained where
   * it is set (`test.use`). None for the site: every page must load without one.
   */
  expectedPageErrors: RegExp | undefined;
  /** Requests that tried to leave 127.0.0.1; each test ends by asserting there were none. */
  offsiteRequests: string[];
  /** Console errors, uncaught exceptions and CSP violations; each test ends asserting none. */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  expectedPageErrors: [undefined, { option: true }],
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => {
          offsite.push(route.request().url());
          return route.abort();
        },
      );
      await use(offsite);
      expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ page, expectedPageErrors }, use) => {
      const problems: string[] = [];
      const report = (text: string) => {
        if (!expectedPageErrors?.test(text)) problems.push(text);
      };
      await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
            `CSP blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective})`,
          );
        });
      });
      page.on('console', (message) => {
        // The 404 page's own status is expected; any other failed resource is a problem.
        const ownStatus = message.location().url === page.url() && /status of 404/.test(message.text());
        if (message.type() === 'error' && !ownStatus) report(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => report(`exception: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, exceptions and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves a blank neutral page for the quick-exit address, so no request leaves the machine. */
export async function stubQuickExitSite(page: import('@playwright/test').Page): Promise<void> {
  await page.route(settings.quickExitUrl + '**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>Neutral site</p>' }),
  );
}

/** WCAG 2.2 AA, written out so a reader sees what is checked. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG 2.2 AA violations axe finds on the page (or inside `selector`), as `rule: targets`. */
export async function findAxeViolations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The UI strings of a language as editors wrote them (`content/ui/<locale>.json`), by dotted key. */
export function uiText(locale: string): (key: string) => string {
  const dictionary = JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf8')) as unknown;
  return (key) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
    if (typeof text !== 'string') throw new Error(`content/ui/${locale}.json has no "${key}"`);
    return text;
  };
}
