import { expect, findAxeViolations, getPath, test } from '../../../tests/support/fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.locator('[data-search-results] li a');
const count = (page: import('@playwright/test').Page) => page.locator('.search-results__count');

test.describe('search', () => {
  for (const [plain, written] of [
    ['ndihme', 'ndihmë'],
    ['cfare', 'çfarë'],
  ] as const) {
    test(`Albanian typed without diacritics ("${plain}") finds pages written with them ("${written}")`, async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=${plain}`);
    await expect(results(page).first()).toBeVisible();
    const withPlain = await count(page).textContent();
    await expect(page.locator('[data-search-results] mark').first()).toHaveText(new RegExp(written, 'i'));
    await page.goto(`${getPath('search', 'sq')}?q=${encodeURIComponent(written)}`);
    await expect(count(page)).toHaveText(withPlain ?? '');
    });
  }

  test('English results stay in /en/', async ({ page }) => {
    await page.goto(getPath('search', 'en'));
    await page.getByLabel('What are you looking for?').fill('help');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(results(page).first()).toBeVisible();
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
    await expect(page).toHaveURL(/\?q=help$/);
  });

  test('a long list comes ten at a time; "more" adds the next ten and moves focus to the first of them', async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=ndihme`);
    await expect(results(page)).toHaveCount(10);
    const total = Number((await count(page).textContent())?.match(/\d+/)?.[0]);
    expect(total, 'this query should find more than ten pages').toBeGreaterThan(10);
    const fragments: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
    });
    await page.getByRole('button', { name: 'Shfaq më shumë rezultate' }).click();
    await expect(results(page)).toHaveCount(Math.min(total, 20));
    await expect(results(page).nth(10)).toBeFocused();
    expect(fragments).toHaveLength(Math.min(total, 20) - 10);
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(new Set(hrefs).size, 'no result is listed twice').toBe(hrefs.length);
    if (total <= 20) await expect(page.getByRole('button', { name: 'Shfaq më shumë rezultate' })).toBeHidden();
    expect(await findAxeViolations(page)).toEqual([]);
  });

  test('no results shows the way to the signs and to the helplines', async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=zzzxqy`);
    const output = page.locator('[data-search-results]');
    await expect(output).toContainText('Nuk gjetëm asgjë');
    await expect(output.getByRole('link', { name: 'Linjat e ndihmës' })).toHaveAttribute('href', getPath('help', 'sq'));
    expect(await output.locator('a[href^="tel:"]').count(), 'lines to call, right where the search failed').toBeGreaterThanOrEqual(2);
  });

  test("excerpts keep a fact's name apart from its value", async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=kostoja`);
    const excerpts = page.locator('[data-search-results] li p');
    await expect(excerpts.first()).toBeVisible();
    for (const text of await excerpts.allTextContents()) expect(text).not.toMatch(/Kostoja(Falas|Kostoja)/);
  });

  test('posters are not search results (their guide is)', async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=${encodeURIComponent('duket e njohur')}`);
    await expect(page.locator('[data-search-results]')).not.toBeEmpty();
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
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

test('the section filter keeps results to that section, and stays in the address', async ({ page }) => {
  await page.goto(`${getPath('search', 'sq')}?q=ndihme&section=guides`);
  const links = page.locator('[data-search-results] li a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  expect(hrefs.every((href) => href.startsWith(getPath('guides', 'sq')))).toBe(true);
  await page.getByLabel('Vetëm te').selectOption('signs');
  await page.getByRole('button', { name: 'Kërko' }).click();
  await expect(page).toHaveURL(/\?q=ndihme&section=signs$/);
  await expect(links.first()).toHaveAttribute('href', new RegExp(`^${getPath('signs', 'sq')}`));
});
