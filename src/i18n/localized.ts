import { defaultLocale, isLocale, type Locale } from './locales.ts';

/**
 * One text of a data entry in every language it is written in, e.g.
 * `{ sq: 'Falas', en: 'Free' }`. Albanian is always there; any other language may be
 * missing while it is being translated (see `localizedText` in `src/schemas/common.ts`).
 */
export type Localized<T = string> = { [defaultLocale]: T } & { [L in Locale]?: T | undefined };

/** A text as a page shows it: `lang` is set only when it is not in the page's language. */
export interface ShownText {
  text: string;
  /** `sq` when the text fell back to Albanian; for the element's `lang` attribute. */
  lang: Locale | undefined;
}

/**
 * A text in the reader's language, or the Albanian text, marked `lang="sq"`, when it is
 * not translated yet. Never empty: an untranslated text is shown, not left out.
 * @example pickText({ sq: 'Falas', en: 'Free' }, 'en') // { text: 'Free', lang: undefined }
 * @example pickText({ sq: 'Falas' }, 'en') // { text: 'Falas', lang: 'sq' }
 */
export function pickText(value: Localized, locale: Locale): ShownText {
  const own = value[locale];
  return own === undefined ? { text: value[defaultLocale], lang: defaultLocale } : { text: own, lang: undefined };
}

/** Whether a value is one localized text (`{ sq: …, en?: … }`, nothing but languages). */
function isLocalizedText(value: object): value is Localized {
  return typeof (value as Record<string, unknown>)[defaultLocale] === 'string' && Object.keys(value).every(isLocale);
}

/**
 * Whether every localized text anywhere inside `data` (entries' data, lists of them,
 * nested objects) is written in `locale`. A page that shows data which is not passes this
 * on to the layout, which then says that some of its texts are shown in Albanian.
 * @example isTranslated([{ name: { sq: 'Policia', en: 'Police' } }], 'en') // true
 * @example isTranslated({ hours: { sq: '24 orë' } }, 'en') // false
 */
export function isTranslated(data: unknown, locale: Locale): boolean {
  if (typeof data !== 'object' || data === null) return true;
  if (Array.isArray(data)) return data.every((item) => isTranslated(item, locale));
  if (isLocalizedText(data)) return data[locale] !== undefined;
  return Object.values(data).every((value) => isTranslated(value, locale));
}
