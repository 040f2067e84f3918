import { describe, expect, test } from 'vitest';
import { countShiftPresses } from './count-shift-presses.ts';

/** A key event: `+Shift` down, `-Shift` up, at a time in ms. */
type Step = [`${'+' | '-'}${string}`, number];

/** Feeds the steps and returns the index of each step that exits. */
function exitsAt(steps: Step[], options?: Parameters<typeof countShiftPresses>[0]): number[] {
  const presses = countShiftPresses(options);
  return steps.flatMap(([event, time], index) => {
    const key = event.slice(1);
    if (event.startsWith('+')) {
      presses.down(key, time);
      return [];
    }
    return presses.up(key, time).exit ? [index] : [];
  });
}

/** Shift pressed and released alone at each time. */
const taps = (...times: number[]): Step[] => times.flatMap((time): Step[] => [['+Shift', time], ['-Shift', time + 40]]);
/** Shift held while typing a letter: a capital letter. */
const capital = (time: number, letter = 'A'): Step[] => [['+Shift', time], [`+${letter}`, time + 20], [`-${letter}`, time + 40], ['-Shift', time + 60]];

describe('countShiftPresses', () => {
  test.each<{ name: string; steps: Step[]; exits: number[] }>([
    { name: 'three quick presses exit on the third release', steps: taps(0, 200, 400), exits: [5] },
    { name: 'two presses never exit', steps: taps(0, 200), exits: [] },
    { name: 'typing capital letters never exits', steps: [...capital(0), ...capital(150, 'B'), ...capital(300, 'C'), ...capital(450)], exits: [] },
    { name: 'capital letters between presses do not count towards it', steps: [...taps(0), ...capital(150), ...taps(300, 450)], exits: [] },
    { name: 'Shift released before the letter still counts as a modifier', steps: [['+Shift', 0], ['+A', 20], ['-Shift', 40], ['-A', 60], ...taps(200, 400)], exits: [] },
    { name: 'another key starts the count again', steps: [...taps(0, 150), ['+a', 200], ['-a', 220], ...taps(300)], exits: [] },
    { name: 'after another key, three new presses exit', steps: [...taps(0, 150), ['+a', 200], ['-a', 220], ...taps(300, 450, 600)], exits: [11] },
    { name: 'a long pause starts the count again', steps: taps(0, 200, 1500, 1700), exits: [] },
    { name: 'three presses each within a second of the last exit', steps: taps(0, 900, 1800), exits: [5] },
    { name: 'six quick presses exit twice, not four times', steps: taps(0, 100, 200, 300, 400, 500), exits: [5, 11] },
  ])('$name', ({ steps, exits }) => {
    expect(exitsAt(steps)).toEqual(exits);
  });

  test('says how many presses are still needed', () => {
    const presses = countShiftPresses();
    expect(presses.remaining()).toBe(0);
    presses.down('Shift', 0);
    presses.up('Shift', 10);
    expect(presses.remaining()).toBe(2);
    presses.down('Shift', 100);
    presses.up('Shift', 110);
    expect(presses.remaining()).toBe(1);
    presses.down('x', 200);
    expect(presses.remaining()).toBe(0);
  });

  test('number of presses and the gap are configurable', () => {
    expect(exitsAt(taps(0, 100), { presses: 2, gapMs: 150 })).toEqual([3]);
    expect(exitsAt(taps(0, 300), { presses: 2, gapMs: 150 })).toEqual([]);
  });
});
