import { callLinks, expect, test } from '../support/fixtures.ts';
import { getLocaleFromPath, uiText, listAllPages, notFoundPath } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The quick exit, by its name in the page's language. */
const exitName = (path: string) => uiText(getLocaleFromPath(path))('quickExit.label');

/** Every public page carries the duties of the layout, on the smallest phone we support. */
for (const path of listAllPages()) {
  test.describe(`page ${path}`, () => {
    test.use({ viewport: { width: 320, height: 568 } });

    test('has one h1, on the first screen under the lines to call, the right lang, the quick exit in view, a tel: link and no sideways scroll', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === notFoundPath ? 404 : 200);

      // The page's language and its referrer policy are attributes, with no role to find them by.
      await expect(page.locator('html')).toHaveAttribute('lang', getLocaleFromPath(path));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 }), 'the page itself starts without scrolling').toBeInViewport();
      await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

      const exit = page.getByRole('link', { name: exitName(path) });
      await expect(exit).toBeInViewport({ ratio: 1 });

      expect(await callLinks(page).count()).toBeGreaterThanOrEqual(2);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'pixels of horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    });

    test('keeps the quick exit in view after scrolling down', async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const exit = page.getByRole('link', { name: exitName(path) });
      await expect(exit).toBeInViewport({ ratio: 1 });
    });
  });
}
