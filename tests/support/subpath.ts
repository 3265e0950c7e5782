import { existsSync } from 'node:fs';

/**
 * How `npm run build:subpath` builds the site and the `subpath` Playwright project serves it: as
 * a GitHub Pages project site would be, with search in a worker (SEARCH_ON), so the tests cover
 * both placements.
 */
export const SUBPATH = {
  base: '/policy-atlas/',
  outDir: 'dist-subpath',
  site: 'https://example.org',
  searchOn: 'worker',
} as const;

/**
 * Called at the top of every sub-path spec: without the build there is no server to test (the
 * config starts one only for a build that exists), so say which script makes it.
 * @throws Error naming the missing folder and `npm run build:subpath`.
 */
export function requireSubpathBuild(): void {
  if (!existsSync(SUBPATH.outDir))
    throw new Error(`${SUBPATH.outDir}/ does not exist: run \`npm run build:subpath\` before the sub-path tests.`);
}
