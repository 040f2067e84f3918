/**
 * Counts presses of Shift on its own towards the quick-exit shortcut (Shift three times, as
 * GOV.UK's "Exit this page"). Pure: it is fed key events with their times, so it is tested
 * without a DOM or a clock.
 *
 * - Shift counts on release, and only when no other key was pressed while it was down: typing
 *   capital letters (Shift as a modifier) never counts.
 * - Any other key starts the count again.
 * - A press more than `gapMs` after the previous one starts the count again.
 *
 * @example
 * const presses = countShiftPresses();
 * presses.down('Shift', 0); presses.up('Shift', 50) // { count: 1, exit: false }
 */
export function countShiftPresses({ presses = 3, gapMs = 1000 } = {}) {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  /** Shift is down and nothing else has been pressed with it. */
  let alone = false;
  return {
    /** A key went down. */
    down(key: string, _time: number): { count: number } {
      if (key === 'Shift') alone = true;
      else {
        alone = false;
        count = 0;
      }
      return { count };
    },
    /** A key came up: `exit` is true on the press that completes the shortcut. */
    up(key: string, time: number): { count: number; exit: boolean } {
      if (key !== 'Shift' || !alone) return { count, exit: false };
      alone = false;
      count = time - last > gapMs ? 1 : count + 1;
      last = time;
      if (count < presses) return { count, exit: false };
      count = 0;
      return { count, exit: true };
    },
    /** How many presses are still needed, for the announcement (0 when none is counted). */
    remaining(): number {
      return count === 0 ? 0 : presses - count;
    },
  };
}
