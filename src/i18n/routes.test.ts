import { describe, expect, test } from 'vitest';
import { locales, type Locale } from './locales.ts';
import { anchors, type AnchorKey, getAlternates, getAnchorPath, getEntryPath, getLocaleFromPath, getPath, getPosterPath, getSearchSection, matchRoute, routes, type RouteKey } from './routes.ts';

/** The URL contract as PRODUCT.md prints it: these paths are on posters and must never change. */
const contract: Array<[RouteKey, string, string]> = [
  ['home', '/', '/en/'],
  ['signs', '/shenjat/', '/en/signs/'],
  ['selfChecks', '/vetekontroll/', '/en/self-check/'],
  ['jobOfferCheck', '/vetekontroll/oferta-pune/', '/en/self-check/job-offer/'],
  ['mySituationCheck', '/vetekontroll/situata-ime/', '/en/self-check/my-situation/'],
  ['someoneElseCheck', '/vetekontroll/per-dike-tjeter/', '/en/self-check/someone-else/'],
  ['help', '/ndihme/', '/en/help/'],
  ['services', '/ndihme/sherbimet/', '/en/help/services/'],
  ['abroad', '/ndihme/jashte-vendit/', '/en/help/abroad/'],
  ['afterHelp', '/ndihme/pas-ndihmes-se-pare/', '/en/help/after-first-help/'],
  ['guides', '/udhezues/', '/en/guides/'],
  ['stories', '/histori/', '/en/stories/'],
  ['privacy', '/privatesia/', '/en/privacy/'],
  ['search', '/kerko/', '/en/search/'],
  ['about', '/rreth-nesh/', '/en/about/'],
  ['glossary', '/fjalori/', '/en/glossary/'],
];

describe('route table', () => {
  test('covers exactly the pages of the URL contract', () => {
    expect(Object.keys(routes).sort()).toEqual(contract.map(([key]) => key).sort());
  });

  test.each(contract)('%s is %s in Albanian and %s in English', (key, sq, en) => {
    expect(getPath(key, 'sq')).toBe(sq);
    expect(getPath(key, 'en')).toBe(en);
  });

  test('no two pages share a path', () => {
    const paths = locales.flatMap((locale) => (Object.keys(routes) as RouteKey[]).map((key) => getPath(key, locale)));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

// A language added to locales.ts without its own slugs (Italian, say) builds at once:
// `/<locale>/` plus the English slugs. Cast: no third language is in locales.ts today.
describe('a language without its own paths', () => {
  const italian = 'it' as Locale;
  test.each([
    ['home', '/it/'],
    ['services', '/it/help/services/'],
    ['jobOfferCheck', '/it/self-check/job-offer/'],
  ] as const)('%s is %s: /<locale>/ and the English slugs', (key, path) => {
    expect(getPath(key, italian)).toBe(path);
  });

  test('its entries, posters and anchors follow the same rule; anchors keep the Albanian ids its page shows', () => {
    expect(getEntryPath('signs', 'mitet', italian)).toBe('/it/signs/mitet/');
    expect(getPosterPath('mesues', italian)).toBe('/it/guides/mesues/poster/');
    expect(getAnchorPath('coalition', italian)).toBe('/it/help/after-first-help/#koalicioni');
  });
});

describe('matchRoute and getAlternates', () => {
  test.each(contract)('%s maps to its translation both ways', (key, sq, en) => {
    expect(matchRoute(sq)).toEqual({ key, locale: 'sq' });
    expect(matchRoute(en)).toEqual({ key, locale: 'en' });
    expect(getAlternates(sq)).toMatchObject({ sq, en });
    expect(getAlternates(en)).toMatchObject({ sq, en });
    expect(Object.keys(getAlternates(sq))).toEqual(locales);
  });

  test('entry pages keep their slug across languages', () => {
    expect(getEntryPath('signs', 'mitet', 'sq')).toBe('/shenjat/mitet/');
    expect(matchRoute('/en/guides/health/')).toEqual({ key: 'guides', locale: 'en', slug: 'health' });
    expect(getAlternates('/histori/nje-histori/')).toMatchObject({ sq: '/histori/nje-histori/', en: '/en/stories/nje-histori/' });
  });

  test("a guide's poster is a page of its own, paired across languages", () => {
    expect(getPosterPath('mesues', 'sq')).toBe('/udhezues/mesues/poster/');
    expect(matchRoute('/en/guides/mesues/poster/')).toEqual({ key: 'guides', locale: 'en', slug: 'mesues', poster: true });
    expect(getAlternates('/udhezues/mesues/poster/')).toMatchObject({ sq: '/udhezues/mesues/poster/', en: '/en/guides/mesues/poster/' });
    expect(matchRoute('/shenjat/mitet/poster/')).toBeUndefined();
  });

  test.each([
    ['/vetekontroll/oferta-pune/', 'selfChecks'],
    ['/en/help/services/', 'help'],
    ['/ndihme/pas-ndihmes-se-pare/', 'help'],
    ['/shenjat/mite-dhe-fakte/', 'signs'],
    ['/udhezues/mesues/poster/', 'guides'],
    ['/en/stories/x/', 'stories'],
    ['/', undefined],
    ['/rreth-nesh/', undefined],
  ])('%s is in the search section %s', (path, section) => {
    expect(getSearchSection(path)).toBe(section);
  });

  test('a path without its trailing slash still matches', () => {
    expect(matchRoute('/ndihme')).toEqual({ key: 'help', locale: 'sq' });
  });

  test('paths outside the contract have no match and fall back to the home pages', () => {
    expect(matchRoute('/nope/')).toBeUndefined();
    expect(matchRoute('/shenjat/a/b/')).toBeUndefined();
    expect(getAlternates('/404.html')).toMatchObject({ sq: '/', en: '/en/' });
  });

  test.each([
    ['/', 'sq'],
    ['/ndihme/', 'sq'],
    ['/en/', 'en'],
    ['/en/help/', 'en'],
    ['/enigma/', 'sq'],
  ] as const)('%s is in %s', (path, locale) => {
    expect(getLocaleFromPath(path)).toBe(locale);
  });
});

describe('anchors', () => {
  test('an anchored section is its page path and the id of the language', () => {
    expect(getAnchorPath('coalition', 'sq')).toBe('/ndihme/pas-ndihmes-se-pare/#koalicioni');
    expect(getAnchorPath('regionalCommittees', 'en')).toBe('/en/help/after-first-help/#regional-committees');
  });

  test('no two anchors of one page share an id in a language', () => {
    for (const locale of locales) {
      const ids = (Object.keys(anchors) as AnchorKey[]).map((key) => getAnchorPath(key, locale));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
