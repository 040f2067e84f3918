/** The address a local build gives QR codes, canonical links and the sitemap. */
export const localSiteUrl = 'http://127.0.0.1:4321';

/** Set by the static hosts whose builds are deployments (Netlify, Cloudflare Pages). */
const hostBuildMarkers = ['NETLIFY', 'CF_PAGES'] as const;

/**
 * The site's public address from the environment. Posters are printed from it, and a QR code
 * on paper cannot be fixed later: a deployment build without SITE_URL stops here rather than
 * print 127.0.0.1 on every poster.
 * @example resolveSiteUrl({ SITE_URL: 'https://example.org' }) // 'https://example.org'
 * @example resolveSiteUrl({}) // 'http://127.0.0.1:4321'
 */
export function resolveSiteUrl(env: Record<string, string | undefined>): string {
  const value = env['SITE_URL']?.trim();
  if (!value) {
    const host = hostBuildMarkers.find((name) => env[name]);
    if (host) throw new Error(`SITE_URL is not set, and this is a ${host} build: set SITE_URL to the public address (e.g. https://example.org) so posters, QR codes and the sitemap point at the site, not at 127.0.0.1.`);
    return localSiteUrl;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an address: write it in full, e.g. https://example.org`);
  }
  const isLocal = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(isLocal && url.protocol === 'http:')) throw new Error(`SITE_URL "${value}" must start with https:// (only a local address may use http://)`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL "${value}" must be the site's root, without a path, query or #`);
  return url.origin;
}
