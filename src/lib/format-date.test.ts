import { expect, test } from 'vitest';
import { localeSettings, type Locale } from '../i18n/locales.ts';
import { formatDate } from './format-date.ts';

test.each([
  { iso: '2026-11-28', locale: 'sq', expected: '28 nëntor 2026' },
  { iso: '2026-11-28', locale: 'en', expected: '28 November 2026' },
  { iso: '2025-01-01', locale: 'sq', expected: '1 janar 2025' },
  { iso: '2025-12-31', locale: 'en', expected: '31 December 2025' },
] as const)('$iso in $locale reads "$expected"', ({ iso, locale, expected }) => {
  expect(formatDate(iso, locale)).toBe(expected);
});

// Node carries full ICU data: the written-out months must read exactly as Intl writes them there.
test.each(['sq', 'en'] as const)('every month in %s reads as Intl writes it', (locale) => {
  const intl = new Intl.DateTimeFormat(localeSettings[locale].dateTag, { dateStyle: 'long', timeZone: 'UTC' });
  for (let month = 1; month <= 12; month += 1) {
    const iso = `2026-${String(month).padStart(2, '0')}-09`;
    expect(formatDate(iso, locale)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
  }
});

test('refuses a text that is not a date', () => {
  expect(() => formatDate('28.11.2026', 'sq')).toThrow(/YYYY-MM-DD/);
  expect(() => formatDate('2026-13-01', 'sq')).toThrow(/YYYY-MM-DD/);
});

// A language added to locales.ts without written-out months (Italian, say) is written by Intl
// with its date tag. Cast: no third language is in locales.ts today.
test('a language without written-out months is written by Intl with its date tag', () => {
  const settings = localeSettings as Record<string, { dateTag: string }>;
  settings['it'] = { ...settings['en']!, dateTag: 'it' };
  try {
    expect(formatDate('2026-11-28', 'it' as Locale)).toBe('28 novembre 2026');
  } finally {
    delete settings['it'];
  }
});
