import { expect, getAlternates, listSitemapPaths, test } from '../support/fixtures.ts';

for (const path of listSitemapPaths()) {
  test(`the language switcher on ${path} keeps the page, and hreflang links pair up`, async ({ page }) => {
    await page.goto(path);
    const alternates = getAlternates(path);
    for (const [locale, href] of Object.entries(alternates)) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`${href}$`));
    }
    const other = Object.entries(alternates).find(([, href]) => href !== path);
    if (!other) throw new Error(`${path} has no translation in the route table`);
    const [locale, href] = other;
    await page.locator(`nav a[hreflang="${locale}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}
