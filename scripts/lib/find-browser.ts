import { existsSync } from 'node:fs';

/** Where the system's Chromium usually lives (Debian's package first). */
export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the browser tests use: `CHROMIUM_PATH` if set, else a system Chromium,
 * else undefined — Playwright then uses its own downloaded browser, if there is one.
 * @example findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, () => true) // '/opt/chrome'
 */
export function findBrowser(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  return systemChromiumPaths.find((path) => exists(path));
}

/** Flags for a headless Chromium that makes no request of its own (updates, sync, metrics). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
