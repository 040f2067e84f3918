import { expect, test } from '@playwright/test';
import { readIds } from '../support/html-tags.ts';
import { findBuiltFile, getSiteOrigin, listBuiltPages, readBuilt, readBuiltTags } from '../support/site.ts';

/** The attributes through which a page points at another file of the site. */
const references: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
  'astro-island': ['component-url', 'renderer-url'],
};

// A check on the built files, not in a browser: it reads every HTML file of dist/ (the 404
// page and any page left out of the sitemap included) and follows links to other pages'
// #anchors too, which a crawl of rendered pages cannot see without loading each target.
test('every internal link and #anchor in every built page resolves', () => {
  const origin = getSiteOrigin();
  const idsOf = new Map<string, Set<string>>();
  const broken: string[] = [];
  let followed = 0;
  for (const { path, file } of listBuiltPages()) {
    for (const tag of readBuiltTags(file)) {
      for (const attribute of references[tag.name] ?? []) {
        const value = tag.attributes[attribute];
        if (value === undefined) continue;
        const url = new URL(value, origin + path);
        // tel:, mailto: and other sites have another origin; the site's absolute links
        // (canonical, alternates) carry SITE_URL's.
        if (url.origin !== origin) continue;
        followed += 1;
        // The 404 page answers at any path: its own #anchors are on itself.
        const target = url.pathname === path ? file : findBuiltFile(url.pathname);
        if (!target) {
          broken.push(`${path}: <${tag.name} ${attribute}="${value}"> → no such file in dist/`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (!id) continue;
        if (!idsOf.has(target)) idsOf.set(target, readIds(readBuilt(target)));
        if (!idsOf.get(target)!.has(id)) broken.push(`${path}: <${tag.name} ${attribute}="${value}"> → no element with id "${id}" on ${url.pathname}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(followed, 'links followed').toBeGreaterThan(100);
});
