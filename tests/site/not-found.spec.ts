import { expect, notFoundPath, test } from '../support/fixtures.ts';

test('a missing page answers 404 in Albanian and English, with the hotlines', async ({ page }) => {
  const response = await page.goto(notFoundPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kjo faqe nuk u gjet');
  await expect(page.getByRole('heading', { level: 2, name: 'This page was not found' })).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
});
