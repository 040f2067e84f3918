import { describe, expect, test } from 'vitest';
import { locales } from './locales.ts';
import { dictionaries, listKeys, lookup, useTranslations } from './ui.ts';

const reference = listKeys(dictionaries.sq);

describe('UI dictionaries', () => {
  test('the Albanian reference has keys', () => {
    expect(reference.length).toBeGreaterThan(20);
  });

  test.each(locales)('%s has every key of the Albanian reference and no other', (locale) => {
    expect(listKeys(dictionaries[locale]).sort()).toEqual([...reference].sort());
  });

  test.each(locales)('%s has no empty string', (locale) => {
    const empty = reference.filter((key) => !lookup(dictionaries[locale], key)?.trim());
    expect(empty).toEqual([]);
  });

  test.each(locales)('%s uses the same {placeholders} as Albanian for every key', (locale) => {
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = reference.filter(
      (key) => placeholders(lookup(dictionaries[locale], key)).join() !== placeholders(lookup(dictionaries.sq, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('useTranslations', () => {
  test('translates and fills placeholders', () => {
    expect(useTranslations('en')('quickExit.label')).toBe('Exit quickly');
    expect(useTranslations('sq')('quickExit.label')).toBe('Dil shpejt');
    expect(useTranslations('en')('hotline.verifiedOn', { date: '1 May 2026' })).toBe('Checked on 1 May 2026');
  });

  test('lookup finds nothing for a missing or partial key', () => {
    expect(lookup(dictionaries.en, 'quickExit.nope')).toBeUndefined();
    expect(lookup(dictionaries.en, 'quickExit')).toBeUndefined();
  });
});
