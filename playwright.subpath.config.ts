import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/browser.ts';
import { SUBPATH } from './tests/support/subpath.ts';

/**
 * The sub-path build test (`npm run test:subpath`): the site built with
 * BASE_PATH=/policy-atlas/ into dist-subpath/ (tests/support/subpath.ts; the npm script
 * passes the same values to the build), as a GitHub Pages project site is served, then
 * crawled in Chromium. `SUBPATH_PORT` (default: E2E_PORT + 1000) keeps runs apart.
 */
const port = Number(process.env['SUBPATH_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4329) + 1000);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/subpath',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${SUBPATH.base}`,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: SUBPATH.base, OUT_DIR: SUBPATH.outDir, SITE_URL: SUBPATH.site },
    timeout: 60_000,
  },
});
