/**
 * Writes dist/sw.js after Astro and Pagefind have built the site (it must see Pagefind's
 * index to store it). Run by `npm run build` (scripts/build.ts) with `--dir <folder>`, the folder
 * it builds in; the offline tests write the worker of their second built copy the same way.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { listPrecache, offlinePage, renderWorker, selectPrecache, versionOf } from './precache.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dist = values.dir;
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
const precache = selectPrecache(files, (file) => readFileSync(join(dist, file), 'utf8'));
const toFile = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const all = listPrecache(precache);
const contents = await Promise.all(all.map(async (url) => ({ path: url, content: await readFile(toFile(url)) })));
const template = await readFile('src/features/offline/worker.js', 'utf8');
// The worker's own code counts too: a new way of caching gets caches of its own.
const version = versionOf([...contents, { path: 'worker.js', content: Buffer.from(template) }]);
await writeFile(join(dist, 'sw.js'), renderWorker(template, { version, precache }));

// What a phone downloads to store the core, as a host that compresses would send it (budget: 1.5 MB).
const sent = new Map(contents.map((file) => [file.path, Math.min(file.content.length, brotliCompressSync(file.content).length)]));
const kb = (urls: readonly string[]) => `${([...new Set(urls)].reduce((sum, url) => sum + (sent.get(url) ?? 0), 0) / 1024).toFixed(0)} KB`;
const perLocale = locales.map((locale) => `${locale} ${kb([...precache.shared, ...precache.cores[locale]])}`).join(', ');
console.log(`sw.js ${version}: ${all.length} files to store, ${kb(all)} compressed (one language's core: ${perLocale}); offline page ${offlinePage}`);
