import { localeSettings, type Locale } from '../i18n/locales.ts';

/**
 * Month names the site writes out itself rather than ask of `Intl`: Chromium ships without
 * Albanian date data, so `Intl.DateTimeFormat('sq')` in a browser (the CMS previews) falls
 * back to English, "November 28, 2026", where the built page says "28 nëntor 2026". A
 * language not here is written by `Intl` with its `dateTag` from `locales.ts`.
 */
const monthNames: Partial<Record<Locale, readonly string[]>> = {
  sq: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * Formats a `YYYY-MM-DD` date as people write it (day, month, year for Albanian and English,
 * as `Intl` writes `sq` and British English), the same in Node and in every browser.
 * @example formatDate('2026-11-28', 'sq') // '28 nëntor 2026'
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const monthIndex = Number(match?.[2]) - 1;
  if (!match || monthIndex < 0 || monthIndex > 11) throw new Error(`"${isoDate}" is not a date in YYYY-MM-DD form`);
  const months = monthNames[locale];
  if (months) return `${Number(match[3])} ${months[monthIndex]} ${match[1]}`;
  return new Intl.DateTimeFormat(localeSettings[locale].dateTag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
