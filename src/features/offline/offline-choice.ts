/**
 * Whether a page stores the offline core, offers it with a button, or leaves it: the first
 * visit costs as little data as the page itself on a data-saving or 2G connection, and a
 * person who has just removed this site's data is not given it back in the same tab.
 */

/** What the page does about the offline core. */
export type CoreChoice = 'store' | 'offer' | 'none';

/** The parts of `navigator.connection` (Network Information API) that matter here. */
export interface ConnectionInfo {
  /** The person asked the browser to save data (Chrome's "Lite mode"; sent as `Save-Data: on`). */
  saveData?: boolean;
  /** The browser's estimate of the connection: 'slow-2g', '2g', '3g' or '4g'. */
  effectiveType?: string;
}

/**
 * Whether the connection asks us to spare data: `Save-Data`, or a 2G or slower estimate.
 * Browsers without the API (Safari, Firefox) give nothing to go on: not data-light.
 * @example isDataLight({ effectiveType: '2g' }) // true
 */
export function isDataLight(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  return connection.saveData === true || connection.effectiveType === '2g' || connection.effectiveType === 'slow-2g';
}

/**
 * The choice for this page view. `saved`: a worker already controls the page (the core was
 * stored on an earlier visit; the browser keeps it up to date itself).
 * @example chooseCoreStore({ supported: true, connection: { saveData: true }, removedInThisTab: false, saved: false }) // 'offer'
 */
export function chooseCoreStore({ supported, connection, removedInThisTab, saved }: { supported: boolean; connection: ConnectionInfo | undefined; removedInThisTab: boolean; saved: boolean }): CoreChoice {
  if (!supported || removedInThisTab) return 'none';
  if (!isDataLight(connection)) return 'store';
  return saved ? 'none' : 'offer';
}

/**
 * The tab's name after "Remove this site's data" (set by remove-site-data.ts, which keeps its
 * own copy of the word so that the two page scripts share no module and stay inline).
 */
export const removedTabName = 'offline-copy-removed';

/** Whether this site's data was removed earlier in this tab. */
export const wasRemovedInThisTab = (win: { name: string }): boolean => win.name === removedTabName;
