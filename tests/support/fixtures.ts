import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { settings } from './site.ts';

/**
 * Playwright's `test` with the checks every page of the site must pass, which each spec that
 * opens pages turns on at its top, where a reader sees them:
 *
 *   // After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
 *   test.use({ failOnOffsiteRequest: true, failOnPageError: true });
 *
 * A spec that opens a page without saying either way fails at once, so no spec can lose the
 * checks by forgetting them. What the URL contract and content say is in `site.ts`.
 */
interface PageChecks {
  /**
   * Fail the test if any request tried to leave 127.0.0.1 (PRODUCT.md: no third-party request
   * of any kind). Such requests are aborted either way. `undefined` until a spec decides.
   */
  failOnOffsiteRequest: boolean | undefined;
  /**
   * Fail the test on any console error, uncaught exception or Content-Security-Policy
   * violation on its page. `undefined` until a spec decides.
   */
  failOnPageError: boolean | undefined;
  /**
   * Page errors a spec expects, matched by one pattern and explained where it is set
   * (`test.use`). None for the site: every page must load without one.
   */
  expectedPageErrors: RegExp | undefined;
}

interface Recorded {
  /** The requests of this test that tried to leave 127.0.0.1, for a test to assert itself. */
  offsiteRequests: string[];
  /** This test's console errors, exceptions and CSP violations, for a test to assert itself. */
  pageErrors: string[];
}

const offsiteOf = new WeakMap<BrowserContext, string[]>();
const errorsOf = new WeakMap<Page, string[]>();

export const test = base.extend<PageChecks & Recorded>({
  failOnOffsiteRequest: [undefined, { option: true }],
  failOnPageError: [undefined, { option: true }],
  expectedPageErrors: [undefined, { option: true }],

  context: async ({ context, failOnOffsiteRequest, failOnPageError }, use, testInfo) => {
    if (failOnOffsiteRequest === undefined || failOnPageError === undefined) {
      throw new Error(
        `${testInfo.file} opens a page without saying which checks it makes: add test.use({ failOnOffsiteRequest: true, failOnPageError: true }) at its top (tests/support/fixtures.ts).`,
      );
    }
    const offsite: string[] = [];
    offsiteOf.set(context, offsite);
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    await use(context);
    if (failOnOffsiteRequest) expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
  },

  page: async ({ page, failOnPageError, expectedPageErrors }, use) => {
    const errors: string[] = [];
    errorsOf.set(page, errors);
    const report = (text: string) => {
      if (!expectedPageErrors?.test(text)) errors.push(text);
    };
    await page.exposeFunction('reportCspViolation', (text: string) => errors.push(text));
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
    await use(page);
    if (failOnPageError) expect(errors, 'console errors, exceptions and CSP violations').toEqual([]);
  },

  offsiteRequests: async ({ context }, use) => {
    await use(offsiteOf.get(context)!);
  },

  pageErrors: async ({ page }, use) => {
    await use(errorsOf.get(page)!);
  },
});

export { expect };

/**
 * The links that call a number. A call link is known by its `tel:` address: no role or name
 * tells it from another link, and the address is what one tap dials (PRODUCT.md).
 */
export function callLinks(scope: Page | Locator): Locator {
  return scope.locator('a[href^="tel:"]');
}

/** The link that calls one number (E.164 or a short code, as in content/). */
export function callLink(scope: Page | Locator, tel: string): Locator {
  return scope.locator(`a[href="tel:${tel}"]`);
}

/**
 * The sticky quick-exit bar as a whole, to measure what it covers: its box, padding included,
 * lies over the page, and it has no role of its own (its link has: "Dil shpejt"), so its class
 * finds it.
 */
export function quickExitBar(page: Page): Locator {
  return page.locator('.quick-exit');
}

/** Serves a blank neutral page for the quick-exit address of every language, so no request leaves the machine. */
export async function stubQuickExitSite(page: Page): Promise<void> {
  for (const url of new Set(Object.values(settings.quickExitUrl))) {
    await page.route(url + '**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Neutral</title><p>Neutral site</p>' }));
  }
}

/** WCAG 2.2 AA, written out so a reader sees what is checked. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA violations axe finds on the page (or inside `selector`), as `rule: targets`.
 * `onPaper`: the page as printed, where target size (2.5.8) does not apply: paper has no pointer.
 */
export async function findAxeViolations(page: Page, selector?: string, { onPaper = false } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags).disableRules(onPaper ? ['target-size'] : []);
  const results = await (selector ? builder.include(selector) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
