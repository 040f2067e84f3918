import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import type { SelfCheck } from '../../src/schemas/self-check.ts';
import { expect, findAxeViolations, getPath, test } from './fixtures.ts';

type Answer = 'yes' | 'no' | 'unsure';
const checks = [
  { id: 'job-offer', route: 'jobOfferCheck' },
  { id: 'my-situation', route: 'mySituationCheck' },
  { id: 'someone-else', route: 'someoneElseCheck' },
] as const;
const locales = ['sq', 'en'] as const;
const load = (id: string) => yaml.load(readFileSync(`content/self-checks/${id}.yaml`, 'utf8')) as SelfCheck;

/** The id of the question on screen, read from its radio group's name (`<check>-<question>`). */
async function currentQuestionId(page: Page, checkId: string): Promise<string> {
  const name = await page.locator('.self-check__question input[type="radio"]').first().getAttribute('name');
  return (name ?? '').slice(checkId.length + 1);
}

/**
 * Answers every question with the keyboard only: Tab to the radios, arrows to choose,
 * Tab to the button, Enter. Calls `onStep` on each screen (for axe or state checks).
 */
async function answerWithKeyboard(page: Page, checkId: string, choose: (questionId: string) => Answer, onStep?: () => Promise<void>) {
  await page.locator('.self-check__question h2').focus();
  for (let step = 0; step < 60; step += 1) {
    if ((await page.locator('[data-result-level]').count()) > 0) return;
    await onStep?.();
    const answer = choose(await currentQuestionId(page, checkId));
    await page.keyboard.press('Tab');
    if (answer === 'yes') await page.keyboard.press('Space');
    for (let press = 0; press < { yes: 0, no: 1, unsure: 2 }[answer]; press += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  throw new Error('the check never reached a result');
}

async function openCheck(page: Page, route: (typeof checks)[number]['route'], locale: 'sq' | 'en') {
  await page.goto(getPath(route, locale));
  // Hydrated once the first question shows as a radio group.
  await expect(page.locator('.self-check__question')).toBeVisible();
}

for (const check of checks) {
  const content = load(check.id);
  const urgentIds = content.questions.filter((q) => q.kind === 'indicator' && q.urgent).map((q) => q.id);
  for (const locale of locales) {
    test.describe(`${check.id} (${locale})`, () => {
      test('all "no" by keyboard reaches a "none" result, announced by focus, with more than one line to call', async ({ page }) => {
        await openCheck(page, check.route, locale);
        await answerWithKeyboard(page, check.id, () => 'no');
        const result = page.locator('[data-result-level]');
        await expect(result).toHaveAttribute('data-result-level', 'none');
        await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
        await expect(result.getByRole('heading', { level: 2 })).toHaveText(content.results.none.title[locale]);
        expect(await result.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
      });

      test(`all "yes" gives ${urgentIds.length ? 'urgent' : 'strong'}`, async ({ page }) => {
        await openCheck(page, check.route, locale);
        await answerWithKeyboard(page, check.id, () => 'yes');
        await expect(page.locator('[data-result-level]')).toHaveAttribute('data-result-level', urgentIds.length ? 'urgent' : 'strong');
      });

      test('answering changes neither the URL nor history, sends nothing and stores nothing; axe is clean on every step', async ({ page, context }) => {
        // An axe scan per question (a few seconds each on a busy machine): the time grows with the check.
        test.setTimeout(30_000 + content.questions.length * 6_000);
        await openCheck(page, check.route, locale);
        const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const axe = async () => {
          expect(await findAxeViolations(page, 'main')).toEqual([]);
        };
        await answerWithKeyboard(page, check.id, (id) => (id.length % 3 === 0 ? 'yes' : id.length % 3 === 1 ? 'no' : 'unsure'), axe);
        await axe();
        const after = await page.evaluate(() => ({
          url: location.href,
          history: history.length,
          storage: localStorage.length + sessionStorage.length,
        }));
        expect(after).toEqual({ ...before, storage: 0 });
        expect(requests).toEqual([]);
        expect(await context.cookies()).toEqual([]);
      });
    });
  }

  test(`${check.id} without JavaScript lists every question and the lines to call`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(getPath(check.route, 'sq'));
    const indicators = content.questions.filter((q) => q.kind === 'indicator');
    const items = page.locator('.self-check__list li');
    await expect(items).toHaveCount(indicators.length);
    await expect(items.first()).toContainText(indicators[0]!.text.sq);
    await expect(page.locator('.self-check__static')).toContainText(content.listIntro.sq);
    expect(await page.locator('.self-check__static a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
    await context.close();
  });
}

test.describe('my situation, realistic adult scenarios', () => {
  const deceivedAndExploited = ['job-different-than-promised', 'pay-or-conditions-worse', 'very-long-hours', 'little-or-no-pay'];
  const coercion = ['documents-taken', 'watched-or-kept-in'];

  test('deceived about the job, exploited, documents taken and watched: strong, with each sign named', async ({ page }) => {
    await openCheck(page, 'mySituationCheck', 'en');
    await answerWithKeyboard(page, 'my-situation', (id) => ([...deceivedAndExploited, ...coercion].includes(id) ? 'yes' : 'no'));
    const result = page.locator('[data-result-level]');
    await expect(result).toHaveAttribute('data-result-level', 'strong');
    const content = load('my-situation');
    for (const id of [...deceivedAndExploited, ...coercion]) {
      const question = content.questions.find((q) => q.id === id);
      if (question?.kind !== 'indicator') throw new Error(`${id} is not an indicator question`);
      await expect(result).toContainText(question.sign.en);
    }
  });

  test('the same without the coercion answers: some', async ({ page }) => {
    await openCheck(page, 'mySituationCheck', 'en');
    await answerWithKeyboard(page, 'my-situation', (id) => (deceivedAndExploited.includes(id) ? 'yes' : 'no'));
    await expect(page.locator('[data-result-level]')).toHaveAttribute('data-result-level', 'some');
  });

  test('"I don\'t know" is not counted as yes, and the result lists it under a headline that does not say "no signs"', async ({ page }) => {
    await openCheck(page, 'mySituationCheck', 'en');
    await answerWithKeyboard(page, 'my-situation', (id) => (id === 'documents-taken' ? 'unsure' : 'no'));
    const result = page.locator('[data-result-level]');
    await expect(result).toHaveAttribute('data-result-level', 'none');
    await expect(result).toContainText("Questions you answered “I don't know”");
    const content = load('my-situation');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(content.results.noneUnsure.title.en);
    await expect(result).not.toContainText(content.results.none.title.en);
  });

  test('a partner who pushed, a debt to those who brought her, documents taken and being watched from the start, made to sell sex, money taken, no pay, long hours: strong', async ({ page }) => {
    const yes = ['pushed-by-partner', 'paid-or-owe-recruiters', 'held-for-debt', 'documents-taken', 'documents-taken-from-start', 'watched-or-kept-in', 'watched-from-start', 'forced-sex', 'money-taken', 'little-or-no-pay', 'very-long-hours'];
    await openCheck(page, 'mySituationCheck', 'sq');
    await answerWithKeyboard(page, 'my-situation', (id) => (yes.includes(id) ? 'yes' : 'no'));
    await expect(page.locator('[data-result-level]')).toHaveAttribute('data-result-level', 'strong');
  });
});

test.describe('moving inside a check', () => {
  test('Back returns to the previous question with its answer, without a browser history entry', async ({ page }) => {
    await openCheck(page, 'jobOfferCheck', 'en');
    const startHistory = await page.evaluate(() => history.length);
    const first = await page.locator('.self-check__question h2').textContent();
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Question 2 of')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('.self-check__question h2')).toHaveText(first ?? '');
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    expect(await page.evaluate(() => history.length)).toBe(startHistory);
  });

  test('Next without an answer says what to do in an alert, tied to the question, and stays', async ({ page }) => {
    await openCheck(page, 'jobOfferCheck', 'sq');
    await expect(page.getByRole('alert')).toHaveText('');
    await page.getByRole('button', { name: 'Vazhdo' }).click();
    // A live region that screen readers announce when the message appears.
    await expect(page.getByRole('alert')).toHaveText('Zgjidh një përgjigje për të vazhduar.');
    await expect(page.locator('.self-check__question')).toHaveAccessibleDescription(/Zgjidh një përgjigje për të vazhduar\./);
    await expect(page.getByText('Pyetja 1 nga')).toBeVisible();
    await page.getByRole('radio', { name: 'Jo', exact: true }).check();
    await expect(page.getByRole('alert')).toHaveText('');
  });

  test('on a 320 × 568 phone, the progress line of each new question sits below the sticky quick-exit bar', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await openCheck(page, 'mySituationCheck', 'sq');
    for (let step = 1; step <= 4; step += 1) {
      await page.getByRole('radio', { name: 'Jo', exact: true }).check();
      await page.getByRole('button', { name: 'Vazhdo' }).click();
      await expect(page.getByText(`Pyetja ${step + 1} nga`)).toBeVisible();
      await expect(page.locator('.self-check__question h2')).toBeFocused();
      const bar = await page.locator('.quick-exit').boundingBox();
      const progress = await page.locator('.self-check__progress').boundingBox();
      if (!bar || !progress) throw new Error('the quick-exit bar or the progress line is not shown');
      // Bounding boxes are relative to the viewport, so this is what the reader sees.
      expect(progress.y, `progress line top after Next no. ${step}`).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(progress.y + progress.height).toBeLessThanOrEqual(568);
    }
    await testInfo.attach('320x568 after Next', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('"Clear my answers" and the quick-exit signal both wipe the answers', async ({ page }) => {
    await openCheck(page, 'jobOfferCheck', 'en');
    for (const _ of [1, 2]) {
      await page.getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(page.getByText('Question 3 of')).toBeVisible();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(page.getByText('Question 1 of')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Yes', exact: true })).not.toBeChecked();

    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.evaluate(() => window.dispatchEvent(new Event('shenjat:quick-exit')));
    await expect(page.getByText('Question 1 of')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Yes', exact: true })).not.toBeChecked();
  });
});

test.describe('every result ends with the lines to call', () => {
  const cases = [
    { level: 'urgent', check: checks[1], choose: (id: string) => (id === 'in-danger-now' ? 'yes' : 'no') },
    { level: 'strong', check: checks[0], choose: (id: string) => (id === 'in-danger-now' ? 'no' : 'yes') },
    { level: 'some', check: checks[0], choose: (id: string) => (id === 'pay-too-good' ? 'yes' : 'no') },
    { level: 'none', check: checks[0], choose: () => 'no' },
    { level: 'none', check: checks[2], choose: () => 'unsure' },
  ] as const satisfies ReadonlyArray<{ level: string; check: (typeof checks)[number]; choose: (id: string) => Answer }>;

  for (const { level, check, choose } of cases) {
    test(`${check.id}, ${level}${choose('x') === 'unsure' ? ' with "I don\'t know"' : ''}: the last thing is a list with at least two tel: links`, async ({ page }) => {
      await openCheck(page, check.route, 'en');
      await answerWithKeyboard(page, check.id, choose);
      const result = page.locator('[data-result-level]');
      await expect(result).toHaveAttribute('data-result-level', level);
      const last = result.locator(':scope > :last-child');
      await expect(last.locator(':scope > :last-child')).toHaveJSProperty('tagName', 'UL');
      expect(await last.locator(':scope > ul > li a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
      if (level === 'urgent') {
        // In danger, the lines also come first, straight after the heading.
        const first = result.locator(':scope > h2 + *');
        await expect(first.getByRole('heading', { name: 'Call now' })).toBeVisible();
        expect(await first.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
