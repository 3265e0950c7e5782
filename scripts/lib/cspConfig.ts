/**
 * The site's Content-Security-Policy as astro.config.mjs gives it to Astro's `security.csp`:
 * the directives, and the hashes of the `is:inline` scripts Astro does not hash itself.
 * Kept free of heavy imports: the Astro config loads it. Pure except `inlineScriptHashes`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directives besides `script-src` and `style-src`, which Astro writes itself from the
 * hashes of the scripts and styles it emits ('self' plus one hash per inline element).
 * `frame-ancestors` is ignored in a `<meta>` policy: it is in public/_headers.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The CSP source expression of a script or style text: `sha256-<base64>`. */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** `type` values that make a `<script>` data, not code: no hash needed. */
export const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/plain)$/i;

/**
 * The bodies of the inline scripts of an .astro component that Astro leaves as written
 * (`<script is:inline>`, or any `<script>` with other attributes), which Astro's CSP does
 * not hash. Scripts with `src`, `define:vars` or `set:html`, and data scripts, are skipped.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function inlineScriptsOfAstro(source: string): string[] {
  const template = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''); // frontmatter is server code
  const bodies: string[] = [];
  for (const match of template.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\bis:inline\b/.test(attributes)) continue; // processed scripts are bundled and hashed by Astro
    if (/\b(src|define:vars|set:html|set:text)\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type && DATA_SCRIPT.test(type)) continue;
    bodies.push(match[2] ?? '');
  }
  return bodies;
}

/** Hashes of every `is:inline` script under `srcDir` (all .astro files), sorted, unique. */
export function inlineScriptHashes(srcDir: string | URL): `sha256-${string}`[] {
  const root = srcDir instanceof URL ? fileURLToPath(srcDir) : srcDir;
  const hashes = new Set<`sha256-${string}`>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.astro'))
        for (const body of inlineScriptsOfAstro(readFileSync(full, 'utf8'))) hashes.add(cspHash(body));
    }
  };
  walk(root);
  return [...hashes].sort();
}
