import { expect, test } from 'vitest';
import { budgets, hardCeiling } from './budgets.ts';

test.each([
  ['contentCriticalBytes', 28 * 1024],
  ['contentJsBytes', 0],
  ['selfCheckJsBytes', 140 * 1024],
] as const)('the hard ceiling of %s is twice the budget', (budget, expected) => {
  expect(hardCeiling(budget)).toBe(expected);
});

test('the first round trip budget is about 14 KB (PRODUCT.md)', () => {
  expect(budgets.contentCriticalBytes).toBe(14 * 1024);
});
