import { expect, test } from 'vitest';
import { hostOf } from './host-of.ts';

test.each([
  ['https://www.example.org/page', 'example.org'],
  ['http://sub.example.al', 'sub.example.al'],
  ['https://exa', 'exa'],
  ['not yet a url', 'not yet a url'],
])('hostOf(%s) is %s', (url, host) => {
  expect(hostOf(url)).toBe(host);
});
