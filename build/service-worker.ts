/**
 * Writes dist/sw.js after Astro and Pagefind have built the site (it must see Pagefind's
 * index to store it). Run by `npm run build` (scripts/build.ts), with the folder it builds in.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { offlinePage, renderWorker, selectPrecache, versionOf } from './precache.ts';

const dist = process.argv[2] ?? 'dist';
const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
const precache = selectPrecache(files, (file) => readFileSync(join(dist, file), 'utf8'));
const toFile = (url: string) => join(dist, url.endsWith('/') ? `${url}index.html` : url);
const contents = await Promise.all(precache.map(async (url) => ({ path: url, content: await readFile(toFile(url)) })));
const version = versionOf(contents);
const template = await readFile('src/features/offline/worker.js', 'utf8');
await writeFile(join(dist, 'sw.js'), renderWorker(template, { version, precache }));
// What a phone downloads to store the core, as a host that compresses would send it (budget: 1.5 MB).
const sent = contents.reduce((sum, file) => sum + Math.min(file.content.length, brotliCompressSync(file.content).length), 0);
console.log(`sw.js ${version}: ${precache.length} files to store, ${(sent / 1024).toFixed(0)} KB compressed; offline page ${offlinePage}`);
