import { createHash } from 'node:crypto';

/** The CSP source expressions that allow a page's inline scripts and styles. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * The CSP hash source (`'sha256-…'`) of an inline script or style, hashed exactly as written.
 * @example cspHash('alert(1)') // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * Collects the hashes of every inline `<script>` (without `src`) and `<style>` in HTML pages,
 * so a static host's CSP can allow exactly those and nothing else (no `'unsafe-inline'`).
 * JSON data scripts are skipped: browsers never execute them.
 */
export function collectInlineHashes(pages: Iterable<string>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    for (const [whole, body = ''] of html.matchAll(inlineScript)) {
      if (/type=["']?application\/(ld\+)?json/i.test(whole)) continue;
      scripts.add(cspHash(body));
    }
    for (const [, body = ''] of html.matchAll(inlineStyle)) styles.add(cspHash(body));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** Placeholders in `public/_headers` that the build replaces with the collected hashes. */
export const hashPlaceholders = { scripts: '{{inline-script-hashes}}', styles: '{{inline-style-hashes}}' } as const;

/**
 * Puts the collected hashes into a `_headers` template.
 * @throws if the template lacks a placeholder, so a CSP can never silently miss its hashes.
 */
export function fillHashPlaceholders(template: string, hashes: InlineHashes): string {
  for (const placeholder of Object.values(hashPlaceholders)) {
    if (!template.includes(placeholder)) throw new Error(`_headers: placeholder ${placeholder} is missing`);
  }
  return template
    .replaceAll(hashPlaceholders.scripts, hashes.scripts.join(' '))
    .replaceAll(hashPlaceholders.styles, hashes.styles.join(' '));
}
