/**
 * THE list of languages. Albanian is the default and lives at the site root;
 * every other locale lives under `/<locale>/`. Everything else derives from here.
 */
export const locales = ['sq', 'en'] as const;

/** A language the site is published in. */
export type Locale = (typeof locales)[number];

/** Albanian first: people at risk read it, so it is the reference for every string. */
export const defaultLocale: Locale = 'sq';

/** Each language's name in itself, as the language switcher shows it. */
export const localeNames: Record<Locale, string> = { sq: 'Shqip', en: 'English' };

/**
 * Narrows an unknown string to a Locale.
 * @example isLocale('en') // true
 */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
