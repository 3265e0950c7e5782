import { chromium } from '@playwright/test';
const [url, out, width = '1280', scheme = 'light', action = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' });
await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(url!);
if (action) { await eval(action); }
await page.screenshot({ path: out!, fullPage: false });
await browser.close();
