/**
 * `npm test`: unit tests, then a production build, then the browser tests against the
 * built site; ends with one line `N passed, N failed` summing both suites.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './lib/find-browser.ts';

const reports = '.test-results';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** Reads counts from a JSON report; a missing report means the suite never ran. */
function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** A browser for the tests: the system's, Playwright's own, or Debian's installed now. */
function ensureBrowser(): string | undefined {
  const found = findBrowser() ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('\nNo Chromium found: installing Debian\'s "chromium" package…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    return findBrowser();
  }
  return undefined;
}

console.log('\n== Unit tests (Vitest) ==');
const vitestFile = join(reports, 'vitest.json');
run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestFile);
let passed = unit?.numPassedTests ?? 0;
let failed = unit ? unit.numFailedTests : 1;
if (!unit) console.error('Vitest wrote no report: counted as one failure.');

console.log('\n== Type check (astro check) ==');
if (run('npm', ['run', 'check']) !== 0) {
  console.error('Type errors: counted as one failure.');
  failed += 1;
}

console.log('\n== Browser tests (Playwright) ==');
const browser = ensureBrowser();
if (!browser) {
  console.error(
    [
      'No Chromium to run the browser tests with. Any one of these fixes it:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - another Chromium or Chrome: CHROMIUM_PATH=/path/to/chrome npm test',
      "  - Playwright's own browser, where downloads work: npx playwright install chromium",
    ].join('\n'),
  );
  failed += 1;
} else if (run('npm', ['run', 'build']) !== 0) {
  console.error('The build failed: browser tests not run (counted as one failure).');
  failed += 1;
} else {
  const e2eFile = join(reports, 'playwright.json');
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], { E2E_JSON_REPORT: e2eFile, CHROMIUM_PATH: browser });
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(e2eFile);
  if (!e2e) console.error('Playwright wrote no report: counted as one failure.');
  passed += e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
  failed += e2e ? e2e.stats.unexpected : 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
