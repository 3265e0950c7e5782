/**
 * The layout's ids are reserved by construction: every id a template or script in `src/` writes
 * is one src/lib/site/pageIds.ts reserves (a single id, or a family by its prefix), so no policy
 * heading can take it (parseDocument renames such headings). This test reads the templates, so a
 * new id in the layout fails here until it is reserved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLayoutId, LAYOUT_ID_PREFIXES, LAYOUT_IDS } from '../../src/lib/site/pageIds.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.(astro|ts|mdx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const sources = files('src').filter((f) => !f.startsWith(path.join('src', 'lib')));

/** Fixed ids (`id="x"`, `id={'x'}`, `.id = 'x'`) and the fixed start of built ones (`` id={`x-${…}`} ``). */
function idsWritten(text: string): { fixed: string[]; prefixes: string[] } {
  const fixed = [
    ...text.matchAll(/\bid=["']([^"'{}]+)["']/g),
    ...text.matchAll(/\bid=\{\s*['"]([^'"]+)['"]\s*\}/g),
    ...text.matchAll(/\.id\s*=\s*['"]([^'"]+)['"]/g),
  ].map((m) => m[1]!);
  const prefixes = [
    ...text.matchAll(/\bid=\{\s*`([^`$]+)\$\{/g),
    ...text.matchAll(/\.id\s*=\s*`([^`$]+)\$\{/g),
    ...text.matchAll(/\boption\(\s*`([^`$]+)\$\{/g),
    // an id-making function: const groupId = (g) => `group-${…}` (not any template, e.g. a file name)
    ...text.matchAll(/\b\w*Id\s*=\s*\([^)]*\)\s*=>\s*`([a-z][a-z-]*-)\$\{/g),
  ].map((m) => m[1]!);
  return { fixed, prefixes };
}

describe('the ids the layout writes', () => {
  const written = sources.map((file) => ({ file, ...idsWritten(readFileSync(file, 'utf8')) }));

  it('are found (the scan reads the templates)', () => {
    const all = written.flatMap((w) => w.fixed);
    expect(all).toContain('main');
    expect(all).toContain('site-search');
    expect(written.flatMap((w) => w.prefixes)).toContain('site-search-option-');
  });

  it('are all reserved in src/lib/site/pageIds.ts', () => {
    const unreserved = written.flatMap(({ file, fixed, prefixes }) => [
      ...fixed.filter((id) => !isLayoutId(id)).map((id) => `${file}: id "${id}"`),
      ...prefixes
        .filter((p) => !LAYOUT_ID_PREFIXES.some((reserved) => p.startsWith(reserved)) && !/^[a-z]?$/.test(p))
        .map((p) => `${file}: ids "${p}…"`),
    ]);
    expect(unreserved, 'add them to LAYOUT_IDS or LAYOUT_ID_PREFIXES').toEqual([]);
  });

  it('reserve nothing twice', () => {
    expect(new Set(LAYOUT_IDS).size).toBe(LAYOUT_IDS.length);
  });
});
