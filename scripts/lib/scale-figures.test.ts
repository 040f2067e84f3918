import { describe, expect, test } from 'vitest';
import { formatBytes, formatMs, growthCost, msPerPage, type BuildFigures } from './scale-figures.ts';

const baseline: BuildFigures = { pages: 50, buildMs: 5000, indexMs: 200, indexBytes: 1_000_000, indexBrotliBytes: 900_000 };
const scaled: BuildFigures = { pages: 2050, buildMs: 25000, indexMs: 2200, indexBytes: 5_000_000, indexBrotliBytes: 4_500_000 };

describe('msPerPage', () => {
  test('divides the build time by the pages written', () => {
    expect(msPerPage(baseline)).toBe(100);
    expect(msPerPage(scaled)).toBeCloseTo(12.2, 1);
  });

  test('is 0, not Infinity, for a build that wrote nothing', () => {
    expect(msPerPage({ ...baseline, pages: 0 })).toBe(0);
  });
});

describe('growthCost', () => {
  test('is the difference between the builds per page added', () => {
    expect(growthCost(baseline, scaled)).toEqual({ addedPages: 2000, buildMsPerAddedPage: 10, indexMsPerAddedPage: 1, indexBytesPerAddedPage: 2000 });
  });

  test('refuses a scaled build without more pages', () => {
    expect(() => growthCost(baseline, baseline)).toThrow();
  });
});

test.each([
  [0, '0.0 KB'],
  [1536, '1.5 KB'],
  [1024 * 1024 - 1, '1024.0 KB'],
  [5 * 1024 * 1024, '5.0 MB'],
])('formatBytes(%d) is %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test.each([
  [12.4, '12 ms'],
  [999, '999 ms'],
  [12345, '12.3 s'],
])('formatMs(%d) is %s', (ms, text) => {
  expect(formatMs(ms)).toBe(text);
});
