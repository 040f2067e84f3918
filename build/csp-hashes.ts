import { createHash } from 'node:crypto';

/** The CSP source expressions that allow a page's inline scripts and styles. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** One inline `<script>` or `<style>` of a page, its text exactly as written. */
export interface InlineCode {
  kind: 'script' | 'style';
  body: string;
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
 * Every inline `<script>` (without `src`) and `<style>` of a page. JSON data scripts are
 * skipped: browsers never execute them.
 * @example readInlineCode('<style>a{}</style><script src="/x.js"></script>') // [{ kind: 'style', body: 'a{}' }]
 */
export function readInlineCode(html: string): InlineCode[] {
  const code: InlineCode[] = [];
  for (const [whole, body = ''] of html.matchAll(inlineScript)) {
    if (!/type=["']?application\/(ld\+)?json/i.test(whole)) code.push({ kind: 'script', body });
  }
  for (const [, body = ''] of html.matchAll(inlineStyle)) code.push({ kind: 'style', body });
  return code;
}

/**
 * The hashes that allow exactly these inline scripts and styles (sorted, each once), so a
 * static host's CSP needs no `'unsafe-inline'`.
 */
export function hashInlineCode(code: Iterable<InlineCode>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const { kind, body } of code) (kind === 'script' ? scripts : styles).add(cspHash(body));
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** Placeholders in `public/_headers` that the build replaces with the collected hashes. */
export const hashPlaceholders = { scripts: '{{inline-script-hashes}}', styles: '{{inline-style-hashes}}' } as const;

/**
 * Puts the collected hashes into a `_headers` template, or into one policy taken from it.
 * @param options.required throw when a placeholder is missing (the default, for the whole
 *   template, so a CSP can never silently miss its hashes); a single policy may have none.
 */
export function fillHashPlaceholders(template: string, hashes: InlineHashes, { required = true }: { required?: boolean } = {}): string {
  for (const placeholder of Object.values(hashPlaceholders)) {
    if (required && !template.includes(placeholder)) throw new Error(`_headers: placeholder ${placeholder} is missing`);
  }
  const fill = (text: string, placeholder: string, list: readonly string[]) =>
    text.replaceAll(` ${placeholder}`, list.map((hash) => ` ${hash}`).join('')).replaceAll(placeholder, list.join(' '));
  return fill(fill(template, hashPlaceholders.scripts, hashes.scripts), hashPlaceholders.styles, hashes.styles);
}

/** Where `public/_headers` lets the CMS reach a local backend; production builds leave it empty. */
export const cmsBackendPlaceholder = '{{cms-local-backend}}';

/**
 * Fills the CMS's local-backend source in `_headers`: `http://127.0.0.1:<port>` only in a
 * build for `npm run cms` or its test (DECAP_SERVER_PORT set), nothing in production, so
 * the deployed `/admin/` can connect to no local address.
 * @example fillCmsBackend("connect-src 'self' {{cms-local-backend}};", undefined) // "connect-src 'self';"
 */
export function fillCmsBackend(template: string, port: string | undefined): string {
  if (!template.includes(cmsBackendPlaceholder)) throw new Error(`_headers: placeholder ${cmsBackendPlaceholder} is missing`);
  if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new Error(`DECAP_SERVER_PORT must be a port number, not ${port}`);
  return template.replaceAll(` ${cmsBackendPlaceholder}`, port ? ` http://127.0.0.1:${port}` : '').replaceAll(cmsBackendPlaceholder, port ? `http://127.0.0.1:${port}` : '');
}
