import en from '../../content/ui/en.json';
import sq from '../../content/ui/sq.json';
import { defaultLocale, type Locale } from './locales.ts';

/**
 * UI strings live in `content/ui/<locale>.json` so editors can change them in the CMS.
 * Albanian is the reference: its shape defines the keys every other locale must have.
 */
export type UiDictionary = typeof sq;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A UI string key, `component.purpose` (e.g. `quickExit.label`). */
export type UiKey = Leaves<UiDictionary>;

/** Every locale's dictionary; a locale missing a key is a type error here. */
export const dictionaries: Record<Locale, UiDictionary> = { sq, en };

/**
 * Reads one dotted key from a dictionary, or undefined if it is absent.
 * @example lookup(dictionaries.en, 'quickExit.label') // 'Exit quickly'
 */
export function lookup(dictionary: unknown, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every dotted key of a dictionary, for completeness checks. */
export function listKeys(dictionary: unknown, prefix = ''): string[] {
  if (typeof dictionary !== 'object' || dictionary === null) return [];
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : listKeys(value, `${prefix}${key}.`),
  );
}

/**
 * A translator for one locale; `{name}` placeholders are filled from `values`.
 * @example useTranslations('sq')('hotline.verifiedOn', { date: '28.11.2026' })
 */
export function useTranslations(locale: Locale) {
  return function t(key: UiKey, values: Record<string, string> = {}): string {
    const text = lookup(dictionaries[locale], key) ?? lookup(dictionaries[defaultLocale], key) ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
