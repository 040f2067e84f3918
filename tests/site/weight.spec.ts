import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { budgets, hardCeiling, hardCeilingFactor } from '../../scripts/lib/budgets.ts';
import { listJsImports } from '../../build/js-imports.ts';
import { getPageKind } from '../../scripts/lib/page-kind.ts';
import { findBuiltFile, getSiteOrigin, listBuiltPages, readBuilt, readBuiltTags } from '../support/site.ts';

const brotliSizes = new Map<string, number>();
/** A file's size brotli-compressed, as `npm run serve` and a CDN send it. */
function brotliSize(file: string): number {
  if (!brotliSizes.has(file)) brotliSizes.set(file, brotliCompressSync(readFileSync(file)).length);
  return brotliSizes.get(file)!;
}

/** The built files of the site's own URLs among some references; others (off-site, missing) are links.spec.ts's business. */
function builtFiles(urls: string[], base: string, origin: string): string[] {
  return urls.flatMap((value) => {
    const url = new URL(value, base);
    const file = url.origin === origin ? findBuiltFile(url.pathname) : undefined;
    return file ? [file] : [];
  });
}

/** Every JavaScript file a page loads: its scripts, preloads and islands, and what they import. */
function listPageScripts(file: string, path: string, origin: string): Set<string> {
  const entries = readBuiltTags(file).flatMap((tag) => {
    if (tag.name === 'script') return [tag.attributes['src']];
    if (tag.name === 'link' && tag.attributes['rel'] === 'modulepreload') return [tag.attributes['href']];
    if (tag.name === 'astro-island') return [tag.attributes['component-url'], tag.attributes['renderer-url']];
    return [];
  });
  const scripts = new Set<string>();
  const visit = (files: string[]) => {
    for (const script of files) {
      if (scripts.has(script)) continue;
      scripts.add(script);
      const url = `${origin}/${posix.relative('dist', script)}`;
      visit(builtFiles(listJsImports(readBuilt(script)), url, origin));
    }
  };
  visit(builtFiles(entries.filter((value): value is string => Boolean(value)), origin + path, origin));
  return scripts;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Weights of the built files, not timings: `npm run bench` measures the budgets themselves,
// and this fails a page at twice its budget, the line no page may cross unnoticed.
test(`no page weighs more than ${hardCeilingFactor}× its budget (brotli)`, () => {
  const origin = getSiteOrigin();
  const over: string[] = [];
  for (const { path, file } of listBuiltPages()) {
    const kind = getPageKind(path);
    if (kind === 'editor') continue;
    const styles = readBuiltTags(file)
      .filter((tag) => tag.name === 'link' && (tag.attributes['rel'] ?? '').split(/\s+/).includes('stylesheet'))
      .map((tag) => tag.attributes['href'] ?? '');
    const htmlAndCss = brotliSize(file) + builtFiles(styles, origin + path, origin).reduce((sum, css) => sum + brotliSize(css), 0);
    const js = [...listPageScripts(file, path, origin)].reduce((sum, script) => sum + brotliSize(script), 0);

    if (kind !== 'self-check' && htmlAndCss > hardCeiling('contentCriticalBytes')) {
      over.push(`${path}: HTML+CSS ${kb(htmlAndCss)} > ${kb(hardCeiling('contentCriticalBytes'))} (budget ${kb(budgets.contentCriticalBytes)})`);
    }
    if (kind === 'content' && js > hardCeiling('contentJsBytes')) over.push(`${path}: loads ${kb(js)} of JavaScript files; a content page loads none`);
    if (kind === 'self-check') {
      expect(js, `${path} hydrates its check, so it loads some JavaScript`).toBeGreaterThan(0);
      if (js > hardCeiling('selfCheckJsBytes')) over.push(`${path}: JS ${kb(js)} > ${kb(hardCeiling('selfCheckJsBytes'))} (budget ${kb(budgets.selfCheckJsBytes)})`);
    }
  }
  expect(over).toEqual([]);
});
