import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, isNoindex, listBuiltPages, listSitemapPaths } from '../support/site.ts';

/** The CMS: never indexed, never listed. */
const isAdmin = (path: string) => path === '/admin/' || path.startsWith('/admin/');

test('the sitemap lists every public page of dist/, once, and no page that is not built', () => {
  const built = listBuiltPages()
    .filter((page) => !isNoindex(page.file) && !isAdmin(page.path))
    .map((page) => page.path);
  expect(listSitemapPaths()).toEqual(built.sort());
});

test('the sitemap lists no /admin/ path', () => {
  expect(listSitemapPaths().filter(isAdmin)).toEqual([]);
});

test('the sitemap index points at every sitemap file', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(() => readFileSync(join(distDir, file)), `${file} in sitemap-index.xml`).not.toThrow();
});
