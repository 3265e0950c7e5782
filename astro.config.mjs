// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, inlineScriptHashes } from './scripts/lib/cspConfig.ts';
import { cspMetaFirst } from './scripts/lib/cspMetaFirst.ts';

/**
 * Hosting is set by environment variables (see README → Hosting):
 *   SITE_URL   the absolute origin the site is served from (canonical URLs, sitemap)
 *   BASE_PATH  the sub-path it is served under, e.g. /policy-atlas/ for a GitHub Pages project site
 *   OUT_DIR    where the build writes (the safe build points it at a staging folder)
 *   CACHE_DIR  where the build keeps its content store (default node_modules/.astro): the scale
 *              benchmark gives each corpus its own, so a build of the real five beside it cannot
 *              swap the store under it
 */
const base = process.env.BASE_PATH ?? '/';

// Astro fills `import.meta.env`'s own keys from any environment variable of the same name: an
// ambient BASE_URL (a common name in CI) rewrote every link of the site. The base path and the
// site URL come only from BASE_PATH and SITE_URL, so those names are cleared before Astro reads
// them. (PUBLIC_* variables reach only the code that names them, and none does.)
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.CACHE_DIR ? { cacheDir: process.env.CACHE_DIR } : {}),
  output: 'static',
  // A strict Content-Security-Policy in a <meta> element of every page: Astro hashes the
  // scripts and styles it emits; the is:inline scripts (the theme script) are hashed here.
  // Security headers for hosts that read one are in public/_headers. `npm run check:csp`
  // checks every built page against it. Astro writes the <meta> after the page's own <head>
  // content; cspMetaFirst() moves it to the top of <head> after the build, so it governs the
  // theme script too.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: inlineScriptHashes(new URL('./src/', import.meta.url)) },
    },
  },
  // No code blocks to highlight; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap(), cspMetaFirst()],
  vite: {
    plugins: [tailwindcss()],
    // Each file of a first load costs its own compression overhead and request, so scripts are
    // grouped by the pages that run them: what every page runs (the header search box, the search
    // shortcut, Vite's loader of on-demand code) is one file, the SearchBox entry; what every page
    // with citation controls runs before use (the citation controls and the copy runtime the copy
    // link and compare controls share) another, the CitationSources entry. A group that holds an
    // entry's own module becomes that entry's file, so no extra file is left to import it.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'everyPage',
                test: /vite[\\/]preload-helper|src[\\/]components[\\/](search[\\/](shortcut|siteSearch)\.ts$|layout[\\/](themeToggle\.ts$|SiteHeader\.astro\?astro&type=script))/,
              },
              {
                name: 'copyRuntime',
                test: /src[\\/]components[\\/]cite[\\/]((copyRuntime|statusRegion|citationSource|copyCitations)\.ts$|CitationSources\.astro\?astro&type=script)/,
              },
            ],
          },
        },
      },
    },
  },
});
