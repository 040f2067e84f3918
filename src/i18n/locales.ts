/** What the site needs to know about one language. */
export interface LocaleSettings {
  /** The language's name in itself, as the language switcher shows it. */
  name: string;
  /** Its name in Albanian, lower case, for the CMS (whose labels are Albanian). */
  albanianName: string;
  /** The BCP 47 tag dates are written with (`Intl.DateTimeFormat`), unless `format-date.ts` spells its months. */
  dateTag: string;
  /**
   * Every UI string of `content/ui/<locale>.json` is written: a test fails when one is
   * missing. A new language starts `false`: its dictionary may be partial, and every
   * missing string falls back to Albanian.
   */
  complete: boolean;
}

/**
 * THE list of languages, in the order the site offers them. Albanian is the default and
 * lives at the site root; every other language lives under `/<locale>/` (its paths: see
 * `routes.ts`). Everything else derives from here. To add a language, add it here and give
 * it `content/ui/<locale>.json` (it may start as `{}`): every text it lacks, in the UI
 * strings or in content, is shown in Albanian, marked `lang="sq"`, with a notice.
 */
export const localeSettings = {
  sq: { name: 'Shqip', albanianName: 'shqip', dateTag: 'sq', complete: true },
  en: { name: 'English', albanianName: 'anglisht', dateTag: 'en-GB', complete: true },
} as const satisfies Record<string, LocaleSettings>;

/** A language the site is published in. */
export type Locale = keyof typeof localeSettings;

/** Every language, Albanian first. */
export const locales = Object.keys(localeSettings) as Locale[];

/** Albanian first: people at risk read it, so it is the reference for every text and string. */
export const defaultLocale = 'sq' satisfies Locale;

/** Each language's name in itself, as the language switcher shows it. */
export const localeNames = Object.fromEntries(locales.map((locale) => [locale, localeSettings[locale].name])) as Record<Locale, string>;

/**
 * Narrows an unknown string to a Locale.
 * @example isLocale('en') // true
 */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
