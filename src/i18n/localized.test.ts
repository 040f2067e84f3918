import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { Locale } from './locales.ts';
import LocalizedText from './LocalizedText.tsx';
import { isTranslated, pickText, type Localized } from './localized.ts';

describe('pickText', () => {
  test.each([
    ['a translated text in its language', { sq: 'Falas', en: 'Free' }, 'en', { text: 'Free', lang: undefined }],
    ['Albanian on an Albanian page', { sq: 'Falas', en: 'Free' }, 'sq', { text: 'Falas', lang: undefined }],
    ['an untranslated text in Albanian, marked sq', { sq: 'Falas' }, 'en', { text: 'Falas', lang: 'sq' }],
  ] as const)('gives %s', (_name, value, locale, shown) => {
    expect(pickText(value, locale)).toEqual(shown);
  });
});

describe('isTranslated', () => {
  const line = { tel: '129', name: { sq: 'Policia', en: 'Police' }, sources: [{ url: 'https://example.org', date: '2023' }] };
  test.each([
    ['entries whose every text has the language', [line, { hours: { sq: '24 orë', en: '24 hours' } }], 'en', true],
    ['a text missing in a list of entries', [line, { hours: { sq: '24 orë' } }], 'en', false],
    ['a text missing deep inside (a self-check result)', { results: { urgent: { title: { sq: 'Thirr tani' } } } }, 'en', false],
    ['an optional text left out (no text, nothing to translate)', { name: { sq: 'Policia', en: 'Police' }, answeredBy: undefined }, 'en', true],
    ['anything in Albanian', [{ hours: { sq: '24 orë' } }], 'sq', true],
    ['data with no text at all', [{ tel: '112' }, 'x', 3, null], 'en', true],
    ['an object with an sq key among others (not a text)', { sq: 'x', note: { sq: 'y' } }, 'en', false],
  ] as const)('%s → %s', (_name, data, locale, expected) => {
    expect(isTranslated(data, locale)).toBe(expected);
  });
});

describe('LocalizedText', () => {
  const render = (value: Localized, locale: Locale) => renderToStaticMarkup(createElement(LocalizedText, { value, locale }));
  test('a translated text is just the text; an untranslated one is the Albanian in lang="sq"', () => {
    expect(render({ sq: 'Falas', en: 'Free' }, 'en')).toBe('Free');
    expect(render({ sq: 'Falas' }, 'en')).toBe('<span lang="sq">Falas</span>');
  });
});
