import { expect, test } from 'vitest';
import { hotlineMeta } from './hotline-meta.ts';

const labels = { free: 'Free', always: '24/7' };

test.each([
  [{ cost: 'free', available24h: true }, 'Free · 24/7'],
  [{ cost: 'free', available24h: false }, 'Free'],
  [{ cost: 'unknown', available24h: true }, '24/7'],
  [{ cost: 'paid', available24h: false }, ''],
] as const)('%o reads "%s"', (line, expected) => {
  expect(hotlineMeta(line, labels)).toBe(expected);
});
