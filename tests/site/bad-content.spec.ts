import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { escapeRegExp } from '../support/site.ts';
import { applyBadContent, badContent, type ContentTree } from '../fixtures/bad-integrity/fixtures.ts';

/**
 * The security review's bad content, all at once, built the way a deploy builds
 * (`npm run build`, i.e. scripts/build.ts) from a copy of content/: the build must stop and
 * name every harm by file and field, and leave the folder it builds into as it was — the last
 * good build — with no partial build beside it.
 */
test('a build from bad content stops, names each harm by file and field, and leaves the last good build untouched', () => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'shenjat-bad-content-'));
  try {
    const contentDir = join(work, 'content');
    cpSync('content', contentDir, { recursive: true });
    const tree: ContentTree = new Map(
      readdirSync(contentDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(contentDir.length + 1).split('\\').join('/'), readFileSync(path, 'utf8')] as const;
        }),
    );
    for (const [file, text] of applyBadContent(tree)) {
      mkdirSync(dirname(join(contentDir, file)), { recursive: true });
      writeFileSync(join(contentDir, file), text);
    }
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the last good build');

    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, 'the build must fail').not.toBe(0);
    for (const bad of badContent) {
      for (const { file, field, message } of bad.expected) {
        const line = new RegExp(`${escapeRegExp(`${contentDir}/${file}`)}(?::\\d+)? → ${escapeRegExp(field)}: .*${message.source}`);
        expect(output, `${bad.name}: ${file} → ${field}`).toMatch(line);
      }
    }
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good build');
    // No partial build beside it (scripts/build.ts builds in .dist-partial-<pid>).
    expect(readdirSync(work).filter((name) => name.startsWith('.'))).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
