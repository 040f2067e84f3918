/** One result of Pagefind's JavaScript API: its data loads on demand (a fragment download). */
export interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

/** The part of Pagefind's API the search page uses. */
export interface Pagefind {
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** What a search comes to. `stale`: a newer search started meanwhile, so this answer is dropped. */
export type SearchOutcome = { kind: 'empty-query' } | { kind: 'stale' } | { kind: 'none' } | { kind: 'found'; results: PagefindResult[] };

/**
 * Searches with Pagefind, loaded on the first search only, and drops a slow answer to an
 * older query so it never overwrites a newer one.
 * @example
 * const find = createSearch(() => import('/pagefind/pagefind.js'));
 * await find('pasaporta', '') // { kind: 'found', results: [...] }
 */
export function createSearch(load: () => Promise<Pagefind>) {
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  return async function find(query: string, section: string): Promise<SearchOutcome> {
    const search = (latest += 1);
    if (!query.trim()) return { kind: 'empty-query' };
    pagefind ??= load();
    const { results } = await (await pagefind).search(query, section ? { filters: { section } } : {});
    if (search !== latest) return { kind: 'stale' };
    return results.length === 0 ? { kind: 'none' } : { kind: 'found', results };
  };
}

/** Results drawn per step: each costs a fragment download, which matters on slow data. */
export const pageSize = 10;

/**
 * The results to draw next, after `shown` are on the page.
 * @example nextResults(results, 10).length // up to 10 more
 */
export function nextResults<T>(results: readonly T[], shown: number, size = pageSize): T[] {
  return results.slice(shown, shown + size);
}

/**
 * "1 result" or "12 results" from the page's own strings (`{count}` is filled in).
 * @example countLabel(12, { one: '1 rezultat', other: '{count} rezultate' }) // '12 rezultate'
 */
export function countLabel(count: number, texts: { one: string; other: string }): string {
  return count === 1 ? texts.one : texts.other.replace('{count}', String(count));
}
