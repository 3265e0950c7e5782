import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/browser.ts';
import { SUBPATH } from './tests/support/subpath.ts';

/**
 * The end-to-end tests, in Chromium, against the production builds served by `astro preview`:
 *
 *   chromium  tests/e2e against dist/ (`npm run build`), on E2E_PORT
 *   subpath   tests/subpath against dist-subpath/ (`npm run build:subpath`: BASE_PATH=/policy-atlas/,
 *             tests/support/subpath.ts), served as a GitHub Pages project site is, on SUBPATH_PORT
 *             (default E2E_PORT + 1000)
 *
 * `npm run test:e2e` and `npm run test:subpath` pick one project each (`--project`). Playwright
 * starts every top-level webServer whichever projects run, so the sub-path server is listed only
 * when dist-subpath/ exists: a run of tests/e2e never needs the sub-path build, and where that build
 * is there its server costs one more `astro preview` start (about a second). The sub-path specs
 * say which script to run when the build is missing (requireSubpathBuild).
 */
const port = Number(process.env['E2E_PORT'] ?? 4329);
const subpathPort = Number(process.env['SUBPATH_PORT'] ?? port + 1000);
const executablePath = chromiumExecutable();
const chromiumUse = {
  ...devices['Desktop Chrome'],
  launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
};

/**
 * `astro preview` of one build; `env` says which (the same values the build was made with).
 * `--ignore-lock`: Astro allows one tracked preview server per project, and this run needs two.
 */
function preview(serverPort: number, path: string, env: Record<string, string> = {}) {
  return {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${serverPort}`,
    url: `http://127.0.0.1:${serverPort}${path}`,
    // Reusing a server on the port outside CI saves a start; E2E_PORT keeps it this run's own.
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 60_000,
  };
}

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    // A missing element fails its step in seconds rather than holding the test to its timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Recording a trace costs CPU on every action; record one only when a failed test is retried.
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'subpath',
      testDir: 'tests/subpath',
      use: { ...chromiumUse, baseURL: `http://127.0.0.1:${subpathPort}` },
    },
  ],
  webServer: [
    preview(port, '/'),
    ...(existsSync(SUBPATH.outDir)
      ? [
          preview(subpathPort, SUBPATH.base, {
            BASE_PATH: SUBPATH.base,
            OUT_DIR: SUBPATH.outDir,
            SITE_URL: SUBPATH.site,
          }),
        ]
      : []),
  ],
});
