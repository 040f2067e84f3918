import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { callLinks, expect, test } from '../../../tests/support/fixtures.ts';
import { getEntryPath, getPath, getPosterPath, getSiteOrigin, listSitemapPaths, locales, readHotline, settings, uiText } from '../../../tests/support/site.ts';
import type { Guide } from '../../schemas/guide.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

const slugs = readdirSync('content/guides/sq').map((name) => name.replace(/\.md$/, ''));
const pages = slugs.flatMap((slug) => locales.map((locale) => ({ slug, locale })));

/** Where a guide's poster sends the reader, as its editor set it (help unless said). */
const posterTarget = (slug: string) =>
  (yaml.load(readFileSync(`content/guides/sq/${slug}.md`, 'utf8').split(/^---$/m)[1] ?? '') as Partial<Guide>).posterTarget ?? 'help';

/** The primary contacts that answer, which the printed page lists in its footer. */
const confirmedPrimary = settings.primaryContacts.map(readHotline).filter((line) => line.status === 'confirmed');

/** A4 pages in a PDF Chromium printed: one `/Type /Page` object per page. */
const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

test('there is a guide for each audience of the product', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(6);
});

for (const { slug, locale } of pages) {
  test.describe(`guide ${slug} (${locale})`, () => {
    test('in print: no quick exit, navigation or search; the address and a line to call stay; one or two A4 pages', async ({ page }) => {
      const address = getSiteOrigin() + getEntryPath('guides', slug, locale);
      await page.goto(getEntryPath('guides', slug, locale));
      const onScreenOnly = [
        page.getByRole('link', { name: uiText(locale)('quickExit.label') }),
        page.getByRole('navigation', { name: uiText(locale)('nav.label') }),
        page.getByRole('complementary', { name: uiText(locale)('hotlineBar.label') }),
      ];
      for (const part of onScreenOnly) await expect(part).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const part of onScreenOnly) await expect(part).toBeHidden();
      // On paper the footer gives the page's address and the lines to call.
      const footer = page.getByRole('contentinfo').getByText(address);
      await expect(footer).toBeVisible();
      await expect(footer).toContainText(getEntryPath('guides', slug, locale));
      for (const line of confirmedPrimary) await expect(footer).toContainText(line.number);
      // On paper a link is nothing: the services page is written out in full.
      await expect(page.getByText(getSiteOrigin() + getPath('services', locale), { exact: true })).toBeVisible();
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
      const printed = page.getByRole('banner').or(page.getByRole('main')).or(page.getByRole('contentinfo'));
      const light = await printed.evaluateAll((roots) => {
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
      const target = getSiteOrigin() + getPath(posterTarget(slug), locale);
      await page.goto(getPosterPath(slug, locale));
      // The code is an image named after the address it opens, which is also written out.
      const code = page.getByRole('img', { name: uiText(locale)('poster.qrLabel', { url: target }), exact: true });
      await expect(code).toBeVisible();
      await expect(page.getByText(target, { exact: true })).toBeVisible();
      await expect(page.getByText(uiText(locale)(`poster.scan.${posterTarget(slug)}`))).toBeVisible();
      const image = PNG.sync.read(await code.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
      expect(decoded?.data).toBe(target);
      expect(listSitemapPaths(), 'the code opens a page of the site').toContain(new URL(target).pathname);

      // The site's frame shows on screen, and is left off the paper.
      const frame = [page.getByRole('link', { name: uiText(locale)('quickExit.label') }), page.getByRole('banner')];
      for (const part of frame) await expect(part).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const part of frame) await expect(part).toBeHidden();
      const call = callLinks(page.getByRole('main')).first();
      await expect(call).toBeVisible();
      // The number is what must read from across a waiting room: its largest type in the link.
      const largest = await call.evaluate((node) => Math.max(...[node, ...node.querySelectorAll('*')].map((part) => parseFloat(getComputedStyle(part).fontSize))));
      expect(largest).toBeGreaterThanOrEqual(48);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    });
  });
}
