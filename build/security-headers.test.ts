import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cspHash } from './csp-hashes.ts';
import { securityHeaders } from './security-headers.ts';

/** Runs the integration's last step on a folder, as `astro build` does when it is done. */
async function runBuildDone(dir: string): Promise<void> {
  const hook = securityHeaders().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: { info(message: string): void } }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined } });
}

const page = (body: string) => `<!DOCTYPE html><html lang="sq"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;

describe('the security headers step', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shenjat-csp-'));
    copyFileSync('public/_headers', join(dir, '_headers'));
    mkdirSync(join(dir, 'ndihme'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("hashes the site's own inline code into _headers and into each page's meta policy", async () => {
    writeFileSync(join(dir, 'ndihme/index.html'), page(`<script>${islandScript}</script><a href="tel:129">129</a>`));
    await runBuildDone(dir);
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash(islandScript)};`);
    expect(headers).not.toMatch(/\{\{(inline|cms)-/);
    const html = readFileSync(join(dir, 'ndihme/index.html'), 'utf8');
    expect(html).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(islandScript)}; style-src 'self';`);
    // A meta policy cannot carry frame-ancestors: the header keeps it.
    expect(html).not.toContain('frame-ancestors');
  });

  test.each([
    ['an inline script no component emits', '<script>alert(document.domain)</script>', /\/ndihme\/: an inline <script> that no component of the site emits: «alert\(document\.domain\)»/],
    ['an inline style no component emits', '<style>.hotline-bar{display:none}</style>', /\/ndihme\/: an inline <style> .*«\.hotline-bar\{display:none\}»/],
    ['a redirect', '<meta http-equiv="refresh" content="5;url=https://evil.example/">', /\/ndihme\/: a meta http-equiv="refresh"/],
    ['an event attribute', '<img src="x" onerror="alert(1)">', /\/ndihme\/: an event attribute onerror/],
  ])('stops the build on %s, naming the page and the code, and hashes nothing', async (_name, body, message) => {
    writeFileSync(join(dir, 'ndihme/index.html'), page(body));
    await expect(runBuildDone(dir)).rejects.toThrow(message);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('{{inline-script-hashes}}');
  });
});
