import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { defaultLocale, type Locale } from '../../src/i18n/locales.ts';
import { getAlternates, getLocaleFromPath, matchRoute, type EntrySection } from '../../src/i18n/routes.ts';
import { sectionCollections } from '../../src/schemas/collections.ts';
import { findBuiltFile, listSitemapPaths, readBuiltTags } from '../support/site.ts';

/**
 * Whether content/ has a page's text in a language. Entries and one-off pages are Markdown,
 * one file per language; pages built from YAML data (self-checks) carry every language at once.
 */
function isWritten(path: string, locale: Locale): boolean {
  const match = matchRoute(path);
  if (!match) throw new Error(`${path} is not a page of the URL contract`);
  const source = (language: Locale) =>
    match.slug
      ? `content/${sectionCollections[match.key as EntrySection]}/${language}/${match.slug}.md`
      : `content/pages/${language}/${match.key}.md`;
  return existsSync(source(locale)) || !existsSync(source(defaultLocale));
}

// Read from the built files, for every page of every section: the English page of an
// untranslated text must say so and lead to the Albanian one, and a translated page must not.
test('every page is built in every language: translated, or with the notice leading to the Albanian page', () => {
  const problems: string[] = [];
  const pages = new Set(listSitemapPaths().flatMap((path) => Object.values(getAlternates(path))));
  for (const path of pages) {
    const file = findBuiltFile(path);
    if (!file) {
      problems.push(`${path}: not built, though ${getAlternates(path)[defaultLocale]} is`);
      continue;
    }
    const locale = getLocaleFromPath(path);
    const tags = readBuiltTags(file);
    const notice = tags.findIndex((tag) => 'data-untranslated' in tag.attributes);
    const translated = isWritten(path, locale);
    if (translated && notice >= 0) problems.push(`${path}: says "only in Albanian", but content has its ${locale} text`);
    if (!translated && notice < 0) problems.push(`${path}: content has no ${locale} text, and the page does not say so`);
    if (!translated && notice >= 0) {
      const link = tags.slice(notice).find((tag) => tag.name === 'a');
      const albanian = getAlternates(path)[defaultLocale];
      if (link?.attributes['href'] !== albanian) problems.push(`${path}: the notice links to ${link?.attributes['href']}, not to ${albanian}`);
    }
  }
  expect(problems).toEqual([]);
});
