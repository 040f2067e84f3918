import { readdirSync, readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import yaml from 'js-yaml';
import { getLocaleFromPath } from '../../src/i18n/routes.ts';
import type { Settings } from '../../src/schemas/settings.ts';

/**
 * The one place the browser tests learn about the site: the URL contract comes from the
 * route table, the list of pages from the built sitemap, facts from content/.
 */
export { getAlternates, getEntryPath, getPath, routes } from '../../src/i18n/routes.ts';
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
