import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersForPath, matchesPattern, parseHeadersFile, type RepeatedHeaders } from './headers-file.ts';

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
      { pattern: '/*', headers: [['X-Frame-Options', 'DENY'], ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"]], detach: [] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']], detach: [] },
      { pattern: '/admin/*', headers: [['X-Frame-Options', 'SAMEORIGIN']], detach: [] },
    ]);
  });

  test('reads "! Name" lines as headers to detach (Cloudflare Pages)', () => {
    const rules = parseHeadersFile('/admin/*\n  ! Content-Security-Policy\n  ! Cross-Origin-Opener-Policy\n  X-Robots-Tag: noindex');
    expect(rules).toEqual([{ pattern: '/admin/*', headers: [['X-Robots-Tag', 'noindex']], detach: ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'] }]);
  });

  test.each([
    ['a header line before any path', '  X-Frame-Options: DENY', /line 1: a header must come under a path/],
    ['a detach line before any path', '  ! X-Frame-Options', /line 1/],
    ['a detach without the space Cloudflare needs', '/*\n  !X-Frame-Options', /line 2: expected "! Header-Name"/],
    ['a detach without a name', '/*\n  ! ', /line 2: expected "! Header-Name"/],
    ['a detach with a value', '/*\n  ! X-Frame-Options: DENY', /line 2: expected "! Header-Name"/],
    ['a header line without a colon', '/*\n  X-Frame-Options DENY', /line 2: expected "Name: value"/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
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

  test('as Cloudflare Pages: a header set twice is joined, unless the later rule detaches it first', () => {
    expect(headersForPath(rules, '/admin/', 'join')['X-Frame-Options']).toBe('DENY, SAMEORIGIN');
    const detached = parseHeadersFile(`${file}  ! x-frame-options\n  X-Robots-Tag: noindex\n`);
    expect(headersForPath(detached, '/admin/', 'join')).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'X-Frame-Options': 'SAMEORIGIN',
      'X-Robots-Tag': 'noindex',
    });
    // A detach line removes only what an earlier rule set: the rule's own headers stay.
    expect(headersForPath(parseHeadersFile('/*\n  ! A\n  A: 1'), '/')).toEqual({ A: '1' });
  });
});

describe("the site's public/_headers", () => {
  const text = readFileSync('public/_headers', 'utf8');
  const rules = parseHeadersFile(text);
  const siteWide = Object.fromEntries(rules.find((rule) => rule.pattern === '/*')?.headers ?? []);
  const cms = Object.fromEntries(rules.find((rule) => rule.pattern === '/admin/*')?.headers ?? []);

  test.each<RepeatedHeaders>(['replace', 'join'])('/admin/ gets only the CMS policy, whether the host replaces or joins (%s)', (repeated) => {
    const headers = headersForPath(rules, '/admin/', repeated);
    expect(headers['Content-Security-Policy']).toBe(cms['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']).toContain("'unsafe-eval'");
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(headers['X-Robots-Tag']).toBe('noindex, nofollow');
    // The rest of the site keeps its strict policy.
    expect(headersForPath(rules, '/ndihme/', repeated)['Content-Security-Policy']).toBe(siteWide['Content-Security-Policy']);
    expect(siteWide['Content-Security-Policy']).not.toContain("'unsafe-eval'");
  });

  test.each<RepeatedHeaders>(['replace', 'join'])('every path, /admin/ included, asks browsers to use https only (HSTS, two years) (%s)', (repeated) => {
    for (const path of ['/', '/ndihme/', '/admin/', '/_astro/x.js', '/sw.js']) {
      expect(headersForPath(rules, path, repeated)['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    }
  });

  test('the Cloudflare detach lines stand in the /admin/ block, before its own policy', () => {
    const admin = rules.find((rule) => rule.pattern === '/admin/*');
    expect(admin?.detach).toEqual(['Content-Security-Policy', 'Cross-Origin-Opener-Policy']);
    expect(text.indexOf('! Content-Security-Policy')).toBeLessThan(text.indexOf(`Content-Security-Policy: ${cms['Content-Security-Policy']}`));
  });

  test('without its detach lines, Cloudflare Pages would send /admin/ both policies (and block the CMS)', () => {
    const withoutDetach = parseHeadersFile(text.replace(/^\s+!.*$/gm, ''));
    const csp = headersForPath(withoutDetach, '/admin/', 'join')['Content-Security-Policy'] ?? '';
    expect(csp).toBe(`${siteWide['Content-Security-Policy']}, ${cms['Content-Security-Policy']}`);
  });
});
