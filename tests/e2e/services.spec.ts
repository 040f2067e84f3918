import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { telPattern } from '../../src/lib/tel.ts';
import type { Hotline } from '../../src/schemas/hotline.ts';
import { expect, getPath, test } from './fixtures.ts';

const cards = (page: import('@playwright/test').Page) => page.locator('.service-card');

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

  test('choosing a qark without JavaScript shows only that qark', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(getPath('services', 'sq'));
    await expect(page.locator('.service-area:visible')).toHaveCount(13);
    await page.getByRole('navigation', { name: 'Zgjidh qarkun' }).getByRole('link', { name: 'Vlorë' }).click();
    await expect(page).toHaveURL(/#qark-vlore$/);
    await expect(page.locator('.service-area:visible')).toHaveCount(1);
    await expect(page.locator('#qark-vlore')).toBeVisible();
    await expect(page.locator('#qark-vlore')).toContainText('Vatra');
    await context.close();
  });

  test('the kind-of-help filter hides services that do not give that help', async ({ page }) => {
    await page.goto(getPath('services', 'en'));
    const all = await cards(page).count();
    await page.getByLabel('Kind of help').selectOption('shelter');
    const visible = page.locator('.service-card:visible');
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const kinds of await visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kinds') ?? ''))) {
      expect(kinds.split(' ')).toContain('shelter');
    }
    await page.getByLabel('Kind of help').selectOption('');
    await expect(page.locator('.service-card:visible')).toHaveCount(all);
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
