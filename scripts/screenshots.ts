/**
 * `npm run screenshots`: the pictures of the first screens, from the last build (`npm run build`
 * first). Serves dist/ with `astro preview` on SCREENSHOT_PORT (default 4399), opens the matrix,
 * the home page and a company page at 1280 px in Chromium, light theme, and writes
 * docs/screenshots/compare.png (the README's), home.png and company.png.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/support/browser.ts';

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const SHOTS = [
  { path: '/compare/', file: 'docs/screenshots/compare.png' },
  { path: '/', file: 'docs/screenshots/home.png' },
  { path: '/companies/mimecast/', file: 'docs/screenshots/company.png' },
];

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`screenshots: the preview server did not answer on ${origin}/ (run npm run build first?)`);
}

const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});
try {
  await waitForServer();
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  const context = await browser.newContext({ viewport: { width: 1280, height: 1500 }, colorScheme: 'light' });
  const page = await context.newPage();
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of SHOTS) {
    await page.goto(`${origin}${shot.path}`);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
  await browser.close();
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
}
