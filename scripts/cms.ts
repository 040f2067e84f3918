/**
 * `npm run cms`: edit this working copy in the CMS. Starts Decap's local backend
 * (decap-server) and the Astro dev server, both on 127.0.0.1, and stops both together.
 *
 * - DECAP_SERVER_PORT (default 8081, decap-server's own): where the CMS saves.
 * - CMS_MODE=fs (default): "Publish" writes the files straight into content/, no review.
 *   CMS_MODE=git: the editorial workflow as in production; drafts are commits on local
 *   `cms/…` branches of this repository, merged into the current branch on publish (it
 *   commits with `git add .`, so start it with a clean working copy).
 * - Anything after `--` goes to `astro dev` (e.g. `npm run cms -- --port 4322`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const port = process.env.DECAP_SERVER_PORT ?? '8081';
const mode = process.env.CMS_MODE ?? 'fs';
if (mode !== 'fs' && mode !== 'git') throw new Error(`CMS_MODE must be fs or git, not ${mode}`);

const env = { ...process.env, DECAP_SERVER_PORT: port, ASTRO_TELEMETRY_DISABLED: '1' };
const children: ChildProcess[] = [
  spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...env, PORT: port, BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: process.cwd() },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], { env, stdio: 'inherit' }),
];
console.log(`\nCMS: open /admin/ on the address Astro prints below and press "Login" (saves through decap-server on 127.0.0.1:${port}, mode ${mode}).\n`);

function stopAll(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
