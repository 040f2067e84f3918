import { selfCheckRoutes } from '../features/self-check/self-checks.ts';
import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

/** The language whose slugs a language without its own paths borrows (see `routes`). */
const slugSource = 'en' satisfies Locale;

/** A page's own paths: Albanian and English always; another language only if it has its own slugs. */
type OwnPaths = { [defaultLocale]: string; [slugSource]: string } & Partial<Record<Locale, string>>;

/**
 * THE URL contract (PRODUCT.md). Paths are printed on posters and in QR codes, so a
 * path here never changes once published. Pages, links and the language switcher
 * read paths from this table (through `getPath`); nothing else spells a path out.
 *
 * A language without its own paths here gets `/<locale>/` plus the English slugs
 * (`/it/help/services/`): the site builds in a new language before anyone names its slugs,
 * and readers of a third language read English words more often than Albanian ones. Give
 * it its own paths (`it: '/it/aiuto/'`) only before they are published: after that they
 * are on posters too.
 */
export const routes = {
  home: { sq: '/', en: '/en/' },
  signs: { sq: '/shenjat/', en: '/en/signs/' },
  selfChecks: { sq: '/vetekontroll/', en: '/en/self-check/' },
  jobOfferCheck: { sq: '/vetekontroll/oferta-pune/', en: '/en/self-check/job-offer/' },
  mySituationCheck: { sq: '/vetekontroll/situata-ime/', en: '/en/self-check/my-situation/' },
  someoneElseCheck: { sq: '/vetekontroll/per-dike-tjeter/', en: '/en/self-check/someone-else/' },
  help: { sq: '/ndihme/', en: '/en/help/' },
  services: { sq: '/ndihme/sherbimet/', en: '/en/help/services/' },
  abroad: { sq: '/ndihme/jashte-vendit/', en: '/en/help/abroad/' },
  afterHelp: { sq: '/ndihme/pas-ndihmes-se-pare/', en: '/en/help/after-first-help/' },
  guides: { sq: '/udhezues/', en: '/en/guides/' },
  stories: { sq: '/histori/', en: '/en/stories/' },
  privacy: { sq: '/privatesia/', en: '/en/privacy/' },
  search: { sq: '/kerko/', en: '/en/search/' },
  about: { sq: '/rreth-nesh/', en: '/en/about/' },
  glossary: { sq: '/fjalori/', en: '/en/glossary/' },
} as const satisfies Record<string, OwnPaths>;

/** A page of the URL contract. */
export type RouteKey = keyof typeof routes;

/** Sections whose pages are a hub plus one page per content entry (`<hub>/<slug>/`). */
export const entrySections = ['signs', 'guides', 'stories'] as const satisfies readonly RouteKey[];
export type EntrySection = (typeof entrySections)[number];

/** Where a path lands in the contract: which page, in which language, for which entry. */
export interface RouteMatch {
  key: RouteKey;
  locale: Locale;
  slug?: string;
  /** The printable poster of a guide rather than the guide. */
  poster?: true;
}

/**
 * The path of a page in a language.
 * @example getPath('help', 'en') // '/en/help/'
 */
export function getPath(key: RouteKey, locale: Locale): string {
  const paths: OwnPaths = routes[key];
  return paths[locale] ?? `/${locale}${paths[slugSource].slice(`/${slugSource}`.length)}`;
}

/**
 * The path of one entry of a hub-and-entries section.
 * @example getEntryPath('signs', 'cfare-eshte-trafikimi', 'sq') // '/shenjat/cfare-eshte-trafikimi/'
 */
export function getEntryPath(section: EntrySection, slug: string, locale: Locale): string {
  return `${getPath(section, locale)}${slug}/`;
}

/**
 * The printable poster of a guide. Printed posters carry this path in their QR code's
 * neighbour text, so it is as stable as the rest of the contract.
 * @example getPosterPath('mesues', 'en') // '/en/guides/mesues/poster/'
 */
export function getPosterPath(slug: string, locale: Locale): string {
  return `${getEntryPath('guides', slug, locale)}poster/`;
}

/** The language a path is in, read from its first segment. */
export function getLocaleFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

function withTrailingSlash(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Finds which page of the contract a path is, or undefined for a path outside it.
 * @example matchRoute('/en/signs/myths/') // { key: 'signs', locale: 'en', slug: 'myths' }
 */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const path = withTrailingSlash(pathname);
  for (const locale of locales) {
    for (const key of Object.keys(routes) as RouteKey[]) {
      if (getPath(key, locale) === path) return { key, locale };
    }
    for (const section of entrySections) {
      const base = getPath(section, locale);
      const rest = path.startsWith(base) ? path.slice(base.length, -1) : '';
      if (rest && !rest.includes('/')) return { key: section, locale, slug: rest };
      const poster = section === 'guides' ? /^([^/]+)\/poster$/.exec(rest) : null;
      if (poster) return { key: section, locale, slug: poster[1]!, poster: true };
    }
  }
  return undefined;
}

/**
 * The same page in every language; a path outside the contract maps to each home page.
 * @example getAlternates('/ndihme/') // { sq: '/ndihme/', en: '/en/help/' }
 */
export function getAlternates(pathname: string): Record<Locale, string> {
  const match = matchRoute(pathname);
  const pathIn = (locale: Locale): string => {
    if (!match) return getPath('home', locale);
    if (match.poster && match.slug) return getPosterPath(match.slug, locale);
    return match.slug ? getEntryPath(match.key as EntrySection, match.slug, locale) : getPath(match.key, locale);
  };
  return Object.fromEntries(locales.map((locale) => [locale, pathIn(locale)])) as Record<Locale, string>;
}

/**
 * Sections of a page that other pages and service cards link to (`<path>#<id>`): as stable
 * as the paths, since a card or a printed sheet may point at them. The page's text carries
 * each id on its heading (`### Koalicioni i strehëzave {#koalicioni}`); a unit test checks that it does. A
 * language without its own ids here links to the Albanian ones: until its translation of
 * the page is written, the page shows the Albanian text, and the translation keeps them.
 */
export const anchors = {
  coalition: { route: 'afterHelp', sq: 'koalicioni', en: 'coalition' },
  mobileUnits: { route: 'afterHelp', sq: 'njesite-levizese', en: 'mobile-units' },
  regionalCommittees: { route: 'afterHelp', sq: 'krat', en: 'regional-committees' },
} as const satisfies Record<string, { route: RouteKey; [defaultLocale]: string; [slugSource]: string } & Partial<Record<Locale, string>>>;

/** A section of a page that has a stable anchor. */
export type AnchorKey = keyof typeof anchors;

/** Every anchor key, for a schema's list of choices. */
export const anchorKeys = Object.keys(anchors) as [AnchorKey, ...AnchorKey[]];

/**
 * The path of an anchored section of a page.
 * @example getAnchorPath('coalition', 'en') // '/en/help/after-first-help/#coalition'
 */
export function getAnchorPath(key: AnchorKey, locale: Locale): string {
  const ids: { [defaultLocale]: string } & Partial<Record<Locale, string>> = anchors[key];
  return `${getPath(anchors[key].route, locale)}#${ids[locale] ?? ids[defaultLocale]}`;
}

/** The search filter sections (PRODUCT.md "Search"), and which pages belong to each. */
const searchSections = {
  selfChecks: ['selfChecks', ...selfCheckRoutes],
  signs: ['signs'],
  help: ['help', 'services', 'abroad', 'afterHelp'],
  guides: ['guides'],
  stories: ['stories'],
} satisfies Record<string, readonly RouteKey[]>;

/** A section of the search filter. */
export type SearchSection = keyof typeof searchSections;

/** The search filter's sections, in the order the search page offers them. */
export const searchSectionKeys = Object.keys(searchSections) as SearchSection[];

/**
 * The search section a page belongs to, or undefined for pages outside them (home, about…).
 * @example getSearchSection('/en/help/services/') // 'help'
 */
export function getSearchSection(pathname: string): SearchSection | undefined {
  const key = matchRoute(pathname)?.key;
  const found = Object.entries(searchSections).find(([, keys]) => (keys as readonly RouteKey[]).includes(key as RouteKey));
  return found?.[0] as SearchSection | undefined;
}
