import type sq from '../../content/ui/sq.json';
import { defaultLocale, locales, type Locale } from './locales.ts';

/**
 * UI strings live in `content/ui/<locale>.json` so editors can change them in the CMS.
 * Albanian is the reference: its shape defines the keys. A language marked `complete` in
 * `locales.ts` has every key (a test holds it to that); a new language may have only some,
 * and each missing string falls back to Albanian.
 */
export type UiDictionary = typeof sq;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A UI string key, `component.purpose` (e.g. `quickExit.label`). */
export type UiKey = Leaves<UiDictionary>;

/** A dictionary as a language may have it while it is translated: any of the reference's keys. */
export type PartialDictionary = { [K in keyof UiDictionary]?: Partial<UiDictionary[K]> };

// Every file of content/ui/, read at build time (and bundled for the CMS).
const files = import.meta.glob<PartialDictionary>('../../content/ui/*.json', { eager: true, import: 'default' });

/** Every language's dictionary; Albanian's is the reference, complete by definition. */
export const dictionaries = Object.fromEntries(
  locales.map((locale) => {
    const file = files[`../../content/ui/${locale}.json`];
    if (!file) throw new Error(`content/ui/${locale}.json is missing: every language of src/i18n/locales.ts needs one (it may start as {})`);
    return [locale, file];
  }),
) as Record<Locale, PartialDictionary> & Record<typeof defaultLocale, UiDictionary>;

/**
 * Reads one dotted key from a dictionary, or undefined if it is absent or blank (the CMS
 * writes an emptied string as `""`: it is as good as missing, and falls back to Albanian).
 * @example lookup(dictionaries.en, 'quickExit.label') // 'Exit quickly'
 */
export function lookup(dictionary: unknown, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '' ? node : undefined;
}

/** Every dotted key of a dictionary, for completeness checks. */
export function listKeys(dictionary: unknown, prefix = ''): string[] {
  if (typeof dictionary !== 'object' || dictionary === null) return [];
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : listKeys(value, `${prefix}${key}.`),
  );
}

/**
 * Whether a language has its own text for a key (rather than falling back to Albanian).
 * @example hasUiText('en', 'notFound.title') // true
 */
export function hasUiText(locale: Locale, key: UiKey): boolean {
  return lookup(dictionaries[locale], key) !== undefined;
}

/**
 * The language a UI string is shown in on a page in `locale`: its own, or Albanian while its
 * dictionary lacks the key. What fills the string's `{placeholders}` (a date) follows it, so
 * a sentence is never half in one language.
 * @example formatDate(lastVerified, getUiLanguage(locale, 'hotline.verifiedOn'))
 */
export function getUiLanguage(locale: Locale, key: UiKey): Locale {
  return hasUiText(locale, key) ? locale : defaultLocale;
}

/**
 * A translator for one locale; `{name}` placeholders are filled from `values`. A string the
 * language does not have yet is the Albanian one.
 * @example useTranslations('sq')('hotline.verifiedOn', { date: '28.11.2026' })
 */
export function useTranslations(locale: Locale) {
  return createTranslator(dictionaries[locale]);
}

/**
 * A translator over one dictionary, which may be partial: each missing key is read from
 * the Albanian reference.
 * @example createTranslator({ quickExit: { label: 'Esci subito' } })('quickExit.hint') // the Albanian hint
 */
export function createTranslator(dictionary: PartialDictionary) {
  return function t(key: UiKey, values: Record<string, string> = {}): string {
    const text = lookup(dictionary, key) ?? lookup(dictionaries[defaultLocale], key) ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
