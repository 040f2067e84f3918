import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersForPath, parseHeadersFile } from '../scripts/lib/headers-file.ts';
import { fillCmsBackend, fillHashPlaceholders, hashInlineCode, readInlineCode, type InlineCode } from './csp-hashes.ts';
import { findDangerousMarkup } from './dangerous-markup.ts';
import { insertMetaPolicy, toMetaPolicy } from './meta-csp.ts';
import { OwnInlineCode } from './own-inline-code.ts';

async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** The path a visitor asks for: `en/help/index.html` → `/en/help/`. */
const pathOf = (root: string, file: string) => `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** A few characters of foreign code, for the message. */
const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
};

/**
 * After the build: checks that every page holds only the site's own inline code and no
 * markup that embeds, redirects or runs code from an attribute, then writes the hashes of
 * that own code into `dist/_headers` (from `public/_headers`) and into each page as a
 * `<meta http-equiv="Content-Security-Policy">` for hosts that ignore `_headers`.
 * Foreign code stops the build with the page and a snippet: it is never hashed, so never allowed.
 */
export function securityHeaders(): AstroIntegration {
  const own = new OwnInlineCode();
  return {
    name: 'shenjat:security-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [own.vitePlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all(
          (await listHtmlFiles(root)).map(async (file) => {
            const html = await readFile(file, 'utf8');
            return { file, path: pathOf(root, file), html, code: readInlineCode(html) };
          }),
        );
        const problems = pages.flatMap(({ path, html, code }) => [
          ...code.filter((item) => !own.has(item)).map((item) => `${path}: an inline <${item.kind}> that no component of the site emits: «${snippet(item.body)}»`),
          ...findDangerousMarkup(html).map((found) => `${path}: ${found}`),
        ]);
        if (problems.length > 0) {
          throw new Error(`Pages hold code that is not the site's own (content must be text, never code):\n${problems.join('\n')}`);
        }

        const headersFile = join(root, '_headers');
        const template = fillCmsBackend(await readFile(headersFile, 'utf8'), process.env.DECAP_SERVER_PORT);
        const allCode: InlineCode[] = pages.flatMap((page) => page.code);
        const hashes = hashInlineCode(allCode);
        await writeFile(headersFile, fillHashPlaceholders(template, hashes));

        // The same policy in each page, with only that page's hashes, minus what a meta cannot carry.
        const rules = parseHeadersFile(template);
        await Promise.all(
          pages.map(async ({ file, path, html, code }) => {
            const policy = headersForPath(rules, path)['Content-Security-Policy'];
            if (!policy) throw new Error(`_headers gives ${path} no Content-Security-Policy`);
            await writeFile(file, insertMetaPolicy(html, toMetaPolicy(fillHashPlaceholders(policy, hashInlineCode(code), { required: false }))));
          }),
        );
        logger.info(`CSP: ${hashes.scripts.length} inline script and ${hashes.styles.length} inline style hashes of the site's own code, from ${pages.length} pages; a meta policy in each`);
      },
    },
  };
}
