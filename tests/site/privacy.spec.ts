import { expect, test } from '../support/fixtures.ts';
import { listAllPages } from '../support/site.ts';

// After each test: nothing left 127.0.0.1; no console error, exception or CSP violation.
test.use({ failOnOffsiteRequest: true, failOnPageError: true });

// Each test below visits every page, so its time grows with the site (and with a busy
// machine): allow 2 s a page rather than Playwright's fixed 30 s for the whole walk.
test.beforeEach(() => test.setTimeout(Math.max(30_000, listAllPages().length * 2_000)));

test('browsing every page writes no cookie and no storage, and nothing leaves 127.0.0.1', async ({ page, context, offsiteRequests }) => {
  for (const path of listAllPages()) await page.goto(path);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: 0 });
  expect(offsiteRequests, 'requests that left 127.0.0.1').toEqual([]);
});

test('outbound links leak nothing about the visit', async ({ page }) => {
  for (const path of listAllPages()) {
    await page.goto(path);
    // Hidden links too: a filter or a print layout may show them.
    const leaky = await page.getByRole('link', { includeHidden: true }).evaluateAll((links) =>
      (links as HTMLAnchorElement[])
        .filter((link) => /^https?:/.test(link.href) && new URL(link.href).origin !== location.origin && !/\bnoreferrer\b/.test(link.rel))
        .map((link) => link.href),
    );
    expect(leaky, `external links without rel=noreferrer on ${path}`).toEqual([]);
  }
});
