import { expect, test } from 'vitest';
import { findBrowser } from './find-browser.ts';

const only = (...present: string[]) => (path: string) => present.includes(path);

test('CHROMIUM_PATH wins when the file exists', () => {
  expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome/chrome');
});

test('a CHROMIUM_PATH that points nowhere is an error, not a silent fallback', () => {
  expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(/CHROMIUM_PATH/);
});

test("Debian's Chromium is used when no variable is set", () => {
  expect(findBrowser({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
});

test("with no system browser, Playwright's own is left to Playwright", () => {
  expect(findBrowser({}, only())).toBeUndefined();
});
