import AxeBuilder from '@axe-core/playwright';
import { expect, listAllPages, test } from './fixtures.ts';

/** WCAG 2.2 AA, written out so a reader sees what is checked. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of listAllPages()) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
