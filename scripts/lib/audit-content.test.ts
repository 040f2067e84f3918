import { describe, expect, test } from 'vitest';
import { auditContent, hasFindings } from './audit-content.ts';

const today = new Date('2026-11-28T00:00:00Z');
const source = [{ url: 'https://example.org', date: '2025', confidence: ['C2'] }];

describe('auditContent', () => {
  test.each([
    ['checked today', '2026-11-28', false],
    ['checked exactly twelve months ago', '2025-11-28', false],
    ['checked twelve months and a day ago', '2025-11-27', true],
    ['checked two years ago', '2024-06-01', true],
  ])('an entry %s is stale: %s', (_name, lastVerified, stale) => {
    const report = auditContent([{ file: 'x.yaml', lastVerified, sources: source }], today);
    expect(report.stale).toEqual(stale ? ['x.yaml'] : []);
  });

  test('an entry without lastVerified is stale', () => {
    expect(auditContent([{ file: 'x.yaml', sources: source }], today).stale).toEqual(['x.yaml']);
  });

  test('unconfirmed lines and entries with a note of what is unconfirmed are listed', () => {
    const report = auditContent(
      [
        { file: 'a.yaml', lastVerified: '2026-11-01', sources: source, status: 'unconfirmed', unverifiedNote: { sq: 'x', en: 'x' } },
        { file: 'b.yaml', lastVerified: '2026-11-01', sources: source, unverifiedNote: { sq: 'x', en: 'x' } },
        { file: 'c.yaml', lastVerified: '2026-11-01', sources: source, status: 'confirmed' },
      ],
      today,
    );
    expect(report.unverified).toEqual(['a.yaml', 'b.yaml']);
  });

  test('entries without a source are listed', () => {
    const report = auditContent(
      [
        { file: 'a.yaml', lastVerified: '2026-11-01' },
        { file: 'b.yaml', lastVerified: '2026-11-01', sources: [] },
        { file: 'c.yaml', lastVerified: '2026-11-01', sources: source },
      ],
      today,
    );
    expect(report.unsourced).toEqual(['a.yaml', 'b.yaml']);
  });

  test('a clean set has no findings; any finding counts', () => {
    const clean = auditContent([{ file: 'c.yaml', lastVerified: '2026-11-01', sources: source }], today);
    expect(hasFindings(clean)).toBe(false);
    expect(hasFindings({ ...clean, unsourced: ['x'] })).toBe(true);
  });
});
