import { expect, listAllPages, test } from './fixtures.ts';

test('every internal link and #anchor on every page resolves', async ({ page, request }) => {
  // One visit per page of the site: far more than the default 30 s allows.
  test.setTimeout(240_000);
  const checked = new Map<string, number>();
  const broken: string[] = [];
  for (const path of listAllPages()) {
    await page.goto(path);
    const links = await page.$$eval('a[href]', (anchors: HTMLAnchorElement[]) =>
      anchors.filter((a) => a.origin === location.origin).map((a) => ({ path: a.pathname + a.search, hash: a.hash })),
    );
    for (const link of links) {
      const samePage = link.path === new URL(page.url()).pathname;
      if (samePage && !link.hash) continue;
      if (samePage) {
        const id = decodeURIComponent(link.hash.slice(1));
        if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${path} → ${link.hash} (no such anchor)`);
        continue;
      }
      if (!checked.has(link.path)) checked.set(link.path, (await request.get(link.path)).status());
      if (checked.get(link.path) !== 200) broken.push(`${path} → ${link.path} (${checked.get(link.path)})`);
    }
  }
  expect(broken).toEqual([]);
});
