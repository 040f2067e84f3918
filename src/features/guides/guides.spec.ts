import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, getEntryPath, getPath, getPosterPath, test } from '../../../tests/support/fixtures.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { UiDictionary } from '../../i18n/ui.ts';
import type { Guide } from '../../schemas/guide.ts';

const slugs = readdirSync('content/guides/sq').map((name) => name.replace(/\.md$/, ''));
const pages = slugs.flatMap((slug) => (['sq', 'en'] as Locale[]).map((locale) => ({ slug, locale })));

const dictionaries = Object.fromEntries((['sq', 'en'] as const).map((locale) => [locale, JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf8')) as UiDictionary]));

/** Where a guide's poster sends the reader, as its editor set it (help unless said). */
const posterTarget = (slug: string) =>
  (yaml.load(readFileSync(`content/guides/sq/${slug}.md`, 'utf8').split(/^---$/m)[1] ?? '') as Partial<Guide>).posterTarget ?? 'help';

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
      // On paper a link is nothing: the services page is written out in full.
      await expect(page.locator('.print-only', { hasText: getPath('services', locale) }).first()).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const sheets = countPdfPages(pdf);
      expect(sheets).toBeGreaterThanOrEqual(1);
      expect(sheets).toBeLessThanOrEqual(2);
    });

    test('printed from a phone in dark mode, the text is still dark on white paper', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(getEntryPath('guides', slug, locale));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      // Every element with text of its own: the summary, dates and notes, not only the body.
      const light = await page.locator('main, .site-header, .site-footer__print').evaluateAll((roots) => {
        const luminance = (color: string) => {
          const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        return roots.flatMap((root) => [root, ...root.querySelectorAll('*')])
          .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim()))
          .filter((node) => getComputedStyle(node).display !== 'none' && luminance(getComputedStyle(node).color) > 0.5)
          .map((node) => `${node.tagName.toLowerCase()}.${node.className}: ${getComputedStyle(node).color}`);
      });
      expect(light).toEqual([]);
    });

    test('the poster prints on one A4 sheet with the lines in large type, and its QR code opens the page it names', async ({ page }) => {
      await page.goto(getPosterPath(slug, locale));
      const code = page.locator('.poster__code');
      const expected = await code.getAttribute('data-qr');
      expect(expected).toMatch(/^https?:\/\/[^/]+\/(en\/)?[a-z/-]*$/);
      await expect(page.locator('.poster__url')).toHaveText(expected!);
      expect(expected).toContain(getPath(posterTarget(slug), locale));
      await expect(page.locator('.poster__qr')).toContainText(dictionaries[locale]!.poster.scan[posterTarget(slug)]);
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
