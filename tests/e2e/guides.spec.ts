import { readdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, getEntryPath, getPosterPath, test } from './fixtures.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const slugs = readdirSync('content/guides/sq').map((name) => name.replace(/\.md$/, ''));
const pages = slugs.flatMap((slug) => (['sq', 'en'] as Locale[]).map((locale) => ({ slug, locale })));

/** A4 pages in a PDF Chromium printed: one `/Type /Page` object per page. */
const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

test('there is a guide for each audience of the product', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(6);
});

for (const { slug, locale } of pages) {
  test.describe(`guide ${slug} (${locale})`, () => {
    test('in print: no quick exit, navigation or search; the address and a line to call stay; one or two A4 pages', async ({ page }) => {
      await page.goto(getEntryPath('guides', slug, locale));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.quick-exit')).toBeHidden();
      await expect(page.locator('.site-header__nav')).toBeHidden();
      await expect(page.locator('.hotline-bar')).toBeHidden();
      const footer = page.locator('.site-footer__print');
      await expect(footer).toBeVisible();
      await expect(footer).toContainText(new URL(getEntryPath('guides', slug, locale), 'http://x').pathname);
      await expect(footer).toContainText('129');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const sheets = countPdfPages(pdf);
      expect(sheets).toBeGreaterThanOrEqual(1);
      expect(sheets).toBeLessThanOrEqual(2);
    });

    test('the poster prints on one A4 sheet with the lines in large type, and its QR code opens the page it names', async ({ page }) => {
      await page.goto(getPosterPath(slug, locale));
      const code = page.locator('.poster__code');
      const expected = await code.getAttribute('data-qr');
      expect(expected).toMatch(/^https?:\/\/[^/]+\/(en\/)?[a-z/-]*$/);
      await expect(page.locator('.poster__url')).toHaveText(expected!);
      const image = PNG.sync.read(await code.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      expect(decoded?.data).toBe(expected);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.quick-exit')).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      const call = page.locator('.poster__lines a[href^="tel:"]').first();
      await expect(call).toBeVisible();
      expect(parseFloat(await call.evaluate((node) => getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(48);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    });
  });
}
