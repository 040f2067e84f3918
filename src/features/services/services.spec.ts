import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import yaml from 'js-yaml';
import { qarkNames, qarks } from '../../lib/qarks.ts';
import { telPattern } from '../../lib/tel.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import type { Service } from '../../schemas/service.ts';
import { expect, findAxeViolations, getPath, readContentYaml, test } from '../../../tests/support/fixtures.ts';

const cards = (page: Page) => page.locator('.service-card');

test.describe('services directory', () => {
  test('every service card offers at least one working call, and no shelter shows an address', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(12);
    for (const card of await cards(page).all()) {
      const tels = await card.locator('a[href^="tel:"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(tels.length, await card.locator('h3').innerText()).toBeGreaterThan(0);
      for (const tel of tels) expect(tel.slice('tel:'.length)).toMatch(telPattern);
    }
    // A shelter's address would endanger the people inside: no street address on a shelter card.
    const shelterTexts = await page.locator('.service-card[data-kinds~="shelter"]').allInnerTexts();
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

/** The qark sections a person sees, by their headings, in page order. */
const areaHeadings = (page: Page) => page.locator('.service-areas').getByRole('heading', { level: 2 });
const visibleCards = (page: Page) => page.locator('.service-areas').getByRole('article');
/** The kinds of every card on screen. */
const visibleKinds = (page: Page) => page.locator('.service-card:visible').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-kinds') ?? ''));

test.describe('services filter without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('choosing a qark shows that qark, then the services for all of Albania', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    await expect(areaHeadings(page)).toHaveCount(13);
    await expect(page.getByRole('combobox', { name: 'Qarku', exact: true })).toBeHidden();
    await page.getByRole('navigation', { name: 'Zgjidh qarkun' }).getByRole('link', { name: 'Vlorë' }).click();
    await expect(page).toHaveURL(/#qark-vlore$/);
    await expect(areaHeadings(page)).toHaveText(['Vlorë', 'Shërbime për gjithë Shqipërinë']);
    await expect(page.locator('#qark-vlore')).toContainText('Vatra');
    const national = page.getByRole('region', { name: 'Shërbime për gjithë Shqipërinë', exact: true });
    await expect(national.getByRole('article')).toHaveCount(services.filter((service) => service.qark === 'national').length);
    await page.locator('#qark-vlore').getByRole('link', { name: 'Shfaq të gjitha shërbimet' }).click();
    await expect(areaHeadings(page)).toHaveCount(13);
  });

  test('choosing a kind of help shows only services of that kind, and no qark left empty', async ({ page }) => {
    await page.goto(getPath('services', 'sq'));
    const all = await visibleCards(page).count();
    await page.getByRole('navigation', { name: 'Zgjidh llojin e ndihmës' }).getByRole('link', { name: 'Strehim' }).click();
    await expect(page).toHaveURL(/#kind-shelter$/);
    await expect(page.getByText('Po shfaqen vetëm shërbimet për: Strehim.')).toBeVisible();
    await expect(visibleCards(page)).toHaveCount(shelterCount);
    for (const kinds of await visibleKinds(page)) expect(kinds.split(' ')).toContain('shelter');
    // Each qark still on screen has a shelter under its heading.
    await expect(areaHeadings(page)).toHaveCount(shelterAreas.size);
    for (const area of await page.locator('.service-area:visible').all()) await expect(area.getByRole('article').first()).toBeVisible();
    await page.locator('#kind-shelter').getByRole('link', { name: 'Shfaq të gjitha shërbimet' }).click();
    await expect(visibleCards(page)).toHaveCount(all);
  });
});

test('the page as shown without JavaScript passes axe: every service, a chosen qark, a chosen kind', async ({ page }) => {
  // axe needs JavaScript itself, so the page's own scripts are removed from its HTML instead.
  await page.route(`**${getPath('services', 'sq')}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    const { 'content-encoding': _, 'content-length': __, ...headers } = response.headers();
    await route.fulfill({ response, headers, body: html });
  });
  for (const hash of ['', '#qark-vlore', '#kind-shelter']) {
    await page.goto(getPath('services', 'sq') + hash);
    await expect(page.getByRole('navigation', { name: 'Zgjidh qarkun' })).toBeVisible();
    expect(await findAxeViolations(page), hash).toEqual([]);
  }
});

test.describe('services filter with JavaScript', () => {
  test('choosing shelter hides the qarks with no shelter and announces the count', async ({ page }) => {
    await page.goto(getPath('services', 'en'));
    const all = await visibleCards(page).count();
    await expect(page.getByRole('navigation', { name: 'Choose a qark (county)' })).toBeHidden();
    await page.getByRole('combobox', { name: 'Kind of help', exact: true }).selectOption('shelter');
    await expect(page.getByRole('status')).toHaveText(`Showing ${shelterCount} services.`);
    await expect(visibleCards(page)).toHaveCount(shelterCount);
    for (const kinds of await visibleKinds(page)) expect(kinds.split(' ')).toContain('shelter');
    await expect(areaHeadings(page)).toHaveCount(shelterAreas.size);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Kind of help', exact: true }).selectOption('');
    await expect(visibleCards(page)).toHaveCount(all);
  });

  test('a qark keeps the national services, and one with nothing of the kind says so and points to them', async ({ page }) => {
    const name = qarkNames[qarkWithoutShelter];
    await page.goto(getPath('services', 'en'));
    await page.getByRole('combobox', { name: 'Qark (county)', exact: true }).selectOption(qarkWithoutShelter);
    await expect(areaHeadings(page)).toHaveText([name, 'Services for all of Albania']);
    await expect(page.getByText(/We know of no service/)).toBeHidden();

    await page.getByRole('combobox', { name: 'Kind of help', exact: true }).selectOption('shelter');
    await expect(areaHeadings(page)).toHaveText([name, 'Services for all of Albania']);
    const area = page.getByRole('region', { name, exact: true });
    await expect(area.getByRole('article')).toHaveCount(0);
    await expect(area.getByText(`We know of no service for “Shelter” in ${name}.`)).toBeVisible();
    await expect(area.getByRole('link', { name: 'Services for all of Albania' })).toHaveAttribute('href', '#qark-national');
    // Never a single route to help: the message offers more than one line to call.
    expect(await area.locator('a[href^="tel:"]').count()).toBeGreaterThan(1);
    const national = services.filter((service) => service.qark === 'national' && service.kinds.includes('shelter')).length;
    await expect(page.getByRole('region', { name: 'Services for all of Albania', exact: true }).getByRole('article')).toHaveCount(national);
    await expect(page.getByRole('status')).toHaveText(`Showing ${national} services.`);
    expect(await findAxeViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Qark (county)', exact: true }).selectOption('vlore');
    await expect(page.getByText(/We know of no service/)).toBeHidden();
    await expect(page.getByRole('region', { name: 'Vlorë', exact: true })).toContainText('Vatra');
  });

  test('a link to a qark from elsewhere arrives with that qark chosen', async ({ page }) => {
    await page.goto(`${getPath('services', 'sq')}#qark-vlore`);
    await expect(page.getByRole('combobox', { name: 'Qarku', exact: true })).toHaveValue('vlore');
    await expect(areaHeadings(page)).toHaveText(['Vlorë', 'Shërbime për gjithë Shqipërinë']);
  });
});

test.describe('help abroad', () => {
  test('every country gives an emergency number to call, and unconfirmed lines have no call link', async ({ page }) => {
    await page.goto(getPath('abroad', 'en'));
    const countries = page.locator('section.country');
    expect(await countries.count()).toBeGreaterThanOrEqual(7);
    for (const country of await countries.all()) {
      await expect(country.locator('.country__emergency')).toHaveAttribute('href', /^tel:\d{3}$/);
    }
    const unconfirmed = page.locator('.hotline-card[data-status="unconfirmed"]');
    expect(await unconfirmed.count()).toBeGreaterThan(0);
    await expect(unconfirmed.locator('a[href^="tel:"]')).toHaveCount(0);
  });
});

test.describe('get help', () => {
  test('each confirmed line on the help page is a call link to its number in content; an unconfirmed one is not', async ({ page }) => {
    await page.goto(getPath('help', 'sq'));
    const national = readdirSync('content/hotlines')
      .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(yaml.load(readFileSync(`content/hotlines/${name}`, 'utf8')) as Hotline) }))
      .filter((line) => line.scope === 'national');
    expect(national.length).toBeGreaterThanOrEqual(5);
    for (const line of national) {
      const card = page.locator(`.hotline-card#${line.id}`);
      await expect(card.locator('a[href^="tel:"]')).toHaveCount(line.status === 'confirmed' ? 1 : 0);
      if (line.status === 'confirmed') await expect(card.locator('a[href^="tel:"]')).toHaveAttribute('href', `tel:${line.tel}`);
    }
  });
});
