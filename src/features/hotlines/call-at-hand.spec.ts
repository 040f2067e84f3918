import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callLink, callLinks, expect, findAxeViolations, quickExitBar, test } from '../../../tests/support/fixtures.ts';
import { getLocaleFromPath, listBuiltPages, notFoundPath, readHotline, settings, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The three longest pages, by the size of their built HTML (the services list, the rights, a guide…). */
const longest = listBuiltPages()
  .filter(({ path }) => path !== notFoundPath && !path.startsWith('/admin/'))
  .sort((a, b) => statSync(b.file).size - statSync(a.file).size)
  .slice(0, 3)
  .map(({ path }) => path);

const first = readHotline(settings.primaryContacts[0]!);

/** Whether a call link is fully on screen and nothing (the sticky bar, say) covers its middle. */
async function reachableCalls(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].filter((link) => {
      const box = link.getBoundingClientRect();
      if (box.width === 0 || box.top < 0 || box.bottom > innerHeight) return false;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && link.contains(hit);
    }).length,
  );
}

test.describe('a call always at hand on a 360×640 phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  for (const path of longest) {
    test(`${path}: a line that answers is one tap away at the top, the middle and the end`, async ({ page }) => {
      await page.goto(path);
      for (const where of [0, 0.5, 1]) {
        await page.evaluate((fraction) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction), where);
        expect(await reachableCalls(page), `a call link on screen at ${where * 100}% of ${path}`).toBeGreaterThan(0);
      }
      // The end of the page lists the lines again, under a heading that says what they are.
      const t = uiText(getLocaleFromPath(path));
      const end = page.getByRole('complementary', { name: t('callNow.endHeading') });
      await expect(end).toBeInViewport();
      expect(await callLinks(end).count()).toBeGreaterThanOrEqual(2);
    });
  }

  test('the call button beside the quick exit dials the first primary line, and shows its digits', async ({ page }) => {
    await page.goto('/');
    const call = callLink(quickExitBar(page), first.tel);
    await expect(call).toBeInViewport({ ratio: 1 });
    await expect(call).toContainText(first.number);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(call).toBeInViewport({ ratio: 1 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

  test('the call button is a plain link that stays on screen', async ({ page }) => {
    await page.goto(longest[0]!);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(callLink(quickExitBar(page), first.tel)).toBeInViewport({ ratio: 1 });
  });
});

test.describe('at 320 px, with the sticky bar', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('the call button and the quick exit fit side by side, neither covering the other, and axe finds nothing on screen or on paper', async ({ page }) => {
    await page.goto(longest[0]!);
    const t = uiText(getLocaleFromPath(longest[0]!));
    const exit = (await quickExitBar(page).getByRole('link', { name: t('quickExit.label') }).boundingBox())!;
    const call = (await callLink(quickExitBar(page), first.tel).boundingBox())!;
    expect(call.x + call.width <= exit.x || exit.x + exit.width <= call.x, 'side by side, not overlapping').toBe(true);
    expect(Math.min(call.height, exit.height)).toBeGreaterThanOrEqual(44);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await findAxeViolations(page, undefined, { onPaper: true })).toEqual([]);
  });
});
