import { readdirSync } from 'node:fs';
import { expect, getEntryPath, test } from './fixtures.ts';

/** Albanian slugs of a Markdown section, straight from content/. */
const slugs = (folder: string) => readdirSync(`content/${folder}/sq`).map((name) => name.replace(/\.md$/, ''));
const translated = (folder: string, slug: string) => readdirSync(`content/${folder}/en`).includes(`${slug}.md`);

for (const [section, folder] of [
  ['signs', 'guidance'],
  ['stories', 'stories'],
] as const) {
  test(`every ${section} entry has an English page: the translation, or a notice leading to the Albanian text`, async ({ page }) => {
    for (const slug of slugs(folder)) {
      await page.goto(getEntryPath(section, slug, 'en'));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      if (translated(folder, slug)) {
        await expect(page.locator('[data-untranslated]')).toHaveCount(0);
        await expect(page.locator('article h1')).toBeVisible();
      } else {
        await expect(page.locator('[data-untranslated] a')).toHaveAttribute('href', getEntryPath(section, slug, 'sq'));
      }
    }
  });
}
