import { describe, expect, test } from 'vitest';
import { countLabel, createSearch, nextResults, type Pagefind, type PagefindResult } from './search-results.ts';

const result = (url: string): PagefindResult => ({ data: async () => ({ url, excerpt: '', meta: {} }) });

/** A Pagefind that answers each query after `delays[query]` ms, and records what it was asked. */
function fakePagefind(index: Record<string, string[]>, delays: Record<string, number> = {}) {
  const asked: Array<{ query: string; filters?: Record<string, string> }> = [];
  let loads = 0;
  const pagefind: Pagefind = {
    search: (query, options) => {
      asked.push({ query, ...(options?.filters ? { filters: options.filters } : {}) });
      return new Promise((resolve) => setTimeout(() => resolve({ results: (index[query] ?? []).map(result) }), delays[query] ?? 0));
    },
  };
  return { load: async () => ((loads += 1), pagefind), asked, loads: () => loads };
}

describe('createSearch', () => {
  test('finds, says when nothing matched, and does not search for blanks', async () => {
    const engine = fakePagefind({ pasaporta: ['/a/', '/b/'] });
    const find = createSearch(engine.load);
    expect(await find('   ', '')).toEqual({ kind: 'empty-query' });
    expect(engine.loads(), 'Pagefind is not loaded for nothing').toBe(0);
    const found = await find('pasaporta', '');
    expect(found.kind === 'found' && found.results).toHaveLength(2);
    expect(await find('zzz', '')).toEqual({ kind: 'none' });
    expect(engine.loads(), 'Pagefind loads once').toBe(1);
  });

  test('a chosen section becomes a filter', async () => {
    const engine = fakePagefind({ borxh: ['/x/'] });
    await createSearch(engine.load)('borxh', 'help');
    expect(engine.asked).toEqual([{ query: 'borxh', filters: { section: 'help' } }]);
  });

  test('a slow answer to an older query is dropped', async () => {
    const engine = fakePagefind({ slow: ['/old/'], fast: ['/new/'] }, { slow: 50, fast: 0 });
    const find = createSearch(engine.load);
    const [older, newer] = await Promise.all([find('slow', ''), find('fast', '')]);
    expect(older).toEqual({ kind: 'stale' });
    expect(newer.kind).toBe('found');
  });
});

test.each([
  [0, 25, 10, 10],
  [10, 25, 10, 10],
  [20, 25, 10, 5],
  [25, 25, 10, 0],
])('with %i of %i shown and %i a step, the next step draws %i', (shown, total, size, expected) => {
  expect(nextResults(Array.from({ length: total }, (_, i) => i), shown, size)).toHaveLength(expected);
});

test.each([
  [1, '1 rezultat'],
  [2, '2 rezultate'],
  [37, '37 rezultate'],
])('%i → %s', (count, label) => {
  expect(countLabel(count, { one: '1 rezultat', other: '{count} rezultate' })).toBe(label);
});
