import { expect, findAxeViolations, test } from '../support/fixtures.ts';
import { listAllPages } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

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
