import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests drive: Playwright's own when `npx playwright install`
 * has put one on this machine, else the system's (`/usr/bin/chromium`, Debian's `chromium`
 * package). Returns undefined for Playwright's own (its default), a path for the system's.
 * @throws Error saying what to install when neither is there.
 */
export function chromiumExecutable(): string | undefined {
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `npx playwright install chromium`, ' +
      'or on Debian/Ubuntu `sudo apt-get install chromium` (or set CHROMIUM_PATH to a Chromium binary).',
  );
}

/** Flags for a headless Chromium on a machine with no network but loopback, run as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
