/**
 * The modules a built JavaScript file loads, static and dynamic imports alike, as written.
 * Bare package names cannot occur in built files, so only paths (`./x.js`, `/x.js`) count.
 * Built code only: a regular expression, not a parser, so a path in a string that merely
 * follows the word `from` would be counted too (an over-count, which a weight check can afford).
 * @example listJsImports('import{a as b}from"./react.js";import(`/c.js`)') // ['./react.js', '/c.js']
 */
export function listJsImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]((?:\.{1,2})?\/[^"'`\s]+)["'`]/g)].map((match) => match[1]!);
}
