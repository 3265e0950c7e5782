/**
 * Page weight: each page loaded once in a fresh Chromium context (empty cache), every response
 * recorded, each body compressed with gzip -9 and brotli -11, split into HTML / CSS / JS / other;
 * and the JavaScript executed before any interaction (Chromium's coverage: every script parsed
 * and run on load, external or inline).
 */
import type { Browser } from '@playwright/test';
import { addSizes, sizesOf, ZERO, type Sizes } from './compress.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface Resource {
  url: string;
  kind: Kind;
  sizes: Sizes;
}

export interface PageWeight {
  path: string;
  total: Sizes;
  byKind: Record<Kind, Sizes>;
  requests: number;
  /** Scripts executed before any interaction: their source sizes (inline scripts included). */
  jsExecuted: Sizes;
  scriptsExecuted: number;
  resources: Resource[];
  /** Company pages: the gzip size of the policy's own text (clauses and headings), the floor of what the page can weigh. */
  ownTextGzip?: number;
}

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<Resource | null>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const request = response.request();
        if (response.status() >= 300 && response.status() < 400) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        return {
          url: response.url(),
          kind: kindOf(request.resourceType(), response.headers()['content-type'] ?? ''),
          sizes: sizesOf(body),
        };
      })(),
    );
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  if (!response || response.status() !== 200)
    throw new Error(`${path} answered HTTP ${response?.status() ?? 'nothing'}`);
  await page.waitForLoadState('networkidle');
  // Let idle callbacks and deferred module scripts run, as a reader who has not touched the page yet.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const coverage = await page.coverage.stopJSCoverage();
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null);
  await context.close();

  const byKind: Record<Kind, Sizes> = { html: { ...ZERO }, css: { ...ZERO }, js: { ...ZERO }, other: { ...ZERO } };
  let total = { ...ZERO };
  for (const r of resources) {
    byKind[r.kind] = addSizes(byKind[r.kind], r.sizes);
    total = addSizes(total, r.sizes);
  }
  let jsExecuted = { ...ZERO };
  const executed = coverage.filter((entry) => entry.source !== undefined && entry.source.trim() !== '');
  for (const entry of executed) jsExecuted = addSizes(jsExecuted, sizesOf(entry.source ?? ''));
  return { path, total, byKind, requests: resources.length, jsExecuted, scriptsExecuted: executed.length, resources };
}
