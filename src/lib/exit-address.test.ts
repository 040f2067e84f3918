import { expect, test } from 'vitest';
import { explainExitAddress } from './exit-address.ts';

const allowed = ['https://sq.wikipedia.org/', 'https://www.bbc.com/weather'];

test.each(allowed)('accepts the neutral address %s', (address) => {
  expect(explainExitAddress(address, allowed)).toBeUndefined();
});

test.each([
  ['user info that hides another site (the review finding)', 'https://sq.wikipedia.org@evil.example/track', /hides another site.*evil\.example/],
  ['a password as well', 'https://user:pass@sq.wikipedia.org/', /hides another site/],
  ['a javascript: address', 'javascript:alert(1)', /must start with https:\/\/ \(this one starts with javascript:\)/],
  ['plain http', 'http://sq.wikipedia.org/', /must start with https:\/\//],
  ['a tracking parameter', 'https://sq.wikipedia.org/?utm_source=shenjat', /no «\?…» or «#…» part/],
  ['a fragment', 'https://sq.wikipedia.org/#x', /no «\?…» or «#…» part/],
  ['another site', 'https://evil.example/', /evil\.example\/ is not one of the neutral addresses/],
  ['a page deeper in a neutral site', 'https://sq.wikipedia.org/wiki/Trafikimi', /sq\.wikipedia\.org\/wiki\/Trafikimi is not one of/],
  ['the same site without its path', 'https://www.bbc.com/', /is not one of the neutral addresses/],
  ['words', 'Wikipedia', /Write a full address/],
  ['nothing', undefined, /Write a full address/],
])('refuses %s, saying why and what to choose', (_name, address, why) => {
  const message = explainExitAddress(address, allowed);
  expect(message).toMatch(why);
  expect(message).toContain('Choose one of the neutral addresses: https://sq.wikipedia.org/, https://www.bbc.com/weather');
});
