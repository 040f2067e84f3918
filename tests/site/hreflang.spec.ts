import { expect, test } from '@playwright/test';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { findBuiltFile, getSiteOrigin, isNoindex, listBuiltPages, readBuiltTags } from '../support/site.ts';

/** A page's `<link rel="alternate" hreflang>` targets as paths, by language (`x-default` too). */
function readAlternates(file: string, origin: string): Record<string, string> {
  const links = readBuiltTags(file).filter((tag) => tag.name === 'link' && tag.attributes['rel'] === 'alternate' && 'hreflang' in tag.attributes);
  return Object.fromEntries(
    links.map((link) => {
      const url = new URL(link.attributes['href'] ?? '', origin);
      return [link.attributes['hreflang'], url.origin === origin ? url.pathname : url.href];
    }),
  );
}

// On the built files, so every page is checked against what its alternates really say,
// not against the route table (language.spec.ts does that, through the switcher).
test('hreflang alternates name the page itself, point at built pages, and point back', () => {
  const origin = getSiteOrigin();
  const problems: string[] = [];
  for (const { path, file } of listBuiltPages()) {
    // Pages kept out of search engines (404, offline) have no alternates.
    if (isNoindex(file)) continue;
    const alternates = readAlternates(file, origin);
    const lang = readBuiltTags(file).find((tag) => tag.name === 'html')?.attributes['lang'] ?? '';
    for (const locale of [...locales, 'x-default']) {
      if (!alternates[locale]) problems.push(`${path}: no hreflang="${locale}"`);
    }
    if (alternates[lang] !== path) problems.push(`${path}: hreflang="${lang}" (its own language) points at ${alternates[lang]}, not at itself`);
    if (alternates['x-default'] !== alternates[defaultLocale]) problems.push(`${path}: x-default is not the ${defaultLocale} page`);
    for (const locale of locales) {
      const target = alternates[locale];
      if (!target || target === path) continue;
      const targetFile = findBuiltFile(target);
      if (!targetFile) {
        problems.push(`${path}: hreflang="${locale}" points at ${target}, which is not built`);
        continue;
      }
      const back = readAlternates(targetFile, origin)[lang];
      if (back !== path) problems.push(`${path} → ${target} (${locale}), but ${target} points back at ${back} for "${lang}"`);
    }
  }
  expect(problems).toEqual([]);
});
