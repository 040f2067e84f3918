import { callLinks, expect, test } from '../support/fixtures.ts';
import { defaultLocale, uiText, locales, notFoundPath } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

test('a missing page answers 404 in every language, with the hotlines', async ({ page }) => {
  const response = await page.goto(notFoundPath);
  expect(response?.status()).toBe(404);
  // One page for every language: Albanian as its h1, each other language under its own h2.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(defaultLocale)('notFound.title'));
  for (const locale of locales.filter((other) => other !== defaultLocale)) {
    await expect(page.getByRole('heading', { level: 2, name: uiText(locale)('notFound.title') })).toBeVisible();
  }
  await expect(callLinks(page).first()).toBeVisible();
});
