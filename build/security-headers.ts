import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectInlineHashes, fillHashPlaceholders } from './csp-hashes.ts';

async function listHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * After the build, writes the hashes of every inline script and style into `dist/_headers`
 * (copied from `public/_headers`), so the CSP allows exactly the site's own inline code.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'shenjat:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all((await listHtmlFiles(root)).map((file) => readFile(file, 'utf8')));
        const hashes = collectInlineHashes(pages);
        const headersFile = join(root, '_headers');
        await writeFile(headersFile, fillHashPlaceholders(await readFile(headersFile, 'utf8'), hashes));
        logger.info(`CSP: ${hashes.scripts.length} inline script and ${hashes.styles.length} inline style hashes from ${pages.length} pages`);
      },
    },
  };
}
