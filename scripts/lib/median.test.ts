import { expect, test } from 'vitest';
import { median } from './median.ts';

test.each([
  [[5], 5],
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[10, 10, 1000], 10],
])('median of %j is %d', (values, expected) => {
  expect(median(values)).toBe(expected);
});

test('median of nothing is an error, not NaN', () => {
  expect(() => median([])).toThrow();
});
