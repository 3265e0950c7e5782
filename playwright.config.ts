import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/browser.ts';

/** Port of the preview server the tests run against; `E2E_PORT` lets two runs coexist. */
const port = Number(process.env['E2E_PORT'] ?? 4329);
const executablePath = chromiumExecutable();

/**
 * End-to-end tests run in Chromium against the production build in `dist/`
 * (`npm test` builds it first), served by `astro preview`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A missing element fails its step in seconds rather than holding the test to its timeout.
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Recording a trace costs CPU on every action; record one only when a failed test is retried.
    trace: 'on-first-retry',
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
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  },
});
