import { localeNames } from '../../src/i18n/locales.ts';
import { expect, test } from '../support/fixtures.ts';
import { getAlternates, getLocaleFromPath, uiText, listSitemapPaths, locales, type Locale } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

for (const path of listSitemapPaths()) {
  test(`the language switcher on ${path} keeps the page in every language, and hreflang links pair up`, async ({ page }) => {
    await page.goto(path);
    const alternates = getAlternates(path);
    for (const [locale, href] of Object.entries(alternates)) {
      // Alternates are for search engines, in the head: found by their attributes.
      await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`${href}$`));
    }
    const others = (Object.entries(alternates) as Array<[Locale, string]>).filter(([, href]) => href !== path);
    if (others.length !== locales.length - 1) throw new Error(`${path} is not paired with every language in the route table`);
    // Every other language, each from this page: the switcher keeps the page in all of them.
    for (const [index, [locale, href]] of others.entries()) {
      if (index > 0) await page.goto(path);
      const switcher = page.getByRole('navigation', { name: uiText(getLocaleFromPath(path))('languageSwitcher.label') });
      await switcher.getByRole('link', { name: localeNames[locale] }).click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      // The language a screen reader speaks the page in; no role carries it.
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
  });
}
