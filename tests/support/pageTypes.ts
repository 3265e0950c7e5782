import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Every page type of the site, once: the accessibility, privacy and layout specs all iterate
 * this list, so coverage is visible in one place. `owner` says which part of the site builds it.
 */
export interface PageType {
  /** Short name used in test titles. */
  name: string;
  /** Site-relative URL (the tests' baseURL adds the origin). */
  path: string;
  /** HTTP status the page is served with. */
  status: 200 | 404;
  /** Waits until the page shows what it is for (search results appear after the index loads). */
  ready?: (page: Page) => Promise<void>;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'companies', path: '/companies/', status: 200 },
  { name: 'one company', path: '/companies/mimecast/', status: 200 },
  { name: 'one version', path: '/companies/mimecast/2016-12-03/', status: 200 },
  { name: 'pairs of versions', path: '/companies/mimecast/changes/', status: 200 },
  { name: 'changes between versions', path: '/companies/mimecast/changes/2010-08-13-to-2016-12-03/', status: 200 },
  { name: 'compare', path: '/compare/', status: 200 },
  { name: 'compare, quotes view', path: '/compare/?view=quotes', status: 200 },
  { name: 'practices', path: '/practices/', status: 200 },
  { name: 'one practice', path: '/practices/cookies/', status: 200 },
  {
    name: 'search with results',
    path: '/search/?q=cookies',
    status: 200,
    // Results link to clauses on company pages.
    ready: async (page) => {
      await page.locator('main a[href*="/companies/"][href*="#"]').first().waitFor();
    },
  },
  { name: 'about', path: '/about/', status: 200 },
  { name: '404', path: '/does-not-exist/', status: 404 },
];

/** The folder the build wrote to (`OUT_DIR`, as astro.config.mjs reads it). */
const OUT_DIR = process.env['OUT_DIR'] ?? 'dist';

/**
 * Whether the build holds a page for this route. Routes other parts of the site build
 * (compare, practices, search) may not exist on a branch yet; their cases are marked
 * `fixme` there, and run wherever the route is built.
 */
export function routeBuilt(type: PageType): boolean {
  if (type.status === 404) return existsSync(`${OUT_DIR}/404.html`);
  const path = new URL(type.path, 'http://x').pathname.replace(/^\/|\/$/g, '');
  return existsSync(path ? `${OUT_DIR}/${path}/index.html` : `${OUT_DIR}/index.html`);
}

/** Opens a page type, checks its status, and waits until it is ready. */
export async function openPageType(page: Page, type: PageType): Promise<void> {
  const response = await page.goto(type.path);
  if (response?.status() !== type.status) {
    throw new Error(`${type.path} answered ${response?.status()}, expected ${type.status}`);
  }
  await type.ready?.(page);
}
