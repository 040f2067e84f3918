/**
 * Reads the `_headers` file format of Netlify and Cloudflare Pages, so the local server
 * (and the tests) serve the site with exactly the headers a static host would send.
 */

/** One block of `_headers`: a path pattern and the headers for paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
  /**
   * Headers that earlier matching rules set and this rule removes: Cloudflare Pages' "detach"
   * lines, `! Content-Security-Policy`. Netlify skips a line without a colon, so it ignores them.
   */
  detach: string[];
}

/**
 * How a host treats a header that several matching rules set: Netlify and `npm run serve`
 * keep the later rule's value; Cloudflare Pages joins the values with ", " (a detach line
 * removes the earlier ones first).
 */
export type RepeatedHeaders = 'replace' | 'join';

/**
 * Parses `_headers`: an unindented line is a path pattern, the indented `Name: value`
 * lines under it are its headers, `! Name` detaches a header set by an earlier rule, `#`
 * starts a comment.
 * @example parseHeadersFile('/*\n  X-Frame-Options: DENY') // [{ pattern: '/*', headers: [['X-Frame-Options', 'DENY']], detach: [] }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const where = `_headers line ${index + 1}`;
    if (!rule) throw new Error(`${where}: a header must come under a path`);
    const detached = /^\s+!(\s*)(.*)$/.exec(line);
    if (detached) {
      // Cloudflare reads "! " (with the space) then the name; anything else is an invalid line there.
      const name = detached[2]?.trim() ?? '';
      if (!detached[1] || !/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`${where}: expected "! Header-Name" to detach a header`);
      rule.detach.push(name);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${where}: expected "Name: value" under a path`);
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
 * The headers a path gets: every matching rule applies in file order; a rule first detaches
 * the headers it names, then sets its own (header names compare without case).
 * @example headersForPath(rules, '/ndihme/') // { 'X-Frame-Options': 'DENY', … }
 */
export function headersForPath(rules: readonly HeaderRule[], path: string, repeated: RepeatedHeaders = 'replace'): Record<string, string> {
  const result: Record<string, string> = {};
  const keyOf = (name: string) => Object.keys(result).find((key) => key.toLowerCase() === name.toLowerCase());
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach) {
      const key = keyOf(name);
      if (key !== undefined) delete result[key];
    }
    for (const [name, value] of rule.headers) {
      const key = keyOf(name);
      if (key !== undefined && repeated === 'join') result[key] = `${result[key]}, ${value}`;
      else result[key ?? name] = value;
    }
  }
  return result;
}
