import { expect, test } from 'vitest';
import { formatDate } from './format-date.ts';

test.each([
  { iso: '2026-11-28', locale: 'sq', expected: '28 nëntor 2026' },
  { iso: '2026-11-28', locale: 'en', expected: '28 November 2026' },
  { iso: '2025-01-01', locale: 'sq', expected: '1 janar 2025' },
  { iso: '2025-12-31', locale: 'en', expected: '31 December 2025' },
] as const)('$iso in $locale reads "$expected"', ({ iso, locale, expected }) => {
  expect(formatDate(iso, locale)).toBe(expected);
});
