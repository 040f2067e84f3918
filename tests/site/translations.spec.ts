import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getSelfCheckLanguage } from '../../src/features/self-check/get-self-check-language.ts';
import { isSelfCheckRoute, selfCheckIds } from '../../src/features/self-check/self-checks.ts';
import { defaultLocale, type Locale } from '../../src/i18n/locales.ts';
import { getAlternates, getLocaleFromPath, matchRoute, type EntrySection } from '../../src/i18n/routes.ts';
import { sectionCollections } from '../../src/schemas/collections.ts';
import { findBuiltFile, listSitemapPaths, readBuiltTags, readSelfCheck } from '../support/site.ts';

/**
 * Whether content/ has a page's text in a language. Entries and one-off pages are Markdown,
 * one file per language; a self-check is one YAML file with every language, shown in a
 * language only once every one of its texts is written in it.
 */
function isWritten(path: string, locale: Locale): boolean {
  const match = matchRoute(path);
  if (!match) throw new Error(`${path} is not a page of the URL contract`);
  if (!match.slug && isSelfCheckRoute(match.key)) return getSelfCheckLanguage(readSelfCheck(selfCheckIds[match.key]), locale) === locale;
  const source = (language: Locale) =>
    match.slug
      ? `content/${sectionCollections[match.key as EntrySection]}/${language}/${match.slug}.md`
      : `content/pages/${language}/${match.key}.md`;
  return existsSync(source(locale)) || !existsSync(source(defaultLocale));
}

/** Every page of every language: the sitemap's pages and each one's alternates. */
const everyPage = () => new Set(listSitemapPaths().flatMap((path) => Object.values(getAlternates(path))));

// Read from the built files, for every page of every section: the page of an untranslated
// text must say so and lead to the Albanian one, and a translated page must not.
test('every page is built in every language: translated, or with the notice leading to the Albanian page', () => {
  const problems: string[] = [];
  for (const path of everyPage()) {
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

// A text another language lacks (a hotline's name, a service, a whole page) is shown in
// Albanian, marked lang="sq", and the page says so; a page that says so has such text.
test('on every page not in Albanian, text shown in Albanian comes with a notice, and a notice with text in Albanian', () => {
  const problems: string[] = [];
  for (const path of everyPage()) {
    const file = findBuiltFile(path);
    if (!file || getLocaleFromPath(path) === defaultLocale) continue;
    const tags = readBuiltTags(file);
    // The language switcher's link to the Albanian page is in Albanian on purpose (it has hreflang).
    const albanian = tags.filter((tag) => tag.attributes['lang'] === defaultLocale && !('hreflang' in tag.attributes));
    const notice = tags.some((tag) => 'data-untranslated' in tag.attributes || 'data-untranslated-parts' in tag.attributes);
    if (albanian.length > 0 && !notice) problems.push(`${path}: <${albanian[0]!.name} lang="${defaultLocale}"> and no notice that some text is in Albanian`);
    if (albanian.length === 0 && notice) problems.push(`${path}: a notice that text is in Albanian, but nothing is marked lang="${defaultLocale}"`);
  }
  expect(problems).toEqual([]);
});
