import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium drives the tests: Playwright's own when `npx playwright install` has put one on
 * this machine (returns undefined: Playwright's default, its headless shell), else the system's.
 * Of the system's, the headless shell (Debian's `chromium-headless-shell` package) comes first:
 * it is the browser without its user interface, as Playwright's own headless runs are, and ran the
 * same specs in 99 s against 174 s for the whole `chromium` on two cores. `full` asks for the
 * whole browser (Lighthouse, in the benchmark). CHROMIUM_PATH names one explicitly.
 * @throws Error saying what to install when none is there.
 */
export function chromiumExecutable({ full = false }: { full?: boolean } = {}): string | undefined {
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  const shells = full ? [] : ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
  for (const candidate of [process.env['CHROMIUM_PATH'], ...shells, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `npx playwright install chromium`, ' +
      'or on Debian/Ubuntu `sudo apt-get install chromium-headless-shell` (or `chromium`; or set ' +
      'CHROMIUM_PATH to a Chromium binary).',
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
