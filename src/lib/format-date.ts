import type { Locale } from '../i18n/locales.ts';

/** The Intl locale used for dates in each site language (British English for `en`). */
const intlLocales: Record<Locale, string> = { sq: 'sq', en: 'en-GB' };

/**
 * Formats a `YYYY-MM-DD` date as people write it, without time-zone drift.
 * @example formatDate('2026-11-28', 'sq') // '28 nëntor 2026'
 */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
