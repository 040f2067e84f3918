import { describe, expect, test } from 'vitest';
import { isDialable, listContentTels, shownMatchesTel, telFromHref } from './tel.ts';

describe('isDialable', () => {
  test.each(['+355692345678', '+448000121700', '+39800290290', '112', '129', '1522', '116117', '116006'])('accepts %s', (tel) => {
    expect(isDialable(tel)).toBe(true);
  });

  test.each([
    ['a national number with its leading 0', '0692345678'],
    ['spaces', '+355 69 234 5678'],
    ['more than 15 digits', '+3556923456781234'],
    ['a country code starting with 0', '+0355692345'],
    ['a two-digit code', '12'],
    ['a seven-digit number without +', '1234567'],
    ['letters', '+35569ABC'],
    ['nothing', ''],
  ])('refuses %s', (_name, tel) => {
    expect(isDialable(tel)).toBe(false);
  });
});

test.each([
  ['tel:112', '112'],
  ['tel:+39800290290', '+39800290290'],
  ['TEL:%2B39800290290', '+39800290290'],
  ['tel:%E0%A4%A', '%E0%A4%A'],
  ['mailto:a@b.c', undefined],
  ['/ndihme/', undefined],
])('telFromHref(%s) is %s', (href, tel) => {
  expect(telFromHref(href)).toBe(tel);
});

test('listContentTels collects hotlines, phone contacts of services and emergency numbers abroad', () => {
  const tels = listContentTels({
    hotlines: [{ tel: '129' }, { tel: '116117' }],
    services: [
      { contacts: [{ kind: 'phone', display: '042 222 333', tel: '+35542222333' }, { kind: 'email', address: 'a@b.al' }] },
      { contacts: [] },
    ],
    abroad: [{ emergency: { number: '112', tel: '112' } }, { emergency: { number: '999', tel: '999' } }],
  });
  expect([...tels].sort()).toEqual(['112', '116117', '129', '+35542222333', '999'].sort());
});

describe('shownMatchesTel: the digits a person reads are the digits the link dials', () => {
  test.each([
    ['a short code with a space', '116 117', '116117'],
    ['a short code as it is', '112', '112'],
    ['an Albanian mobile, national form', '069 234 5678', '+355692345678'],
    ['an Albanian mobile, international form', '+355 69 234 5678', '+355692345678'],
    ['an international form with 00', '00355 69 234 5678', '+355692345678'],
    ['a UK freephone with its trunk 0', '08000 121 700', '+448000121700'],
    ['an Italian green number (no trunk 0)', '800 290 290', '+39800290290'],
    ['a North Macedonian number', '0800 11111', '+38980011111'],
    ['a Kosovo number', '0800 11 112', '+38380011112'],
    ['a German number written internationally', '+49 30 263 911 76', '+493026391176'],
    ['dots and brackets as separators', '(069) 234.5678', '+355692345678'],
  ])('%s: «%s» dials %s', (_name, shown, tel) => {
    expect(shownMatchesTel(shown, tel)).toBe(true);
  });

  test.each([
    ['another number behind a short code (the review finding)', '116 117', '+355690000000'],
    ['one digit changed', '116 117', '116118'],
    ['a digit missing', '116 17', '116117'],
    ['a short code shown for a full number', '129', '+355129'],
    ['another country code written out', '+39 800 290 290', '+448000121700'],
    ['a country code of four digits left over', '234 5678', '+355692345678'],
    ['words instead of a number', 'Policia', '129'],
    ['a number with letters in it', '116 117 ose 129', '116117'],
    ['a tel that cannot be dialled', '116 117', '116 117'],
  ])('refuses %s', (_name, shown, tel) => {
    expect(shownMatchesTel(shown, tel)).toBe(false);
  });
});
