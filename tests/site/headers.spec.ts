import { expect, listAllPages, test } from '../support/fixtures.ts';

test('pages are served with the security headers of public/_headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
});

for (const path of listAllPages()) {
  test(`${path} runs under that CSP without a single violation`, async ({ page }) => {
    // The pageProblems fixture fails the test on any CSP violation or console error.
    await page.goto(path);
    await page.waitForLoadState('load');
  });
}
