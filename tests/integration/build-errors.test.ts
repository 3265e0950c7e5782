/**
 * Real builds (`npm run build`, the safe build) of fixture folders: the whole pipeline, Content
 * Layer loader → parsePolicy → verifyQuotes → pages, and what a failed build leaves behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMatrixSchema } from '../../src/lib/matrix/openData.ts';
import { safeBuild, scratchFolder } from '../support/build.ts';

const outRoot = scratchFolder('build');

function build(policies: string, out: string) {
  const result = safeBuild({ policies, out });
  expect(result.error).toBeUndefined();
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stderr: result.stderr };
}

describe('a build with a misquoted policy', () => {
  it('fails, naming file, practice and quote', () => {
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

describe('a build of raw corpus files with no review', () => {
  it('builds not-reviewed matrix columns whose evidence links, labelled as a suggestion’s, land on real clauses', () => {
    const outDir = path.join(outRoot, 'raw');
    const { status, output } = build('tests/fixtures/raw', outDir);
    expect(status, output).toBe(0);

    const compare = readFileSync(path.join(outDir, 'compare/index.html'), 'utf8');
    expect(compare.match(/<td [^>]*data-company="[a-z]+" data-stance="not-reviewed"/g)).toHaveLength(23 * 2);
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
  });
});

describe('a build with a bad content file', () => {
  it('exits 1, names the file without a stack, and leaves the previous build untouched', () => {
    const root = path.join(outRoot, 'bad');
    const out = path.join(root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'the previous build');
    const { status, stderr } = build('tests/fixtures/bad-build', out);
    expect(status).toBe(1);
    expect(stderr).toContain('Build failed; ');
    expect(stderr).toMatch(
      /Policy Atlas content error in tests\/fixtures\/bad-build\/truncated\.md: the archive header line is missing or malformed/,
    );
    expect(stderr).not.toMatch(/^\s+at\s/m);
    expect(stderr).not.toContain('Stack trace');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous build');
    expect(readdirSync(root)).toEqual(['dist']); // no staging folder left behind
  });
});
