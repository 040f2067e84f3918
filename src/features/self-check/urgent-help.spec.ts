import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { locales } from '../../i18n/locales.ts';
import type { SelfCheck } from '../../schemas/self-check.ts';
import { expect, getPath, settings, stubQuickExitSite, test, uiText } from '../../../tests/support/fixtures.ts';
import { selfCheckIds, selfCheckRoutes } from './self-checks.ts';

/** The lines for danger now, as content gives them. */
const urgentTels = settings.urgentContacts.map((id) => (yaml.load(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as { tel: string }).tel);

for (const route of selfCheckRoutes) {
  const check = yaml.load(readFileSync(`content/self-checks/${selfCheckIds[route]}.yaml`, 'utf8')) as SelfCheck;
  const urgent = check.questions.findIndex((question) => question.kind === 'indicator' && question.urgent);
  if (urgent === -1) continue;

  for (const locale of locales) {
    const t = uiText(locale);
    test.describe(`${selfCheckIds[route]} (${locale}): "${t('selfCheck.yes')}" to danger now`, () => {
      test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

      test.beforeEach(async ({ page }) => {
        await page.goto(getPath(route, locale));
        // Every question before the first about danger is answered "No".
        for (let step = 0; step < urgent; step += 1) {
          await page.getByRole('radio', { name: t('selfCheck.no'), exact: true }).check();
          await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        }
        await expect(page.getByRole('heading', { level: 2, name: check.questions[urgent]!.text[locale] })).toBeVisible();
      });

      test('shows the lines to call at once, on the first screen, before any next question', async ({ page }) => {
        const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();

        const heading = page.getByRole('heading', { name: t('selfCheck.callNowHeading') });
        await expect(heading).toBeFocused();
        await expect(page.getByRole('radio')).toHaveCount(0);
        for (const tel of urgentTels) {
          const call = page.locator(`main a[href="tel:${tel}"]`).first();
          await expect(call).toBeInViewport({ ratio: 1 });
          // Not hidden under the sticky quick exit.
          const box = (await call.boundingBox())!;
          const exit = (await page.locator('.quick-exit').boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(exit.y + exit.height);
        }
        await expect(page.getByText(t('selfCheck.urgentSay'))).toBeVisible();
        await expect(page.locator('main').getByRole('link', { name: t('quickExit.label') })).toBeVisible();

        const after = await page.evaluate(() => ({ url: location.href, history: history.length, stored: localStorage.length + sessionStorage.length }));
        expect(after).toEqual({ ...before, stored: 0 });
      });

      test('then the check goes on from the next question, and the answer counts', async ({ page }) => {
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        await page.getByRole('button', { name: t('selfCheck.urgentContinue') }).click();
        const next = check.questions.slice(urgent + 1).find((question) => !question.showIf)!;
        await expect(page.getByRole('heading', { level: 2, name: next.text[locale] })).toBeFocused();
      });

      test('its quick exit leaves for the neutral site and Back does not return', async ({ page }) => {
        await stubQuickExitSite(page);
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        await page.locator('main').getByRole('link', { name: t('quickExit.label') }).click();
        await expect(page).toHaveURL(new URL(settings.quickExitUrl).href);
        await page.goBack();
        expect(new URL(page.url()).pathname).not.toBe(getPath(route, locale));
      });
    });
  }
}
