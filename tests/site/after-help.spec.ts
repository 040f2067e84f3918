import { getAnchorPath } from '../../src/i18n/routes.ts';
import { expect, test } from '../support/fixtures.ts';
import { getEntryPath, getPath, locales } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

// Social workers hand «Pas ndihmës së parë» out on paper (issue 18): it must print on one A4 sheet.
for (const locale of locales) {
  test(`the page after the first help prints on one A4 sheet (${locale})`, async ({ page }) => {
    await page.goto(getPath('afterHelp', locale));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(1);
    // The lines to call are on the sheet, not only on screen.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-footer__print')).toBeVisible();
  });
}

// A person looking for life after the shelter finds the page by the words they would type,
// with or without the Albanian letters.
for (const query of ['riintegrim', 'strehëz', 'strehez', 'punë pas strehëzës']) {
  test(`searching «${query}» finds the page after the first help`, async ({ page }) => {
    await page.goto(`${getPath('search', 'sq')}?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-search-results] li a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(getPath('afterHelp', 'sq'));
  });
}

test('the stories page shows the published testimony first and says what each story is', async ({ page }) => {
  await page.goto(getPath('stories', 'sq'));
  const items = page.locator('.entries li');
  await expect(items.first().getByRole('link')).toHaveAttribute('href', getEntryPath('stories', 'deshmia-e-m', 'sq'));
  await expect(items.first()).toContainText('Dëshmi e botuar');
  const labels = await items.locator('.entries__kind').allTextContents();
  expect(labels.length).toBe(await items.count());
  expect(labels.slice(1).every((label) => label === 'Histori e përbërë nga raportet')).toBe(true);
});

test('service cards link to what their kind of help does for a person', async ({ page }) => {
  await page.goto(getPath('services', 'en'));
  await expect(page.locator('#krat-tirane').getByRole('link', { name: 'What the regional committee does' })).toHaveAttribute('href', getAnchorPath('regionalCommittees', 'en'));
  await expect(page.locator('#mobile-identification-units').getByRole('link', { name: 'How the mobile units help you' })).toHaveAttribute('href', getAnchorPath('mobileUnits', 'en'));
  await expect(page.locator('#vatra').getByRole('link', { name: "What the shelters' coalition is" })).toHaveAttribute('href', getAnchorPath('coalition', 'en'));
  await page.locator('#vatra').getByRole('link', { name: "What the shelters' coalition is" }).click();
  await expect(page.locator('#coalition')).toBeInViewport();
});
