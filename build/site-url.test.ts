import { describe, expect, test } from 'vitest';
import { localSiteUrl, resolveSiteUrl } from './site-url.ts';

describe('resolveSiteUrl', () => {
  test('uses SITE_URL, without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
  });

  test('a local build without SITE_URL points at the local server', () => {
    expect(resolveSiteUrl({})).toBe(localSiteUrl);
    expect(resolveSiteUrl({ CI: 'true' })).toBe(localSiteUrl);
  });

  test.each(['NETLIFY', 'CF_PAGES'])('a %s build without SITE_URL stops, saying what to set', (host) => {
    expect(() => resolveSiteUrl({ [host]: 'true' })).toThrow(/SITE_URL is not set.*posters/);
  });

  test.each([
    ['example.org', /not an address/],
    ['http://example.org', /https:\/\//],
    ['https://example.org/sq/', /root/],
  ])('refuses %s', (value, message) => {
    expect(() => resolveSiteUrl({ SITE_URL: value })).toThrow(message);
  });

  test('a local address may use http', () => {
    expect(resolveSiteUrl({ SITE_URL: 'http://127.0.0.1:4399' })).toBe('http://127.0.0.1:4399');
  });
});
