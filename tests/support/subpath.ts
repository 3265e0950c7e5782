/** How `npm run test:subpath` builds and serves the site: as a GitHub Pages project site would be. */
export const SUBPATH = { base: '/policy-atlas/', outDir: 'dist-subpath', site: 'https://example.org' } as const;
