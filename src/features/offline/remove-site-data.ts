/**
 * "Remove this site's data": what the button does, and which message tells the truth
 * about it afterwards.
 */

/**
 * The address whose answer carries `Clear-Site-Data: "cache", "storage"` (public/_headers):
 * fetching it asks the browser to empty its HTTP cache and storage for this site. The worker
 * never answers it from a cache.
 */
export const clearSiteDataPath = '/clear-site-data.txt';

/**
 * Remembers, for this tab only, that the data was removed, so that no page of this visit
 * stores the core again (offline-choice.ts reads it). `window.name` belongs to the tab: it
 * is never written to disk as web storage, it lasts through the next pages of this site in
 * that tab, and browsers empty it when the tab opens another site (this site's
 * Cross-Origin-Opener-Policy gives any other site a fresh, unnamed context as well). A neutral
 * word: it names no site if some old browser kept it.
 */
export function markRemovedInThisTab(win: { name: string }): void {
  win.name = 'offline-copy-removed';
}

/** What the removal did. */
export interface Removal {
  /** The worker is unregistered and every cache of this site deleted (or there were none). */
  offlineCopyRemoved: boolean;
  /** The browser received the Clear-Site-Data answer. */
  browserAsked: boolean;
}

/** The message for the person: everything, the offline copy only (no internet), or nothing. */
export type RemovalMessage = 'done' | 'partly' | 'failed';

/**
 * Unregisters the worker, deletes the site's caches, then fetches the Clear-Site-Data address
 * (which also reaches the HTTP cache, which scripts cannot touch). Each step runs even if the
 * other fails. Browsers without service workers or caches have nothing of the first kind.
 */
export async function removeSiteData({ serviceWorker, caches, fetch }: { serviceWorker?: ServiceWorkerContainer | undefined; caches?: CacheStorage | undefined; fetch: typeof globalThis.fetch }): Promise<Removal> {
  let offlineCopyRemoved = true;
  try {
    const registrations = (await serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((registration) => registration.unregister()));
    const keys = (await caches?.keys()) ?? [];
    await Promise.all(keys.filter((key) => key.startsWith('shenjat-')).map((key) => caches?.delete(key)));
  } catch {
    offlineCopyRemoved = false;
  }
  const browserAsked = await fetch(clearSiteDataPath, { cache: 'no-store' }).then(
    (response) => response.ok,
    () => false,
  );
  return { offlineCopyRemoved, browserAsked };
}

/**
 * @example removalMessage({ offlineCopyRemoved: true, browserAsked: false }) // 'partly'
 */
export function removalMessage({ offlineCopyRemoved, browserAsked }: Removal): RemovalMessage {
  if (offlineCopyRemoved && browserAsked) return 'done';
  return offlineCopyRemoved ? 'partly' : 'failed';
}
