/**
 * Detects a key pressed `count` times within `windowMs` — the quick-exit shortcut
 * (Shift three times within about a second, as on GOV.UK's "Exit this page").
 * Pure: it is fed timestamps, so it can be tested without a DOM or a clock.
 *
 * @example
 * const press = createTriplePressDetector();
 * press(0); press(300); press(600) // → true on the third call
 */
export function createTriplePressDetector({ count = 3, windowMs = 1000 } = {}): (time: number) => boolean {
  let times: number[] = [];
  return function press(time: number): boolean {
    times = [...times, time].filter((t) => time - t <= windowMs).slice(-count);
    if (times.length < count) return false;
    // Start afresh so a fourth press does not trigger a second exit.
    times = [];
    return true;
  };
}
