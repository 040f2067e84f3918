import { describe, expect, test } from 'vitest';
import { isDialable, listContentTels, telFromHref } from './tel.ts';

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
