import type { Locator, Page } from '@playwright/test';
import type { AnswerValue, SelfCheck } from '../../schemas/self-check.ts';
import { quickExitEvent } from '../quick-exit/quick-exit-event.ts';
import { getSelfCheckLanguage } from './get-self-check-language.ts';
import { selfCheckIds, selfCheckRoutes } from './self-checks.ts';
import { pickText, type Localized } from '../../i18n/localized.ts';
import { callLinks, expect, findAxeViolations, quickExitBar, test } from '../../../tests/support/fixtures.ts';
import { escapeRegExp, getPath, type Locale, locales, readSelfCheck, uiPattern, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

/** The three checks, from the one list the site builds them from, with their questions. */
const checks = selfCheckRoutes.map((route) => ({ route, id: selfCheckIds[route], content: readSelfCheck(selfCheckIds[route]) }));
type Check = (typeof checks)[number];
/**
 * The language a check's page shows it in, its island's words included: the reader's once the
 * check is wholly translated, Albanian until then (a language may be added before its texts).
 */
const shownIn = (check: Check, locale: Locale) => getSelfCheckLanguage(check.content, locale);
/** One of a check's texts as its page in `locale` shows it. */
const textOf = (check: Check, value: Localized, locale: Locale) => pickText(value, shownIn(check, locale)).text;
function getCheck(id: string): Check {
  const check = checks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`${id} is not a self-check of selfCheckIds`);
  return check;
}

/**
 * How a person answers a check: an answer for some questions (by id), one for all the others.
 * Its name says what it tests, and goes into the test's title.
 */
interface AnswerPlan {
  name: string;
  answers?: Readonly<Record<string, AnswerValue>>;
  otherwise: AnswerValue;
}
const allNo: AnswerPlan = { name: 'all "no"', otherwise: 'no' };
const allYes: AnswerPlan = { name: 'all "yes"', otherwise: 'yes' };
const allUnsure: AnswerPlan = { name: 'all "I don\'t know"', otherwise: 'unsure' };
/** "Yes" to the questions named, "no" to the rest. */
const yesTo = (name: string, ids: readonly string[]): AnswerPlan => ({ name, answers: Object.fromEntries(ids.map((id) => [id, 'yes'])), otherwise: 'no' });
/** The questions that ask about danger right now (a "yes" gives the urgent result). */
const urgentIds = (content: SelfCheck) => content.questions.filter((q) => q.kind === 'indicator' && q.urgent).map((q) => q.id);
/**
 * "Yes" to every sign, "I don't know" about danger now and about age: every follow-up question
 * is asked, and the result lists both the signs found and the questions left open.
 */
const signsAndDoubts = (content: SelfCheck): AnswerPlan => ({
  name: 'signs and doubts',
  answers: Object.fromEntries(content.questions.filter((q) => q.kind === 'age' || q.urgent).map((q) => [q.id, 'unsure'])),
  otherwise: 'yes',
});

/**
 * The result, known by the `data-result-level` its container carries: PRODUCT.md's contract,
 * and the level has no role or name of its own (the region's name is the result's title).
 */
const resultOf = (page: Page) => page.locator('[data-result-level]');
/** The question on screen: the heading that names its group of answers. */
const questionOf = (page: Page) => page.getByRole('main').getByRole('group').getByRole('heading', { level: 2 });

/**
 * Answers every question with the keyboard only, as the plan says: Tab to the radios, arrows
 * to choose, Tab to the button, Enter. The question is recognised by its text in content/.
 * Calls `onStep` on each screen (for axe or state checks).
 */
async function answerWithKeyboard(page: Page, check: Check, locale: Locale, plan: AnswerPlan, onStep?: () => Promise<void>) {
  const idByText = new Map(check.content.questions.map((q) => [textOf(check, q.text, locale), q.id]));
  const goOn = page.getByRole('button', { name: uiText(shownIn(check, locale))('selfCheck.urgentContinue') });
  await questionOf(page).focus();
  for (let step = 0; step < 60; step += 1) {
    if ((await resultOf(page).count()) > 0) return;
    await onStep?.();
    // After "Yes" to a question about danger now, the lines to call come first; then go on.
    if (await goOn.isVisible()) {
      await goOn.press('Enter');
      continue;
    }
    const text = ((await questionOf(page).textContent()) ?? '').trim();
    const id = idByText.get(text);
    if (!id) throw new Error(`"${text}" is not a question of ${check.id} in ${locale}`);
    const answer = plan.answers?.[id] ?? plan.otherwise;
    await page.keyboard.press('Tab');
    if (answer === 'yes') await page.keyboard.press('Space');
    for (let press = 0; press < { yes: 0, no: 1, unsure: 2 }[answer]; press += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  throw new Error('the check never reached a result');
}

async function openCheck(page: Page, check: Check, locale: Locale) {
  await page.goto(getPath(check.route, locale));
  // Hydrated once the first question offers its answers as radio buttons.
  await expect(page.getByRole('radio', { name: uiText(shownIn(check, locale))('selfCheck.yes'), exact: true })).toBeVisible();
}

/** "Question 2 of 15", as the progress line says it. */
const progress = (page: Page, locale: Locale, current: number) =>
  page.getByText(uiPattern(locale)('selfCheck.progress', { current: String(current), total: /\d+/ }));

/** What a reader reads in a part of the page, in order (visually hidden text included). */
const readText = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

for (const check of checks) {
  const { content } = check;
  for (const locale of locales) {
    test.describe(`${check.id} (${locale})`, () => {
      test('all "no" by keyboard reaches a "none" result, announced by focus, with more than one line to call', async ({ page }) => {
        await openCheck(page, check, locale);
        await answerWithKeyboard(page, check, locale, allNo);
        const result = resultOf(page);
        await expect(result).toHaveAttribute('data-result-level', 'none');
        await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
        await expect(result.getByRole('heading', { level: 2 })).toHaveText(textOf(check, content.results.none.title, locale));
        expect(await callLinks(result).count()).toBeGreaterThanOrEqual(2);
      });

      test(`all "yes" gives ${urgentIds(content).length ? 'urgent' : 'strong'}`, async ({ page }) => {
        await openCheck(page, check, locale);
        await answerWithKeyboard(page, check, locale, allYes);
        await expect(resultOf(page)).toHaveAttribute('data-result-level', urgentIds(content).length ? 'urgent' : 'strong');
      });

      test('answering changes neither the URL nor history, sends nothing and stores nothing; axe is clean on every step', async ({ page, context }) => {
        // An axe scan per question (a few seconds each on a busy machine): the time grows with the check.
        test.setTimeout(30_000 + content.questions.length * 6_000);
        await openCheck(page, check, locale);
        const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const axe = async () => {
          expect(await findAxeViolations(page, 'main')).toEqual([]);
        };
        // Every question is asked, and the result has the most to scan: signs and open questions.
        await answerWithKeyboard(page, check, locale, signsAndDoubts(content), axe);
        await expect(resultOf(page).getByRole('heading', { name: uiText(shownIn(check, locale))('selfCheck.signsHeading') })).toBeVisible();
        await expect(resultOf(page).getByRole('heading', { name: uiText(shownIn(check, locale))('selfCheck.unsureHeading') })).toBeVisible();
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

  test.describe(`${check.id} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test(`${check.id} without JavaScript lists every question and the lines to call`, async ({ page }) => {
      await page.goto(getPath(check.route, 'sq'));
      const indicators = content.questions.filter((q) => q.kind === 'indicator');
      const lists = page.getByRole('main').getByRole('list');
      const items = lists.filter({ hasText: indicators[0]!.text.sq }).getByRole('listitem');
      await expect(items).toHaveCount(indicators.length);
      await expect(items.first()).toContainText(indicators[0]!.text.sq);
      await expect(page.getByText(content.listIntro.sq)).toBeVisible();
      // The lines to call close the list, under their heading.
      expect(await callLinks(lists.last()).count()).toBeGreaterThanOrEqual(2);
    });
  });
}

test.describe('my situation, realistic adult scenarios', () => {
  const mySituation = getCheck('my-situation');
  const deceivedAndExploited = ['job-different-than-promised', 'pay-or-conditions-worse', 'very-long-hours', 'little-or-no-pay'];
  const coercion = ['documents-taken', 'watched-or-kept-in'];

  test('deceived about the job, exploited, documents taken and watched: strong, with each sign named', async ({ page }) => {
    await openCheck(page, mySituation, 'en');
    await answerWithKeyboard(page, mySituation, 'en', yesTo('deceived, exploited and controlled', [...deceivedAndExploited, ...coercion]));
    const result = resultOf(page);
    await expect(result).toHaveAttribute('data-result-level', 'strong');
    for (const id of [...deceivedAndExploited, ...coercion]) {
      const question = mySituation.content.questions.find((q) => q.id === id);
      if (question?.kind !== 'indicator') throw new Error(`${id} is not an indicator question`);
      await expect(result).toContainText(textOf(mySituation, question.sign, 'en'));
    }
  });

  test('the same without the coercion answers: some', async ({ page }) => {
    await openCheck(page, mySituation, 'en');
    await answerWithKeyboard(page, mySituation, 'en', yesTo('deceived and exploited', deceivedAndExploited));
    await expect(resultOf(page)).toHaveAttribute('data-result-level', 'some');
  });

  test('"I don\'t know" is not counted as yes, and the result lists it under a headline that does not say "no signs"', async ({ page }) => {
    await openCheck(page, mySituation, 'en');
    await answerWithKeyboard(page, mySituation, 'en', { name: '"I don\'t know" whether documents were taken', answers: { 'documents-taken': 'unsure' }, otherwise: 'no' });
    const result = resultOf(page);
    await expect(result).toHaveAttribute('data-result-level', 'none');
    await expect(result).toContainText(en('selfCheck.unsureHeading'));
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(textOf(mySituation, mySituation.content.results.noneUnsure.title, 'en'));
    await expect(result).not.toContainText(textOf(mySituation, mySituation.content.results.none.title, 'en'));
  });

  test('a partner who pushed, a debt to those who brought her, documents taken and being watched from the start, made to sell sex, money taken, no pay, long hours: strong', async ({ page }) => {
    const yes = ['pushed-by-partner', 'paid-or-owe-recruiters', 'held-for-debt', 'documents-taken', 'documents-taken-from-start', 'watched-or-kept-in', 'watched-from-start', 'forced-sex', 'money-taken', 'little-or-no-pay', 'very-long-hours'];
    await openCheck(page, mySituation, 'sq');
    await answerWithKeyboard(page, mySituation, 'sq', yesTo('pushed by a partner, in debt, controlled and exploited', yes));
    await expect(resultOf(page)).toHaveAttribute('data-result-level', 'strong');
  });
});

test.describe('moving inside a check', () => {
  const jobOffer = getCheck('job-offer');

  test('Back returns to the previous question with its answer, without a browser history entry', async ({ page }) => {
    const no = page.getByRole('radio', { name: en('selfCheck.no'), exact: true });
    await openCheck(page, jobOffer, 'en');
    const startHistory = await page.evaluate(() => history.length);
    const first = await questionOf(page).textContent();
    await no.check();
    await page.getByRole('button', { name: en('selfCheck.next') }).click();
    await expect(progress(page, 'en', 2)).toBeVisible();
    await page.getByRole('button', { name: en('selfCheck.back') }).click();
    await expect(questionOf(page)).toHaveText(first ?? '');
    await expect(no).toBeChecked();
    expect(await page.evaluate(() => history.length)).toBe(startHistory);
  });

  test('Next without an answer says what to do in an alert, tied to the question, and stays', async ({ page }) => {
    const message = sq('selfCheck.chooseAnswer');
    await openCheck(page, jobOffer, 'sq');
    await expect(page.getByRole('alert')).toHaveText('');
    await page.getByRole('button', { name: sq('selfCheck.next') }).click();
    // A live region that screen readers announce when the message appears.
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('group', { name: jobOffer.content.questions[0]!.text.sq })).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
    await expect(progress(page, 'sq', 1)).toBeVisible();
    await page.getByRole('radio', { name: sq('selfCheck.no'), exact: true }).check();
    await expect(page.getByRole('alert')).toHaveText('');
  });

  test('on a 320 × 568 phone, the progress line of each new question sits below the sticky quick-exit bar', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await openCheck(page, getCheck('my-situation'), 'sq');
    for (let step = 1; step <= 4; step += 1) {
      await page.getByRole('radio', { name: sq('selfCheck.no'), exact: true }).check();
      await page.getByRole('button', { name: sq('selfCheck.next') }).click();
      await expect(progress(page, 'sq', step + 1)).toBeVisible();
      await expect(questionOf(page)).toBeFocused();
      const bar = await quickExitBar(page).boundingBox();
      const line = await progress(page, 'sq', step + 1).boundingBox();
      if (!bar || !line) throw new Error('the quick-exit bar or the progress line is not shown');
      // Bounding boxes are relative to the viewport, so this is what the reader sees.
      expect(line.y, `progress line top after Next no. ${step}`).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(line.y + line.height).toBeLessThanOrEqual(568);
    }
    await testInfo.attach('320x568 after Next', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('"Clear my answers" and the quick-exit signal both wipe the answers', async ({ page }) => {
    const yes = page.getByRole('radio', { name: en('selfCheck.yes'), exact: true });
    const next = page.getByRole('button', { name: en('selfCheck.next') });
    await openCheck(page, jobOffer, 'en');
    for (const answer of [en('selfCheck.no'), en('selfCheck.yes')]) {
      await page.getByRole('radio', { name: answer, exact: true }).check();
      await next.click();
    }
    await expect(progress(page, 'en', 3)).toBeVisible();
    await page.getByRole('button', { name: en('selfCheck.clear') }).click();
    await expect(progress(page, 'en', 1)).toBeVisible();
    await expect(yes).not.toBeChecked();

    // "Yes" to the first question (danger now) shows the lines to call; the signal wipes that too.
    await yes.check();
    await next.click();
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), quickExitEvent);
    await expect(progress(page, 'en', 1)).toBeVisible();
    await expect(yes).not.toBeChecked();
  });
});

test.describe('every result ends with the lines to call', () => {
  const [jobOffer, mySituation, someoneElse] = [getCheck('job-offer'), getCheck('my-situation'), getCheck('someone-else')];
  const cases: Array<{ level: string; check: Check; plan: AnswerPlan }> = [
    { level: 'urgent', check: mySituation, plan: yesTo('"yes" only to being in danger now', urgentIds(mySituation.content).slice(0, 1)) },
    {
      level: 'strong',
      check: jobOffer,
      plan: { name: '"yes" to all but danger now', answers: Object.fromEntries(urgentIds(jobOffer.content).map((id) => [id, 'no'])), otherwise: 'yes' },
    },
    { level: 'some', check: jobOffer, plan: yesTo('"yes" only to pay that seems too good', ['pay-too-good']) },
    { level: 'none', check: jobOffer, plan: allNo },
    { level: 'none', check: someoneElse, plan: allUnsure },
  ];

  for (const { level, check, plan } of cases) {
    test(`${check.id}, ${plan.name} gives ${level}: the last thing is a list with at least two tel: links`, async ({ page }) => {
      await openCheck(page, check, 'en');
      await answerWithKeyboard(page, check, 'en', plan);
      const result = resultOf(page);
      await expect(result).toHaveAttribute('data-result-level', level);
      const lists = result.getByRole('list');
      const read = await readText(result);
      expect(read.endsWith(await readText(lists.last())), 'nothing after the last list').toBe(true);
      expect(await callLinks(lists.last()).count()).toBeGreaterThanOrEqual(2);
      if (level === 'urgent') {
        // In danger, the lines also come first, straight after the heading.
        const title = await readText(result.getByRole('heading', { level: 2 }));
        const callNow = en('selfCheck.callNowHeading');
        await expect(result.getByRole('heading', { name: callNow })).toBeVisible();
        expect(read.startsWith(`${title} ${callNow} ${await readText(lists.first())}`), 'the heading, then "Call now" and its list').toBe(true);
        expect(await callLinks(lists.first()).count()).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
