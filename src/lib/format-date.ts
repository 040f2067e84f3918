import type { Locale } from '../i18n/locales.ts';

/**
 * Month names as the site writes them. Written out rather than asked of `Intl`: Chromium
 * ships without Albanian date data, so `Intl.DateTimeFormat('sq')` in a browser (the CMS
 * previews) falls back to English, "November 28, 2026", where the built page says
 * "28 nëntor 2026".
 */
const monthNames: Record<Locale, readonly string[]> = {
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * Formats a `YYYY-MM-DD` date as people write it (day, month, year in both languages, as
 * `Intl` writes `sq` and British English), the same in Node and in every browser.
 * @example formatDate('2026-11-28', 'sq') // '28 nëntor 2026'
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = monthNames[locale][Number(match?.[2]) - 1];
  if (!match || !month) throw new Error(`"${isoDate}" is not a date in YYYY-MM-DD form`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}
