import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Hotline } from '../../schemas/hotline.ts';
import { expect, getPath, settings, test } from '../../../tests/support/fixtures.ts';

const primary = settings.primaryContacts.map((id) => yaml.load(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as Hotline);

test('the hotline bar lists the primary contacts in order, confirmed lines as one-tap calls', async ({ page }) => {
  await page.goto(getPath('home', 'sq'));
  const bar = page.getByRole('complementary', { name: 'Linja ndihme' });
  await expect(bar.locator('li')).toHaveText(primary.map((line) => new RegExp(line.number)));
  for (const line of primary) {
    const call = bar.locator(`a[href="tel:${line.tel}"]`);
    await expect(call).toHaveCount(line.status === 'confirmed' ? 1 : 0);
  }
});

test('a line not confirmed to work says so and offers no call link anywhere', async ({ page }) => {
  const unconfirmed = primary.filter((line) => line.status === 'unconfirmed');
  await page.goto(getPath('help', 'en'));
  for (const line of unconfirmed) {
    await expect(page.locator(`a[href="tel:${line.tel}"]`)).toHaveCount(0);
    await expect(page.getByText('Not known whether it works now')).toBeVisible();
  }
});
