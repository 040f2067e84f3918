import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import yaml from 'js-yaml';
import { qarkNames, qarks } from '../../lib/qarks.ts';
import { telPattern } from '../../lib/tel.ts';
import { pickText } from '../../i18n/localized.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import type { Service } from '../../schemas/service.ts';
import { callLinks, expect, findAxeViolations, test } from '../../../tests/support/fixtures.ts';
import { getPath, type Locale, readContentYaml, uiPattern, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

/** The line that announces what the filter shows (the quick exit has its own, outside main). */
const filterStatus = (page: Page) => page.getByRole('main').getByRole('status');
/** The service cards on screen (hidden ones are not counted). */
const cards = (page: Page) => page.getByRole('main').getByRole('article');
/** The qark sections on screen, each a region named by its heading. */
const areas = (page: Page) => page.getByRole('main').getByRole('region');
/** The qark sections a person sees, by their headings, in page order. */
const areaHeadings = (page: Page) => areas(page).getByRole('heading', { level: 2 });
/** "Shelter" in the list of a card's kinds of help (labelled "Kinds of help"). */
const shelterKind = (scope: Page | Locator, locale: Locale) =>
  scope.getByRole('list', { name: uiText(locale)('services.kindsLabel') }).getByText(uiText(locale)('serviceKind.shelter'), { exact: true });
/** The cards that list shelter among their kinds of help. */
const shelterCards = (page: Page, locale: Locale) => cards(page).filter({ has: shelterKind(page, locale) });

/** Expects every card on screen to list shelter among its kinds of help. */
async function expectOnlyShelters(page: Page, locale: Locale): Promise<void> {
  for (const card of await cards(page).all()) await expect(shelterKind(card, locale)).toBeVisible();
}

test.describe('services directory', () => {
  test('every service card offers at least one working call, and no shelter shows an address', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(12);
    for (const card of await cards(page).all()) {
      const tels = await callLinks(card).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(tels.length, await card.getByRole('heading', { level: 3 }).innerText()).toBeGreaterThan(0);
      for (const tel of tels) expect(tel.slice('tel:'.length)).toMatch(telPattern);
    }
    // A shelter's address would endanger the people inside: no street address on a shelter card.
    const shelterTexts = await shelterCards(page, 'sq').allInnerTexts();
    expect(shelterTexts.length).toBeGreaterThan(0);
    for (const text of shelterTexts) expect(text).not.toMatch(/\b(rruga|rr\.|lagjja|street)\b/i);
  });
});

/** The services of content/, to derive what each filter must show. */
const services = readContentYaml('services') as Service[];
const shelterAreas = new Set(services.filter((service) => service.kinds.includes('shelter')).map((service) => service.qark));
const shelterCount = services.filter((service) => service.kinds.includes('shelter')).length;
/** A qark with services, none of them a shelter (Kukës today). */
const qarkWithoutShelter = qarks.find((qark) => !shelterAreas.has(qark) && services.some((service) => service.qark === qark))!;
/** The services of Vlorë, the qark the tests choose. */
const vloreServices = services.filter((service) => service.qark === 'vlore');

test.describe('services filter without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('choosing a qark shows that qark, then the services for all of Albania', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    const national = sq('services.nationalHeading');
    await expect(areaHeadings(page)).toHaveCount(13);
    await expect(page.getByRole('combobox', { name: sq('services.qarkLabel'), exact: true })).toBeHidden();
    await page.getByRole('navigation', { name: sq('services.qarkFilter') }).getByRole('link', { name: qarkNames.vlore }).click();
    await expect(page).toHaveURL(/#qark-vlore$/);
    await expect(areaHeadings(page)).toHaveText([qarkNames.vlore, national]);
    const vlore = page.getByRole('region', { name: qarkNames.vlore, exact: true });
    for (const service of vloreServices) await expect(vlore).toContainText(service.name.sq);
    await expect(page.getByRole('region', { name: national, exact: true }).getByRole('article')).toHaveCount(services.filter((service) => service.qark === 'national').length);
    await vlore.getByRole('link', { name: sq('services.showAll') }).click();
    await expect(areaHeadings(page)).toHaveCount(13);
  });

  test('choosing a kind of help shows only services of that kind, and no qark left empty', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    const all = await cards(page).count();
    const shelter = sq('serviceKind.shelter');
    await page.getByRole('navigation', { name: sq('services.kindChooser') }).getByRole('link', { name: shelter }).click();
    await expect(page).toHaveURL(/#kind-shelter$/);
    const chosen = page.getByText(sq('services.kindChosen', { kind: shelter }));
    await expect(chosen).toBeVisible();
    await expect(cards(page)).toHaveCount(shelterCount);
    await expectOnlyShelters(page, 'sq');
    // Each qark still on screen has a shelter under its heading.
    await expect(areaHeadings(page)).toHaveCount(shelterAreas.size);
    for (const area of await areas(page).all()) await expect(area.getByRole('article').first()).toBeVisible();
    await chosen.getByRole('link', { name: sq('services.showAll') }).click();
    await expect(cards(page)).toHaveCount(all);
  });
});

test('the page as shown without JavaScript passes axe: every service, a chosen qark, a chosen kind', async ({ page }) => {
  // Three full axe scans of the longest page: more than 30 s on a busy 2-core machine.
  test.slow();
  // axe needs JavaScript itself, so the page's own scripts are removed from its HTML instead.
  await page.route(`**${getPath('services', 'sq')}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    const { 'content-encoding': _, 'content-length': __, ...headers } = response.headers();
    await route.fulfill({ response, headers, body: html });
  });
  for (const hash of ['', '#qark-vlore', '#kind-shelter']) {
    await page.goto(getPath('services', 'sq') + hash);
    await expect(page.getByRole('navigation', { name: sq('services.qarkFilter') })).toBeVisible();
    expect(await findAxeViolations(page), hash).toEqual([]);
  }
});

test.describe('services filter with JavaScript', () => {
  test('choosing shelter hides the qarks with no shelter and announces the count', async ({ page }) => {
    await page.goto(getPath('services', 'en'));
    const all = await cards(page).count();
    const kind = page.getByRole('combobox', { name: en('services.kindFilter'), exact: true });
    await expect(page.getByRole('navigation', { name: en('services.qarkFilter') })).toBeHidden();
    await kind.selectOption('shelter');
    await expect(filterStatus(page)).toHaveText(en('services.count', { count: String(shelterCount) }));
    await expect(cards(page)).toHaveCount(shelterCount);
    await expectOnlyShelters(page, 'en');
    await expect(areaHeadings(page)).toHaveCount(shelterAreas.size);
    expect(await findAxeViolations(page)).toEqual([]);
    await kind.selectOption('');
    await expect(cards(page)).toHaveCount(all);
  });

  test('a qark keeps the national services, and one with nothing of the kind says so and points to them', async ({ page }) => {
    const name = qarkNames[qarkWithoutShelter];
    const national = en('services.nationalHeading');
    const noMatch = page.getByText(uiPattern('en')('services.noMatch'));
    await page.goto(getPath('services', 'en'));
    await page.getByRole('combobox', { name: en('services.qarkLabel'), exact: true }).selectOption(qarkWithoutShelter);
    await expect(areaHeadings(page)).toHaveText([name, national]);
    await expect(noMatch).toBeHidden();

    await page.getByRole('combobox', { name: en('services.kindFilter'), exact: true }).selectOption('shelter');
    await expect(areaHeadings(page)).toHaveText([name, national]);
    const area = page.getByRole('region', { name, exact: true });
    await expect(area.getByRole('article')).toHaveCount(0);
    await expect(area.getByText(en('services.noMatch', { kind: en('serviceKind.shelter'), qark: name }))).toBeVisible();
    await expect(area.getByRole('link', { name: national })).toHaveAttribute('href', '#qark-national');
    // Never a single route to help: the message offers more than one line to call.
    expect(await callLinks(area).count()).toBeGreaterThan(1);
    const nationalShelters = services.filter((service) => service.qark === 'national' && service.kinds.includes('shelter')).length;
    await expect(page.getByRole('region', { name: national, exact: true }).getByRole('article')).toHaveCount(nationalShelters);
    await expect(filterStatus(page)).toHaveText(en('services.count', { count: String(nationalShelters) }));
    expect(await findAxeViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: en('services.qarkLabel'), exact: true }).selectOption('vlore');
    await expect(noMatch).toBeHidden();
    const vlore = page.getByRole('region', { name: qarkNames.vlore, exact: true });
    for (const service of vloreServices) await expect(vlore).toContainText(pickText(service.name, 'en').text);
  });

  test('a link to a qark from elsewhere arrives with that qark chosen', async ({ page }) => {
    await page.goto(`${getPath('services', 'sq')}#qark-vlore`);
    await expect(page.getByRole('combobox', { name: sq('services.qarkLabel'), exact: true })).toHaveValue('vlore');
    await expect(areaHeadings(page)).toHaveText([qarkNames.vlore, sq('services.nationalHeading')]);
  });
});

test.describe('help abroad', () => {
  test('every country gives an emergency number to call, and unconfirmed lines have no call link', async ({ page }) => {
    await page.goto(getPath('abroad', 'en'));
    // Each country is a region named by its heading.
    const countries = page.getByRole('main').getByRole('region');
    expect(await countries.count()).toBeGreaterThanOrEqual(7);
    for (const country of await countries.all()) {
      const emergency = country.getByRole('paragraph').filter({ hasText: en('abroad.emergency') }).getByRole('link');
      await expect(emergency).toHaveAttribute('href', /^tel:\d{3}$/);
    }
    // A line not confirmed to work says so on its card.
    const unconfirmed = page.getByRole('article').filter({ hasText: en('hotline.statusUnconfirmed') });
    expect(await unconfirmed.count()).toBeGreaterThan(0);
    await expect(callLinks(unconfirmed)).toHaveCount(0);
  });
});

test.describe('get help', () => {
  test('each confirmed line on the help page is a call link to its number in content; an unconfirmed one is not', async ({ page }) => {
    await page.goto(getPath('help', 'sq'));
    const national = readdirSync('content/hotlines')
      .map((name) => yaml.load(readFileSync(`content/hotlines/${name}`, 'utf8')) as Hotline)
      .filter((line) => line.scope === 'national');
    expect(national.length).toBeGreaterThanOrEqual(5);
    for (const line of national) {
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: line.name.sq, exact: true }) });
      await expect(card, line.name.sq).toHaveCount(1);
      await expect(callLinks(card)).toHaveCount(line.status === 'confirmed' ? 1 : 0);
      if (line.status === 'confirmed') await expect(callLinks(card)).toHaveAttribute('href', `tel:${line.tel}`);
    }
  });
});
