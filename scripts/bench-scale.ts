/**
 * `npm run bench:scale`: what growth costs. Builds the site twice, cold, in a temporary
 * folder — once from content/ as it is (the baseline), once from a copy of it with 1,000
 * synthetic Albanian guidance articles added — runs Pagefind on each, and reports build
 * time, pages built, build time per page, Pagefind time and index size (times: medians of
 * three cold runs). Prints a table and writes bench-results/scale.json. A measurement, not a test: it never fails on a figure.
 *
 * content/, dist/ and Astro's cache are left as they are (CONTENT_DIR and ASTRO_CACHE_DIR,
 * read by src/content.config.ts and astro.config.mjs, and `astro build --outDir`); the
 * temporary folder is removed at the end, also on Ctrl+C.
 *
 * Usage: npm run bench:scale [-- --pages 1000] [-- --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { median } from './lib/median.ts';
import { formatBytes, formatMs, growthCost, msPerPage, type BuildFigures } from './lib/scale-figures.ts';
import { extractSentences, makeSyntheticGuidance } from './lib/synthetic-guidance.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const articleCount = Number(values.pages);
const runs = Number(values.runs);

const work = mkdtempSync(join(tmpdir(), 'shenjat-scale-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** Every file under a folder, recursively. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Runs a Node tool of node_modules with Node 24, timed; exits with its output if it fails. */
function timed(args: string[], env: Record<string, string> = {}): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    console.error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    cleanUp();
    process.exit(1);
  }
  return { ms, stdout: result.stdout };
}

interface Measured extends BuildFigures {
  name: string;
  words: number;
  largestPage: { path: string; brotliBytes: number };
}

/**
 * Builds one content folder `runs` times, each into fresh output and cache folders (a cold
 * build), and indexes each build; sizes are read from the last one (they do not vary).
 */
function measure(name: string, contentDir: string): Measured {
  const buildTimes: number[] = [];
  const indexTimes: number[] = [];
  const outDir = join(work, 'build', 'dist');
  let indexOutput = '';
  for (let run = 1; run <= runs; run += 1) {
    rmSync(join(work, 'build'), { recursive: true, force: true });
    console.log(`${name}, run ${run} of ${runs}: astro build, then pagefind (content: ${contentDir})`);
    buildTimes.push(timed(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'build', 'cache') }).ms);
    const index = timed(['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir]);
    indexTimes.push(index.ms);
    indexOutput = index.stdout;
  }
  const html = listFiles(outDir).filter((file) => file.endsWith('.html'));
  const indexFiles = listFiles(join(outDir, 'pagefind'));
  // Fragments and index chunks are gzipped by Pagefind already; only the rest shrinks.
  const brotliSize = (file: string) => Math.min(statSync(file).size, brotliCompressSync(readFileSync(file)).length);
  const pageSizes = html.map((file) => ({ path: `/${relative(outDir, file).replace(/index\.html$/, '')}`, brotliBytes: brotliCompressSync(readFileSync(file)).length }));
  return {
    name,
    pages: html.length,
    buildMs: median(buildTimes),
    indexMs: median(indexTimes),
    indexBytes: indexFiles.reduce((sum, file) => sum + statSync(file).size, 0),
    indexBrotliBytes: indexFiles.reduce((sum, file) => sum + brotliSize(file), 0),
    words: Number(/Indexed (\d+) words/.exec(indexOutput)?.[1] ?? 0),
    largestPage: pageSizes.reduce((largest, page) => (page.brotliBytes > largest.brotliBytes ? page : largest)),
  };
}

let results: Measured[];
try {
  const baseline = measure('baseline', resolve('content'));

  const scaledContent = join(work, 'content');
  cpSync('content', scaledContent, { recursive: true });
  // Without numbers: words swapped around a number would make a phone number that is no line
  // of the site, which the build's content check refuses (build/content-check.ts).
  const sentences = ['guidance', 'stories', 'pages']
    .flatMap((collection) => listFiles(join('content', collection, 'sq')).flatMap((file) => extractSentences(readFileSync(file, 'utf8'))))
    .filter((sentence) => !/\d/.test(sentence));
  for (const { slug, markdown } of makeSyntheticGuidance({ count: articleCount, sentences })) {
    writeFileSync(join(scaledContent, 'guidance', 'sq', `${slug}.md`), markdown);
  }
  results = [baseline, measure(`+${articleCount} articles`, scaledContent)];
} finally {
  cleanUp();
}

const [baseline, scaled] = results as [Measured, Measured];
const columns = ['', 'pages', 'build', 'ms/page', 'Pagefind', 'index', 'index (br)', 'words', 'largest page (br)'];
const rows = results.map((r) => [
  r.name, String(r.pages), formatMs(r.buildMs), msPerPage(r).toFixed(1), formatMs(r.indexMs), formatBytes(r.indexBytes), formatBytes(r.indexBrotliBytes),
  String(r.words), `${formatBytes(r.largestPage.brotliBytes)} ${r.largestPage.path}`,
]);
const widths = columns.map((column, i) => Math.max(column.length, ...rows.map((row) => row[i]!.length)));
console.log('');
for (const row of [columns, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());

const growth = growthCost(baseline, scaled);
console.log(
  `\nEach added page cost ${growth.buildMsPerAddedPage.toFixed(1)} ms of build, ${growth.indexMsPerAddedPage.toFixed(2)} ms of Pagefind ` +
    `and ${formatBytes(growth.indexBytesPerAddedPage)} of index (${growth.addedPages} pages added: ` +
    `${articleCount} Albanian articles, each also built under /en/ with the "only in Albanian" notice).`,
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/scale.json',
  JSON.stringify({ date: new Date().toISOString(), articlesAdded: articleCount, runs, results: results.map((r) => ({ ...r, msPerPage: msPerPage(r) })), growth }, null, 2),
);
console.log('Wrote bench-results/scale.json');
