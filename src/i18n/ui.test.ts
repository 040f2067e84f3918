import { describe, expect, test } from 'vitest';
import { localeSettings, locales } from './locales.ts';
import { createTranslator, dictionaries, listKeys, lookup, useTranslations } from './ui.ts';

const reference = listKeys(dictionaries.sq);
/** Languages declared complete in locales.ts (Albanian and English today): every key is required. */
const complete = locales.filter((locale) => localeSettings[locale].complete);

describe('UI dictionaries', () => {
  test('the Albanian reference has keys', () => {
    expect(reference.length).toBeGreaterThan(20);
  });

  test('English is declared complete, so a missing English string fails here', () => {
    expect(complete).toEqual(expect.arrayContaining(['sq', 'en']));
  });

  test.each(complete)('%s (complete) has a text, not blank, for every key of the Albanian reference', (locale) => {
    expect(reference.filter((key) => lookup(dictionaries[locale], key) === undefined)).toEqual([]);
  });

  test.each(locales)('%s has no key the Albanian reference lacks (a typo would never be shown)', (locale) => {
    expect(listKeys(dictionaries[locale]).filter((key) => !reference.includes(key))).toEqual([]);
  });

  test.each(locales)('%s uses the same {placeholders} as Albanian for every key it has', (locale) => {
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const mismatched = listKeys(dictionaries[locale]).filter(
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

  test('a partial dictionary gives its own strings and the Albanian one for each it lacks', () => {
    const t = createTranslator({ quickExit: { label: 'Esci subito' } });
    expect(t('quickExit.label')).toBe('Esci subito');
    expect(t('quickExit.hint')).toBe(useTranslations('sq')('quickExit.hint'));
    expect(t('hotline.verifiedOn', { date: '1.5.2026' })).toBe(useTranslations('sq')('hotline.verifiedOn', { date: '1.5.2026' }));
  });

  test('a string the CMS left empty counts as missing', () => {
    expect(createTranslator({ quickExit: { label: ' ' } })('quickExit.label')).toBe('Dil shpejt');
    expect(lookup({ quickExit: { label: '' } }, 'quickExit.label')).toBeUndefined();
  });

  test('lookup finds nothing for a missing or partial key', () => {
    expect(lookup(dictionaries.en, 'quickExit.nope')).toBeUndefined();
    expect(lookup(dictionaries.en, 'quickExit')).toBeUndefined();
  });
});
