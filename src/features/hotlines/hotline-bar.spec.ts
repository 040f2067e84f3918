import type { Hotline } from '../../schemas/hotline.ts';
import { callLink, expect, test } from '../../../tests/support/fixtures.ts';
import { escapeRegExp, getPath, readContentYaml, readHotline, settings, uiText } from '../../../tests/support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

/** The words a reader sees, in each language, as content/ui gives them. */
const sq = uiText('sq');
const en = uiText('en');

const primary = settings.primaryContacts.map(readHotline);

test('the hotline bar lists the primary contacts in order, each a one-tap call to a line confirmed to work', async ({ page }) => {
  await page.goto(getPath('home', 'sq'));
  const bar = page.getByRole('complementary', { name: sq('hotlineBar.label') });
  await expect(bar.getByRole('listitem')).toHaveText(primary.map((line) => new RegExp(escapeRegExp(line.number))));
  for (const line of primary) {
    expect(line.status, `${line.number} in the bar must be a line that answers`).toBe('confirmed');
    // A call link is named by the number it shows first, and dials that line.
    const call = bar.getByRole('link', { name: new RegExp(`^${escapeRegExp(line.number)}(?!\\d)`) });
    await expect(call).toHaveAttribute('href', `tel:${line.tel}`);
  }
  await expect(bar.getByText(sq('hotlineBar.notConfirmed'))).toHaveCount(0);
});

test('a line not confirmed to work is shown with its status on the help page, and offers no call link anywhere', async ({ page }) => {
  const unconfirmed = (readContentYaml('hotlines') as Hotline[]).filter((line) => line.status === 'unconfirmed' && line.scope === 'national');
  expect(unconfirmed.length, 'today 116 006 is such a line').toBeGreaterThan(0);
  for (const path of [getPath('home', 'en'), getPath('help', 'en')]) {
    await page.goto(path);
    for (const line of unconfirmed) await expect(callLink(page, line.tel)).toHaveCount(0);
  }
  for (const line of unconfirmed) await expect(page.getByRole('main').getByText(line.number).first()).toBeVisible();
  await expect(page.getByRole('main').getByText(en('hotline.statusUnconfirmed')).first()).toBeVisible();
});
