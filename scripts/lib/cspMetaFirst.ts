/**
 * Puts each built page's Content-Security-Policy `<meta>` first in `<head>`.
 *
 * Astro writes the policy after the page's own `<head>` content, and a `<meta>` policy governs
 * only what follows it. The theme script must run in `<head>`, before the first frame is drawn
 * (from `<body>` Chromium may paint a light frame first), so after the build the policy is moved
 * up to follow `<meta charset>`. The element is Astro's own output, matched exactly;
 * `npm run check:csp` proves the result on every page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*">/i;

/** The page with its CSP `<meta>` moved to just after `<meta charset>` (or the start of `<head>`). */
export function moveCspMetaFirst(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = CHARSET.exec(without) ?? /<head[^>]*>/i.exec(without);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/** The integration: rewrites every `.html` file of the build once it is written. */
export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'policy-atlas:csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        await Promise.all(
          files.map(async (file) => {
            const path = join(root, file);
            const html = await readFile(path, 'utf8');
            const moved = moveCspMetaFirst(html);
            if (moved !== html) await writeFile(path, moved);
          }),
        );
      },
    },
  };
}
