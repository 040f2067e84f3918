import { describe, expect, test } from 'vitest';
import type { Strength } from '../../../lib/indicators.ts';
import { isElementPositive } from './is-element-positive.ts';

const S = 'strong';
const M = 'medium';
const W = 'weak';

/**
 * Every multiset of up to three strengths, plus some of four and five, with the answer
 * worked out by hand from the ILO–EC rule (2S | S+M | S+W | 3M | 2M+W).
 */
const cases: { found: Strength[]; positive: boolean }[] = [
  { found: [], positive: false },

  { found: [S], positive: false },
  { found: [M], positive: false },
  { found: [W], positive: false },

  { found: [S, S], positive: true },
  { found: [S, M], positive: true },
  { found: [S, W], positive: true },
  { found: [M, M], positive: false },
  { found: [M, W], positive: false },
  { found: [W, W], positive: false },

  { found: [S, S, S], positive: true },
  { found: [S, S, M], positive: true },
  { found: [S, S, W], positive: true },
  { found: [S, M, M], positive: true },
  { found: [S, M, W], positive: true },
  { found: [S, W, W], positive: true },
  { found: [M, M, M], positive: true },
  { found: [M, M, W], positive: true },
  { found: [M, W, W], positive: false },
  { found: [W, W, W], positive: false },

  { found: [M, W, W, W], positive: false },
  { found: [W, W, W, W], positive: false },
  { found: [M, M, W, W], positive: true },
  { found: [S, W, W, W], positive: true },
  { found: [M, M, M, M], positive: true },
  { found: [M, W, W, W, W], positive: false },
  { found: [W, W, W, W, W], positive: false },
];

/** All orderings of a list, so the table also proves that order does not matter. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Every multiset of `size` strengths, sorted strong → weak, as a comparable string. */
function multisets(size: number): string[] {
  const counts: string[] = [];
  for (let strong = 0; strong <= size; strong++) {
    for (let medium = 0; strong + medium <= size; medium++) {
      const weak = size - strong - medium;
      counts.push([...Array<Strength>(strong).fill(S), ...Array<Strength>(medium).fill(M), ...Array<Strength>(weak).fill(W)].join(','));
    }
  }
  return counts;
}

describe('isElementPositive', () => {
  test.each(cases.map((row) => ({ ...row, name: row.found.join(' + ') || 'nothing' })))(
    '$name → $positive',
    ({ found, positive }) => {
      for (const order of permutations(found)) {
        expect(isElementPositive(order), order.join(',')).toBe(positive);
      }
    },
  );

  test.each([0, 1, 2, 3])('the table covers every multiset of %i strengths', (size) => {
    const inTable = cases.filter((row) => row.found.length === size).map((row) => row.found.join(','));
    expect(inTable.toSorted()).toEqual(multisets(size).toSorted());
  });

  test('does not change the list it is given', () => {
    const found = Object.freeze<Strength[]>([W, S]);
    expect(isElementPositive(found)).toBe(true);
    expect(found).toEqual([W, S]);
  });
});
