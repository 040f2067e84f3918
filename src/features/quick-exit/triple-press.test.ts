import { describe, expect, test } from 'vitest';
import { createTriplePressDetector } from './triple-press.ts';

/** Feeds presses at the given times and returns the index of each press that fired. */
function firedAt(times: number[], options?: Parameters<typeof createTriplePressDetector>[0]): number[] {
  const press = createTriplePressDetector(options);
  return times.flatMap((time, index) => (press(time) ? [index] : []));
}

describe('createTriplePressDetector', () => {
  test.each([
    { name: 'three quick presses fire on the third', times: [0, 200, 400], fired: [2] },
    { name: 'three presses exactly one second apart overall fire', times: [0, 500, 1000], fired: [2] },
    { name: 'three presses spread over more than a second do not fire', times: [0, 600, 1200], fired: [] },
    { name: 'two presses never fire', times: [0, 100], fired: [] },
    { name: 'a slow first press is forgotten, the next three fire', times: [0, 2000, 2100, 2200], fired: [3] },
    { name: 'six quick presses fire twice, not four times', times: [0, 50, 100, 150, 200, 250], fired: [2, 5] },
    { name: 'a pause resets the count', times: [0, 100, 1500, 1600], fired: [] },
  ])('$name', ({ times, fired }) => {
    expect(firedAt(times)).toEqual(fired);
  });

  test('count and window are configurable', () => {
    expect(firedAt([0, 100], { count: 2, windowMs: 150 })).toEqual([1]);
    expect(firedAt([0, 200], { count: 2, windowMs: 150 })).toEqual([]);
  });
});
