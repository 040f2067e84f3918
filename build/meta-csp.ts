/**
 * The policy as a `<meta http-equiv="Content-Security-Policy">`, for hosts that do not read
 * `_headers` (GitHub Pages, a plain web server). A meta policy is weaker than the header:
 * browsers ignore `frame-ancestors`, `report-uri`, `report-to` and `sandbox` in it, it
 * applies only from where it stands in the page (so it goes first in <head>), and it cannot
 * replace the other headers (HSTS, X-Frame-Options, nosniff, Permissions-Policy, COOP/CORP).
 */

/** Directives a meta policy cannot carry (CSP Level 3, §3.3): dropped rather than ignored with a console warning. */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/**
 * A header policy as a meta policy can carry it.
 * @example toMetaPolicy("default-src 'self'; frame-ancestors 'none'") // "default-src 'self'"
 */
export function toMetaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !(headerOnlyDirectives as readonly string[]).includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/**
 * Puts the policy first in the page's <head>, right after `<meta charset>` (which must stay
 * in the first bytes), before any style or script it governs.
 * @throws when the page has no <head>: every page of the site has one.
 */
export function insertMetaPolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + tag + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('a page without <head> cannot carry a meta policy');
  return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
}
