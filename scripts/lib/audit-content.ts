/**
 * The editors' content audit: which fact-bearing entries need checking again.
 * Pure: entries and "today" come in, so the rules are tested with a fixed date.
 */

/** What the audit reads of one entry (a hotline, service or country). */
export interface AuditedEntry {
  file: string;
  lastVerified?: string;
  sources?: readonly unknown[];
  status?: string;
  unverifiedNote?: unknown;
}

/** Entries to look at again, by reason. An entry may appear under several. */
export interface AuditReport {
  /** `lastVerified` older than `maxAgeMonths` (or missing). */
  stale: string[];
  /** Marked unconfirmed, or carrying a note of what is not confirmed. */
  unverified: string[];
  /** No source at all. */
  unsourced: string[];
}

/** `lastVerified` older than this many months is stale (PRODUCT.md: 12). */
export const maxAgeMonths = 12;

/**
 * Sorts entries into the audit's three lists.
 * @example auditContent([{ file: 'a.yaml', lastVerified: '2024-01-01', sources: [{}] }], new Date('2026-01-01')).stale // ['a.yaml']
 */
export function auditContent(entries: readonly AuditedEntry[], today: Date): AuditReport {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - maxAgeMonths, today.getUTCDate()));
  const isStale = (entry: AuditedEntry) => !entry.lastVerified || new Date(`${entry.lastVerified}T00:00:00Z`) < cutoff;
  return {
    stale: entries.filter(isStale).map((entry) => entry.file),
    unverified: entries.filter((entry) => entry.status === 'unconfirmed' || Boolean(entry.unverifiedNote)).map((entry) => entry.file),
    unsourced: entries.filter((entry) => !entry.sources || entry.sources.length === 0).map((entry) => entry.file),
  };
}

/** Whether the report lists anything (`--strict` then fails). */
export function hasFindings(report: AuditReport): boolean {
  return report.stale.length + report.unverified.length + report.unsourced.length > 0;
}
