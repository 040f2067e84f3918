import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves every `<style>` element of the body into the head, keeping their order. Astro writes
 * the style its islands need (`astro-island{display:contents}`) where the first island renders,
 * and a style in the body is not valid HTML. The bytes of each style stay the same, so its CSP
 * hash does too.
 * @example moveStylesToHead('<head></head><body><div><style>a{}</style></div></body>') // '<head><style>a{}</style></head><body><div></div></body>'
 */
export function moveStylesToHead(html: string): string {
  const bodyStart = html.indexOf('<body');
  const headEnd = html.indexOf('</head>');
  if (bodyStart === -1 || headEnd === -1 || headEnd > bodyStart) return html;
  const body = html.slice(bodyStart);
  const styles = body.match(/<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [];
  if (styles.length === 0) return html;
  return `${html.slice(0, headEnd)}${styles.join('')}${html.slice(headEnd, bodyStart)}${body.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')}`;
}

/** After the build, moves body styles into the head of every page (see `moveStylesToHead`). */
export function stylesToHead(): AstroIntegration {
  return {
    name: 'shenjat:styles-to-head',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
        await Promise.all(
          files.map(async (file) => {
            const html = await readFile(file, 'utf8');
            const moved = moveStylesToHead(html);
            if (moved !== html) await writeFile(file, moved);
          }),
        );
      },
    },
  };
}
