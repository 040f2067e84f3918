import { callLink, expect, quickExitBar, stubQuickExitSite, test } from '../../../tests/support/fixtures.ts';
import { getPath, locales, readHotline, readSelfCheck, settings, uiText } from '../../../tests/support/site.ts';
import { getSelfCheckLanguage } from './get-self-check-language.ts';
import { selfCheckIds, selfCheckRoutes } from './self-checks.ts';
import { pickText, type Localized } from '../../i18n/localized.ts';

// After each test: nothing left 127.0.0.1 (the neutral site is stubbed); no console error,
// exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

for (const route of selfCheckRoutes) {
  const check = readSelfCheck(selfCheckIds[route]);
  const urgent = check.questions.findIndex((question) => question.kind === 'indicator' && question.urgent);
  if (urgent === -1) continue;
  /** The lines for danger now, as this check's content gives them. */
  const dangerTels = check.danger.hotlines.map((id) => readHotline(id).tel);

  for (const locale of locales) {
    // The check's page shows it wholly in Albanian, its island's words included, until every text is translated.
    const shown = getSelfCheckLanguage(check, locale);
    const t = uiText(shown);
    const text = (value: Localized) => pickText(value, shown).text;
    test.describe(`${selfCheckIds[route]} (${locale}): "${t('selfCheck.yes')}" to danger now`, () => {
      test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

      test.beforeEach(async ({ page }) => {
        await page.goto(getPath(route, locale));
        // Every question before the first about danger is answered "No".
        for (let step = 0; step < urgent; step += 1) {
          await page.getByRole('radio', { name: t('selfCheck.no'), exact: true }).check();
          await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        }
        await expect(page.getByRole('heading', { level: 2, name: text(check.questions[urgent]!.text) })).toBeVisible();
      });

      test('shows the lines to call at once, on the first screen, before any next question', async ({ page }) => {
        const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();

        const heading = page.getByRole('heading', { name: text(check.danger.title) });
        await expect(heading).toBeFocused();
        await expect(page.getByRole('radio')).toHaveCount(0);
        for (const tel of dangerTels) {
          const call = callLink(page.getByRole('main'), tel).first();
          await expect(call).toBeInViewport({ ratio: 1 });
          // Not hidden under the sticky quick exit.
          const box = (await call.boundingBox())!;
          const exit = (await quickExitBar(page).boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(exit.y + exit.height);
        }
        // What to say when they answer, as the check's content writes it.
        await expect(page.getByRole('main').getByText(text(check.danger.body).split('\n')[0]!.replace(/^[-*] /, ''))).toBeVisible();
        await expect(page.getByRole('main').getByRole('link', { name: t('quickExit.label') })).toBeVisible();

        const after = await page.evaluate(() => ({ url: location.href, history: history.length, stored: localStorage.length + sessionStorage.length }));
        expect(after).toEqual({ ...before, stored: 0 });
      });

      test('then the check goes on from the next question, and the answer counts', async ({ page }) => {
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        await page.getByRole('button', { name: t('selfCheck.urgentContinue') }).click();
        const next = check.questions.slice(urgent + 1).find((question) => !question.showIf)!;
        await expect(page.getByRole('heading', { level: 2, name: text(next.text) })).toBeFocused();
      });

      test('its quick exit leaves for the neutral site and Back does not return', async ({ page }) => {
        await stubQuickExitSite(page);
        await page.getByRole('radio', { name: t('selfCheck.yes'), exact: true }).check();
        await page.getByRole('button', { name: t('selfCheck.next'), exact: true }).click();
        await page.getByRole('main').getByRole('link', { name: t('quickExit.label') }).click();
        await expect(page).toHaveURL(new URL(settings.quickExitUrl[locale] ?? settings.quickExitUrl.sq).href);
        await page.goBack();
        expect(new URL(page.url()).pathname).not.toBe(getPath(route, locale));
      });
    });
  }
}
