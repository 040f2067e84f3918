import { describe, expect, test } from 'vitest';
import { getCmsLocale } from './cms-locale.ts';

describe('getCmsLocale', () => {
  test.each([
    ['', 'sq'],
    ['?lang=en', 'en'],
    ['?lang=sq', 'sq'],
    ['?x=1&lang=en', 'en'],
    // A language Decap has no text for here falls back to Albanian, never to a blank interface.
    ['?lang=de', 'sq'],
    ['?lang=EN', 'en'],
  ])('%j → %s', (search, expected) => {
    expect(getCmsLocale(search)).toBe(expected);
  });
});
