import type { Locale } from './locales.ts';
import { pickText, type Localized } from './localized.ts';

/** Props of one text of a data entry. */
export interface LocalizedTextProps {
  value: Localized;
  locale: Locale;
}

/**
 * One text of a data entry in the page's language, for Astro and React alike. Untranslated,
 * it is the Albanian text in a `<span lang="sq">`, so a screen reader reads it as Albanian;
 * translated, just the text (no element). Where the text fills an element of its own, put
 * `pickText(…).lang` on that element instead.
 */
export default function LocalizedText({ value, locale }: LocalizedTextProps) {
  const { text, lang } = pickText(value, locale);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
