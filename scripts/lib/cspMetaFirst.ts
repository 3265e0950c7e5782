/**
 * Puts each built page's Content-Security-Policy `<meta>` first in `<head>`, holding only the
 * hashes of that page's own inline scripts and styles.
 *
 * Astro writes the policy after the page's own `<head>` content, and a `<meta>` policy governs
 * only what follows it. The theme script must run in `<head>`, before the first frame is drawn
 * (from `<body>` Chromium may paint a light frame first), so after the build the policy is moved
 * up to follow `<meta charset>`. Astro also lists in every page the hashes of every inline
 * script and style of the whole site (19 on a company page, 5 of them its own): about 1 KB of
 * digits that do not compress, on every first load; each page keeps only its own. The element
 * is Astro's own output, matched exactly; `npm run check:csp` proves the result on every page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHash } from './cspConfig.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*">/i;
/** How many pages are rewritten at once. */
const CONCURRENCY = 8;

/**
 * The page with its CSP `<meta>` moved to just after `<meta charset>` (or the start of `<head>`).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function moveCspMetaFirst(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = CHARSET.exec(without) ?? /<head[^>]*>/i.exec(without);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/**
 * The page with its policy's `script-src` and `style-src` hashes cut down to those of its own
 * inline scripts and styles (a script with `src` is covered by 'self'); everything else as it was.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function keepOwnHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, , attributes = '', body = ''] of html.matchAll(INLINE))
    if (!/\bsrc\s*=/i.test(attributes)) own.add(`'${cspHash(body)}'`);
  const pruned = meta[0].replace(/'sha256-[A-Za-z0-9+/=]+'/g, (hash) => (own.has(hash) ? hash : ''));
  const tidy = pruned.replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
  return html.slice(0, meta.index) + tidy + html.slice(meta.index + meta[0].length);
}

/** The integration: rewrites every `.html` file of the build once it is written. */
export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'policy-atlas:csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        // A few files at a time: reading every page at once held the whole site in memory
        // (at 1,000 policies the build's peak, 2.3 GB, was here).
        let next = 0;
        const worker = async (): Promise<void> => {
          while (next < files.length) {
            const path = join(root, files[next++]!);
            const html = await readFile(path, 'utf8');
            const moved = keepOwnHashes(moveCspMetaFirst(html));
            if (moved !== html) await writeFile(path, moved);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      },
    },
  };
}
