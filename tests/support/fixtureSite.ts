import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * A small real `astro build` of a fixture policies folder, for the specs that need a site other
 * than the five policies' (drop-ins, versions, long names): built into its own git-ignored
 * `dist-<name>-*` folder inside the project (POLICIES_DIR is relative to its root), then served to
 * Chromium from that folder by {@link serveFolder}, as a static host would.
 */

/** The project's pinned Node 24 (the `node` dev dependency); Astro refuses the machine's older one. */
const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;

export interface FixtureSite {
  /** The folder holding the build (and anything the spec put there); the spec deletes it after. */
  work: string;
  /** The built site. */
  outDir: string;
}

/**
 * Builds the policies in `policies`: a folder, or a function that fills one inside `work` and
 * returns it. No sharing cards: no spec of a fixture site looks at them (their own tests draw
 * them), and each would be drawn afresh.
 */
export function buildFixtureSite(name: string, policies: string | ((work: string) => string)): FixtureSite {
  const work = path.resolve(mkdtempSync(`dist-${name}-`));
  const outDir = path.join(work, 'dist');
  const policiesDir = typeof policies === 'string' ? policies : policies(work);
  const result = spawnSync(pinnedNode, ['node_modules/.bin/astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      POLICIES_DIR: path.isAbsolute(policiesDir) ? path.relative(process.cwd(), policiesDir) : policiesDir,
      OUT_DIR: outDir,
      OG_IMAGES: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(result.status, `astro build failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  return { work, outDir };
}

/** Serves the folder `outDir` at `origin` to the page, as a static host would. */
export async function serveFolder(page: Page, origin: string, outDir: string): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    let file = path.join(outDir, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(outDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ path: file });
  });
}
