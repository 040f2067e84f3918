import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { headersForPath, parseHeadersFile, type RepeatedHeaders } from '../../../scripts/lib/headers-file.ts';
import { clearSiteDataPath, removalMessage, removeSiteData } from './remove-site-data.ts';

/** A browser's service worker container and caches holding this site's worker and caches, and one cache of another app on the origin. */
function fakeBrowser({ failCaches = false } = {}) {
  const unregister = vi.fn(async () => true);
  const stored = new Set(['shenjat-core-abc', 'shenjat-visited', 'other-app']);
  const serviceWorker = { getRegistrations: async () => [{ unregister }] } as unknown as ServiceWorkerContainer;
  const caches = {
    keys: async () => {
      if (failCaches) throw new Error('SecurityError');
      return [...stored];
    },
    delete: async (key: string) => stored.delete(key),
  } as unknown as CacheStorage;
  return { serviceWorker, caches, stored, unregister };
}

describe('removeSiteData', () => {
  test('unregisters the worker, deletes this site\'s caches, then fetches the Clear-Site-Data address', async () => {
    const browser = fakeBrowser();
    const fetch = vi.fn(async () => new Response('', { status: 200 }));
    const removal = await removeSiteData({ ...browser, fetch });
    expect(browser.unregister).toHaveBeenCalled();
    expect([...browser.stored]).toEqual(['other-app']);
    expect(fetch).toHaveBeenCalledWith(clearSiteDataPath, { cache: 'no-store' });
    expect(removal).toEqual({ offlineCopyRemoved: true, browserAsked: true });
    expect(removalMessage(removal)).toBe('done');
  });

  test('with no internet, the offline copy still goes and the message says the browser\'s copies stay', async () => {
    const browser = fakeBrowser();
    const removal = await removeSiteData({ ...browser, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect([...browser.stored]).toEqual(['other-app']);
    expect(removalMessage(removal)).toBe('partly');
  });

  test('a browser without service workers or caches has only the HTTP cache to ask about', async () => {
    const removal = await removeSiteData({ fetch: async () => new Response('') });
    expect(removalMessage(removal)).toBe('done');
  });

  test('caches that cannot be read make it a failure, though the browser is still asked', async () => {
    const fetch = vi.fn(async () => new Response(''));
    const removal = await removeSiteData({ ...fakeBrowser({ failCaches: true }), fetch });
    expect(fetch).toHaveBeenCalled();
    expect(removalMessage(removal)).toBe('failed');
  });
});

describe('the Clear-Site-Data address', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

  test.each<RepeatedHeaders>(['replace', 'join'])('public/_headers sends "cache" and "storage", never stored (host that %ss repeated headers)', (repeated) => {
    const headers = headersForPath(rules, clearSiteDataPath, repeated);
    expect(headers['Clear-Site-Data']).toBe('"cache", "storage"');
    expect(headers['Cache-Control']).toBe('no-store');
  });

  test('is a file the host serves, and no page sends the header', () => {
    expect(existsSync(join('public', clearSiteDataPath))).toBe(true);
    expect(headersForPath(rules, '/privatesia/')['Clear-Site-Data']).toBeUndefined();
  });
});
