import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callLinks, expect, findAxeViolations, test } from '../../../tests/support/fixtures.ts';
import { getEntryPath, getPath, type Locale, uiPattern, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

/** The results as a reader meets them: the items of the list under the form (the page has no other). */
const resultItems = (page: Page) => page.getByRole('main').getByRole('listitem');
/** Each result's link to its page. */
const results = (page: Page) => resultItems(page).getByRole('link');
/** The line that says how many pages were found ("12 rezultate", "1 rezultat"). */
const count = (page: Page, locale: Locale) =>
  page.getByText(uiPattern(locale)('search.count', { count: /\d+/ })).or(page.getByText(uiText(locale)('search.countOne'), { exact: true }));

test.describe('search', () => {
  for (const [plain, written] of [
    ['ndihme', 'ndihmë'],
    ['cfare', 'çfarë'],
  ] as const) {
    test(`Albanian typed without diacritics ("${plain}") finds pages written with them ("${written}")`, async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=${plain}`);
    await expect(results(page).first()).toBeVisible();
    const withPlain = await count(page, 'sq').textContent();
    // The word found is highlighted in the excerpt as written, diacritics and all: a <mark>,
    // whose role ("mark", ARIA 1.3) Playwright's getByRole does not take yet.
    await expect(resultItems(page).locator('mark').first()).toHaveText(new RegExp(written, 'i'));
    await page.goto(`${getPath('search', 'sq')}?q=${encodeURIComponent(written)}`);
    await expect(count(page, 'sq')).toHaveText(withPlain ?? '');
    });
  }

  test('English results stay in /en/, and the words typed stay out of the address and the history', async ({ page }) => {
    await page.goto(getPath('search', 'en'));
    const before = await page.evaluate(() => ({ url: location.href, history: history.length }));
    await page.getByLabel(en('search.label')).fill('help');
    await page.getByRole('button', { name: en('search.submit') }).click();
    await expect(results(page).first()).toBeVisible();
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
    expect(await page.evaluate(() => ({ url: location.href, history: history.length }))).toEqual(before);
  });

  test('a long list comes ten at a time; "more" adds the next ten and moves focus to the first of them', async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
    await expect(results(page)).toHaveCount(10);
    const total = Number((await count(page, 'sq').textContent())?.match(/\d+/)?.[0]);
    expect(total, 'this query should find more than ten pages').toBeGreaterThan(10);
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    const more = page.getByRole('button', { name: sq('search.more') });
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(total, 20));
    await expect(results(page).nth(10)).toBeFocused();
    expect(fragments).toHaveLength(Math.min(total, 20) - 10);
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size, 'no result is listed twice').toBe(hrefs.length);
    if (total <= 20) await expect(more).toBeHidden();
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('no results shows the way to the signs and to the helplines', async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=zzzxqy`);
    const main = page.getByRole('main');
    // Said once by the status line, shown once with its links below it.
    await expect(main.getByRole('status')).toHaveText(sq('search.noResults'));
    await expect(main.getByText(sq('search.noResults')).and(page.locator(':not([role="status"])'))).toBeVisible();
    await expect(main.getByRole('link', { name: sq('search.callHelp') })).toHaveAttribute('href', getPath('help', 'sq'));
    expect(await callLinks(main).count(), 'lines to call, right where the search failed').toBeGreaterThanOrEqual(2);
  });

  test("excerpts keep a fact's name apart from its value", async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=kostoja`);
    const excerpts = resultItems(page).getByRole('paragraph');
    await expect(excerpts.first()).toBeVisible();
    const [name, value] = [sq('hotline.cost'), sq('hotline.costFree')];
    for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(new RegExp(`${name}(${value}|${name})`));
  });

  test('posters are not search results (their guide is)', async ({ page }) => {
    // A poster carries its guide's title and signs: search for the words of one.
    const guide = readFileSync('content/guides/sq/agjenci-udhetimi.md', 'utf8');
    const title = /^title: "?(.+?)"?$/m.exec(guide)![1]!;
    await page.goto(`${getPath('search', 'sq')}?q=${encodeURIComponent(title.split(':').pop()!.trim())}`);
    await expect(count(page, 'sq')).toBeVisible();
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain(getEntryPath('guides', 'agjenci-udhetimi', 'sq'));
    expect(hrefs.filter((href) => href.includes('/poster/'))).toEqual([]);
  });

  test('search code loads on the search page only', async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(getPath('help', 'sq'));
    await page.goto(getPath('home', 'en'));
    expect(pagefindRequests).toEqual([]);
  });
});

test('a link to a search with a section opens it, then cleans the words from the address; the filter keeps results to that section', async ({ page }) => {
  await page.goto(`${getPath('search', 'sq')}?q=ndihme&section=guides`);
  await expect(results(page).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${getPath('search', 'sq')}$`));
  const hrefs = await results(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  expect(hrefs.every((href) => href.startsWith(getPath('guides', 'sq')))).toBe(true);
  await page.getByLabel(sq('search.sectionLabel')).selectOption('signs');
  await page.getByRole('button', { name: sq('search.submit') }).click();
  await expect(page).toHaveURL(new RegExp(`${getPath('search', 'sq')}$`));
  await expect(results(page).first()).toHaveAttribute('href', new RegExp(`^${getPath('signs', 'sq')}`));
});
