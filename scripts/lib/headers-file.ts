/**
 * Reads the `_headers` file format of Netlify and Cloudflare Pages, so the local server
 * (and the tests) serve the site with exactly the headers a static host would send.
 */

/** One block of `_headers`: a path pattern and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/**
 * Parses `_headers`: an unindented line is a path pattern, the indented `Name: value`
 * lines under it are its headers, `#` starts a comment.
 * @example parseHeadersFile('/*\n  X-Frame-Options: DENY') // [{ pattern: '/*', headers: [['X-Frame-Options', 'DENY']] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`*` matches anything, including `/`) matches a path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/**
 * The headers a path gets: every matching rule applies, later rules override earlier ones.
 * @example headersForPath(rules, '/ndihme/') // { 'X-Frame-Options': 'DENY', … }
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, path)) for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}
