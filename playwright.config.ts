import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/lib/find-browser.ts';

/** The port the tests serve the built site on; distinct from `npm start`'s 4321. */
const port = Number(process.env.TEST_PORT ?? 4399);

/** CHROMIUM_PATH, then Debian's Chromium, then Playwright's own browser. */
const browser = findBrowser();

export default defineConfig({
  // Each feature's spec sits in its folder (src/features/<feature>/, src/cms/); site-wide
  // checks of the built output in tests/site/.
  testDir: '.',
  testMatch: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // `npm test` asks for a JSON report too, to add the counts to the unit tests'.
  reporter: process.env.E2E_JSON_REPORT ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline tests allow the service worker; elsewhere it would only add the core's
    // download to every test's fresh browser context.
    serviceWorkers: 'block',
    launchOptions: { ...(browser ? { executablePath: browser } : {}), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The built site with its own _headers, exactly as a static host serves it.
    command: `"${process.execPath}" scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
