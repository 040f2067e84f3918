import { describe, expect, test } from 'vitest';
import { headersForPath, matchesPattern, parseHeadersFile } from './headers-file.ts';

const file = `# site-wide
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/admin/*
  X-Frame-Options: SAMEORIGIN
`;

describe('parseHeadersFile', () => {
  test('reads patterns and their headers, keeping colons inside values', () => {
    expect(parseHeadersFile(file)).toEqual([
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"]] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/admin/*', headers: [['X-Frame-Options', 'SAMEORIGIN']] },
    ]);
  });

  test('rejects a header line before any path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/line 1/);
  });
});

describe('matchesPattern', () => {
  test.each([
    ['/*', '/', true],
    ['/*', '/en/help/', true],
    ['/_astro/*', '/_astro/a.js', true],
    ['/_astro/*', '/ndihme/', false],
    ['/admin/*', '/admin/', true],
    ['/admin/*', '/administrata/', false],
    ['/exact.html', '/exact.html', true],
    ['/exact.html', '/exactXhtml', false],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(file);
  test('combines every matching rule, later ones winning', () => {
    expect(headersForPath(rules, '/admin/')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersForPath(rules, '/ndihme/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
    });
    expect(headersForPath(rules, '/_astro/x.css')['Cache-Control']).toContain('immutable');
  });
});
