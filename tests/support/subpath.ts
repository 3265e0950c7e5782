/**
 * How `npm run build:subpath` builds the site and `npm run test:subpath` serves it: as a GitHub
 * Pages project site would be, with search in a worker (SEARCH_ON), so the tests cover both placements.
 */
export const SUBPATH = {
  base: '/policy-atlas/',
  outDir: 'dist-subpath',
  site: 'https://example.org',
  searchOn: 'worker',
} as const;
