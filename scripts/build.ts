/**
 * `npm run build`: Astro, then Pagefind (the search index), then the service worker — into a
 * temporary folder beside dist/ that replaces dist/ only once every step has succeeded. A
 * failed build (bad content, a CSP check, a crash) leaves the last good dist/ as it was and
 * no partial folder behind, so nothing half-built can be served or deployed.
 *
 * - `--outDir <dir>`: build into another folder than dist/ (the tests build copies of content).
 * - The environment passes through: SITE_URL, CONTENT_DIR, ASTRO_CACHE_DIR, DECAP_SERVER_PORT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const flag = process.argv.indexOf('--outDir');
const outDir = resolve(flag >= 0 ? (process.argv[flag + 1] ?? 'dist') : 'dist');
// Beside the target, so the final rename stays on one file system.
const staging = join(dirname(outDir), `.${basename(outDir)}-partial-${process.pid}`);
const previous = join(dirname(outDir), `.${basename(outDir)}-previous-${process.pid}`);

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const steps: Array<[name: string, args: string[]]> = [
  ['astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging]],
  ['pagefind', ['node_modules/pagefind/lib/runner/bin.cjs', '--site', staging]],
  ['service worker', ['build/service-worker.ts', '--dir', staging]],
];

for (const [name, args] of steps) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    cleanUp();
    const kept = existsSync(outDir) ? `${outDir} is left as it was` : `nothing was written to ${outDir}`;
    console.error(`\nThe build stopped at "${name}": ${kept}.`);
    process.exit(result.status ?? 1);
  }
}

if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${outDir}.`);
