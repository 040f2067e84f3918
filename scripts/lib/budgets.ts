/**
 * The performance budgets of PRODUCT.md, in one place: `npm run bench` measures the site
 * against them, and the browser tests fail a page that weighs more than the hard ceiling.
 */
export const budgets = {
  /** A content page's HTML with its CSS, compressed: what fits the first round trip. */
  contentCriticalBytes: 14 * 1024,
  /** JavaScript files a content page loads (the quick-exit script is inline): none. */
  contentJsBytes: 0,
  /** A self-check page's JavaScript files, brotli, React included. */
  selfCheckJsBytes: 70 * 1024,
  /** Largest contentful paint in the emulated mobile profile, for every page type. */
  lcpMs: 1500,
  /** A page's bytes, all compressed: a third of a typical docs theme's 44 KB for the same text. */
  pageBytes: Math.round((44 * 1024) / 3),
} as const;

/** PRODUCT.md: an article paints within 15 % of a bare HTML page with the same words. */
export const lcpOverBareTextFactor = 1.15;

/** A budget missed is reported by the benchmark; twice the budget fails the tests. */
export const hardCeilingFactor = 2;

/**
 * The most a page may weigh before a test fails.
 * @example hardCeiling('contentCriticalBytes') // 28672
 */
export function hardCeiling(budget: keyof typeof budgets): number {
  return budgets[budget] * hardCeilingFactor;
}
