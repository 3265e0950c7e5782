/**
 * `npm run screenshots`: the pictures of the first screens, from the last build (`npm run build`
 * first). Serves dist/ with `astro preview` on SCREENSHOT_PORT (default 4399) and opens, in
 * Chromium, the matrix, the home page and a company page as a laptop's first screen (1280 × 900,
 * light theme), and a changes page as a phone's (375 × 812, dark theme): docs/screenshots/
 * compare.png (the README's), home.png, company.png and versions-changes.png.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/support/browser.ts';

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const LAPTOP = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } as const;
const PHONE = { viewport: { width: 375, height: 812 }, colorScheme: 'dark' } as const;
const SHOTS = [
  { path: '/compare/', file: 'docs/screenshots/compare.png', screen: LAPTOP },
  { path: '/', file: 'docs/screenshots/home.png', screen: LAPTOP },
  { path: '/companies/mimecast/', file: 'docs/screenshots/company.png', screen: LAPTOP },
  {
    path: '/companies/threatpost/changes/2011-05-29-to-2019-06-10/',
    file: 'docs/screenshots/versions-changes.png',
    screen: PHONE,
  },
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
  mkdirSync('docs/screenshots', { recursive: true });
  for (const shot of SHOTS) {
    const context = await browser.newContext(shot.screen);
    const page = await context.newPage();
    await page.goto(`${origin}${shot.path}`);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
  await browser.close();
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
}
