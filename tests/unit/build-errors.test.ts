import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMatrixSchema } from '../../src/lib/matrix/openData.ts';

/**
 * Real `astro build`s on fixture folders (POLICIES_DIR), into temporary folders (OUT_DIR):
 * the whole pipeline, Content Layer loader → parsePolicy → verifyQuotes → pages, not just
 * the pure modules. One file, so the builds run one after the other (they share Astro's cache).
 */
const outRoot = mkdtempSync(path.join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

/** The project's pinned Node 24 (the `node` dev dependency); Astro refuses the machine's older one. */
const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;

function build(policiesDir: string, outDir: string) {
  const result = spawnSync(pinnedNode, ['node_modules/.bin/astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      POLICIES_DIR: policiesDir,
      OUT_DIR: outDir,
      // No sharing cards: nothing here looks at them, and each would be drawn afresh (~0.1 s of CPU).
      OG_IMAGES: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 280_000,
  });
  expect(result.error).toBeUndefined();
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with a misquoted policy', () => {
  it('fails, naming file, practice and quote', { timeout: 300_000 }, () => {
    const outDir = path.join(outRoot, 'misquote');
    const { status, output } = build('tests/fixtures/build-misquote', outDir);
    expect(status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/build-misquote/misquote.md');
    expect(output).toContain('review.practices.cookies.quotes.0');
    expect(output).toContain('the quote "We use chocolate cookies to remember you." is not in the archived text');
    // Nothing was written: a failed build leaves no half-built site behind.
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});

describe('astro build with raw corpus files and no review', () => {
  it(
    'builds not-reviewed matrix columns whose evidence links, labelled as a suggestion’s, land on real clauses',
    { timeout: 300_000 },
    () => {
      const outDir = path.join(outRoot, 'raw');
      const { status, output } = build('tests/fixtures/raw', outDir);
      expect(status, output).toBe(0);

      const compare = readFileSync(path.join(outDir, 'compare/index.html'), 'utf8');
      expect(compare.match(/<td data-company="[a-z]+" data-stance="not-reviewed"/g)).toHaveLength(23 * 2);
      expect(compare).toContain('not reviewed');

      const company = readFileSync(path.join(outDir, 'companies/examplecorp/index.html'), 'utf8');
      const automatic = [
        ...compare.matchAll(
          /<a href="\/companies\/examplecorp\/#(c-[0-9a-f]{8})" class="suggestion-link[^"]*"[^>]*><span[^>]*>Evidence:<\/span>/g,
        ),
      ].map((m) => m[1]);
      expect(automatic.length).toBeGreaterThan(0);
      for (const id of automatic) expect(company).toContain(`id="${id}"`);
      expect(compare).toMatch(/Evidence:<\/span> <q>Like most web sites, we place small text files on your computer/);
      // …and each only once in its cell: no second, "automatic" list of the same clauses.
      expect(compare).not.toContain('detected-link');

      const data = openMatrixSchema.parse(JSON.parse(readFileSync(path.join(outDir, 'data/matrix.json'), 'utf8')));
      expect(data.companies.map((c) => [c.slug, c.reviewed])).toEqual([
        ['examplecorp', false],
        ['quietcorp', false],
      ]);
      expect(new Set(data.cells.map((c) => c.stance))).toEqual(new Set(['not-reviewed']));
    },
  );
});
