/** What one build of the site costs, as `npm run bench:scale` measures it. */
export interface BuildFigures {
  /** HTML pages written. */
  pages: number;
  /** Wall time of `astro build`, cold (empty cache). */
  buildMs: number;
  /** Wall time of `pagefind --site`. */
  indexMs: number;
  /** Bytes of the search index on disk (`pagefind/`). */
  indexBytes: number;
  /** The same files brotli-compressed where that makes them smaller, as a CDN would send them. */
  indexBrotliBytes: number;
}

/**
 * Build time per page written.
 * @example msPerPage({ pages: 50, buildMs: 5000, indexMs: 0, indexBytes: 0, indexBrotliBytes: 0 }) // 100
 */
export function msPerPage(figures: BuildFigures): number {
  return figures.pages > 0 ? figures.buildMs / figures.pages : 0;
}

/** What the pages added on top of the baseline cost, each. */
export interface GrowthCost {
  addedPages: number;
  buildMsPerAddedPage: number;
  indexMsPerAddedPage: number;
  indexBytesPerAddedPage: number;
}

/**
 * The marginal cost of growth: the difference between two builds, per page added. This is
 * the figure to extrapolate from, since a build's fixed start-up cost is paid once.
 * @example growthCost({ pages: 50, buildMs: 5000, … }, { pages: 2050, buildMs: 25000, … }).buildMsPerAddedPage // 10
 */
export function growthCost(baseline: BuildFigures, scaled: BuildFigures): GrowthCost {
  const addedPages = scaled.pages - baseline.pages;
  if (addedPages <= 0) throw new Error('The scaled build has no more pages than the baseline');
  return {
    addedPages,
    buildMsPerAddedPage: (scaled.buildMs - baseline.buildMs) / addedPages,
    indexMsPerAddedPage: (scaled.indexMs - baseline.indexMs) / addedPages,
    indexBytesPerAddedPage: (scaled.indexBytes - baseline.indexBytes) / addedPages,
  };
}

/**
 * A byte count for people: KB under a megabyte, MB above (1 KB = 1024 bytes).
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A duration for people: milliseconds under a second, seconds above.
 * @example formatMs(12345) // '12.3 s'
 */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
