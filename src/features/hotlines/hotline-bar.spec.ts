import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Hotline } from '../../schemas/hotline.ts';
import { callLink, expect, test } from '../../../tests/support/fixtures.ts';
import { escapeRegExp, getPath, settings, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

const primary = settings.primaryContacts.map((id) => yaml.load(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as Hotline);

test('the hotline bar lists the primary contacts in order, confirmed lines as one-tap calls', async ({ page }) => {
  await page.goto(getPath('home', 'sq'));
  const bar = page.getByRole('complementary', { name: sq('hotlineBar.label') });
  await expect(bar.getByRole('listitem')).toHaveText(primary.map((line) => new RegExp(escapeRegExp(line.number))));
  for (const line of primary) {
    // A call link is named by the number it shows first, and dials that line.
    const call = bar.getByRole('link', { name: new RegExp(`^${escapeRegExp(line.number)}(?!\\d)`) });
    await expect(call).toHaveCount(line.status === 'confirmed' ? 1 : 0);
    if (line.status === 'confirmed') await expect(call).toHaveAttribute('href', `tel:${line.tel}`);
  }
});

test('a line not confirmed to work says so and offers no call link anywhere', async ({ page }) => {
  const unconfirmed = primary.filter((line) => line.status === 'unconfirmed');
  await page.goto(getPath('help', 'en'));
  for (const line of unconfirmed) {
    await expect(callLink(page, line.tel)).toHaveCount(0);
    await expect(page.getByText(en('hotlineBar.notConfirmed'))).toBeVisible();
  }
});
