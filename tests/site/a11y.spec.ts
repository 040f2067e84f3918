import { expect, findAxeViolations, listAllPages, test } from '../support/fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const path of listAllPages()) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await findAxeViolations(page)).toEqual([]);
      });
    }
  });
}
