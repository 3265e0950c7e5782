import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/base/errors.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { assignSlugs } from '../../src/lib/policy/slugs.ts';
import { parseTaxonomy } from '../../src/lib/taxonomy/loadTaxonomy.ts';
import { taxonomy } from '../support/policies.ts';

/** Parses a fixture and returns the ContentError it raises (fails the test if none). */
function errorOf(name: string): ContentError {
  const file = `tests/fixtures/bad/${name}`;
  try {
    parsePolicy(readFileSync(file, 'utf8'), file, taxonomy);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error(`${name} parsed without error`);
}

describe('malformed policy files fail with a message naming the file and the fix', () => {
  it('no archive header line', () => {
    const e = errorOf('no-header.md');
    expect(e.message).toMatch(/^tests\/fixtures\/bad\/no-header\.md: the archive header line is missing or malformed/);
  });

  it('an unparseable date', () => {
    expect(errorOf('bad-date.md').message).toBe(
      'tests/fixtures/bad/bad-date.md: the archive date "2012-13-45" is not a valid date; write it as YYYY-MM-DD (e.g. 2009-06-21).',
    );
  });

  it('an unparseable snapshot URL', () => {
    expect(errorOf('bad-url.md').message).toMatch(
      /bad-url\.md: the snapshot URL "not-a-url" is not a Wayback Machine URL/,
    );
  });

  it('an empty body', () => {
    expect(errorOf('empty-body.md').message).toMatch(/empty-body\.md: has no policy text after the archive header/);
  });

  it('an unknown frontmatter key', () => {
    expect(errorOf('unknown-key.md').message).toMatch(/unknown-key\.md: frontmatter: the file: unknown key "colour"/);
  });

  it('a quote not in the text names file, practice and quote', () => {
    expect(errorOf('misquote.md').message).toMatch(
      /misquote\.md: review\.practices\.cookies\.quotes\.0: the quote "We use chocolate cookies to remember you\." is not in the archived text/,
    );
  });

  it('an unknown practice id in a review', () => {
    expect(errorOf('unknown-practice.md').message).toMatch(
      /unknown-practice\.md: review\.practices: unknown practice id "selling-cookies"/,
    );
  });

  it('every bad fixture has a test above', () => {
    expect(readdirSync('tests/fixtures/bad').sort()).toEqual(
      [
        'bad-date.md',
        'bad-url.md',
        'empty-body.md',
        'misquote.md',
        'no-header.md',
        'unknown-key.md',
        'unknown-practice.md',
      ].sort(),
    );
  });

  it('two files with one slug', () => {
    const names = readdirSync('tests/fixtures/duplicate-slug');
    expect(() => assignSlugs(names, 'tests/fixtures/duplicate-slug')).toThrow(
      'tests/fixtures/duplicate-slug/example.markdown: has the same slug "example" as tests/fixtures/duplicate-slug/Example.md; rename one of the two files.',
    );
  });

  it('a binary file', () => {
    expect(() => parsePolicy('\u0000\u0001PNG', 'x.md', taxonomy)).toThrow('x.md: contains NUL bytes');
  });

  it('a taxonomy with a bad friendly answer names the practice', () => {
    expect(() => parseTaxonomy('- id: a\n  group: Sharing\n  label: A\n  question: Q?\n  friendly: maybe\n')).toThrow(
      /content\/practices\.yaml: 0\.friendly: /,
    );
  });
});

describe('raw corpus files need no frontmatter', () => {
  it('builds the data of a file straight from the corpus', () => {
    for (const name of readdirSync('tests/fixtures/seeds')) {
      const file = `tests/fixtures/seeds/${name}`;
      const data = parsePolicy(readFileSync(file, 'utf8'), file, taxonomy);
      expect(data.reviewed).toBe(false);
      expect(Object.values(data.practices).every((p) => p.stance === 'not-reviewed')).toBe(true);
      expect(data.clauses.length).toBeGreaterThan(10);
    }
  });

  it('gets #cookies exactly when its text speaks of cookies', () => {
    const speaks = parsePolicy(readFileSync('tests/fixtures/raw/examplecorp.md', 'utf8'), 'examplecorp.md', taxonomy);
    const silent = parsePolicy(readFileSync('tests/fixtures/raw/quietcorp.md', 'utf8'), 'quietcorp.md', taxonomy);
    expect(speaks.practices['cookies']!.anchor).toBe('cookies');
    expect(silent.practices['cookies']!.anchor).toBeNull();
    expect(silent.practices['sells-data']!.anchor).toBe('sells-data');
  });
});
