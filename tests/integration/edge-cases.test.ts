/**
 * The loader's edge cases (tests/support/edgeCases.ts), each answered the same way by
 * `npm run check:content` (run as a command, with POLICIES_DIR) and by the build's parse path
 * (`loadPolicyFolder`, what the Content Layer loader runs): the same exit and the same message.
 * Real builds of a few of them are in tests/integration/edge-builds.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkTargets } from '../../src/lib/policy/blocks.ts';
import { contentErrorLine } from '../../src/loaders/errorReport.ts';
import { ContentError } from '../../src/lib/base/errors.ts';
import { loadPolicyFolder } from '../../src/lib/corpus/loadPolicies.ts';
import { isLayoutId } from '../../src/lib/site/pageIds.ts';
import { checkContentAsync, scratchFolder } from '../support/build.ts';
import { slugFromFileName } from '../../src/lib/policy/slugs.ts';
import { EDGE_CASES, writeCase } from '../support/edgeCases.ts';

const root = scratchFolder('edges');

interface Outcome {
  code: number;
  /** The error line, or the policies' slugs. */
  said: string;
}

/** What the build's parse path answers for a folder. */
function loaderOutcome(dir: string): Outcome & { skipped: number } {
  try {
    const { policies, skipped } = loadPolicyFolder({ root: process.cwd(), dir, taxonomy: 'content/practices.yaml' });
    return { code: 0, said: policies.map((p) => p.id).join(' '), skipped: skipped.length };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { code: 1, said: contentErrorLine(error), skipped: 0 };
  }
}

/** What `npm run check:content` answers for a folder (the script itself, with the pinned Node). */
async function checkContentOutcome(dir: string): Promise<Outcome & { output: string }> {
  const result = await checkContentAsync(dir);
  const output = `${result.stdout}${result.stderr}`;
  const slugs = [...result.stdout.matchAll(/\/([^/\s]+\.(?:md|markdown)): (?:not )?reviewed;/gi)].map((m) =>
    slugFromFileName(m[1]!),
  );
  return {
    code: result.status ?? -1,
    said: result.status === 0 ? slugs.join(' ') : result.stderr.trim(),
    output,
  };
}

// Concurrent: each case waits on its own check:content process, two or three at once.
describe.concurrent('check:content and the build agree on every edge case', () => {
  for (const edge of EDGE_CASES) {
    it(`${edge.name}: ${edge.what}`, async ({ expect }) => {
      const dir = writeCase(path.join(root, edge.name), edge.entries);
      const check = await checkContentOutcome(dir);
      const loader = loaderOutcome(dir);
      expect(check.code, check.output).toBe(loader.code);
      expect(check.said, check.output).toBe(loader.said);
      if ('error' in edge.expect) {
        expect(loader.code).toBe(1);
        const prefix = `Policy Atlas content error in ${dir}`; // then "/<file>: …", or ": …" for the folder
        expect(loader.said.startsWith(prefix), loader.said).toBe(true);
        expect(loader.said.slice(prefix.length).replace(/^\//, '')).toMatch(edge.expect.error);
        expect(check.output).not.toMatch(/^\s+at\s/m); // no stack trace
      } else {
        expect(loader.said).toBe(edge.expect.slugs.join(' '));
        expect(loader.skipped).toBe(edge.expect.skipped ?? 0);
        if (edge.expect.skipped) expect(check.output.match(/: skipped: /g)).toHaveLength(edge.expect.skipped);
      }
    });
  }

  it('a relative POLICIES_DIR is read from the project root, and named as given', async ({ expect }) => {
    expect((await checkContentOutcome('tests/fixtures/raw')).said).toBe('examplecorp quietcorp');
    expect((await checkContentOutcome('tests/fixtures/bad-build')).said).toMatch(
      /^Policy Atlas content error in tests\/fixtures\/bad-build\/truncated\.md: the archive header line/,
    );
  });

  it('POLICIES_DIR set but empty is refused, never read as the project root', async ({ expect }) => {
    const said =
      'Policy Atlas content error in POLICIES_DIR: is set but empty; name the folder of policies, or unset it for content/policies.';
    expect(loaderOutcome('').said).toBe(said);
    expect((await checkContentOutcome('')).said).toBe(said);
  });

  it('a missing folder is a content error naming it', async ({ expect }) => {
    const missing = path.join(root, 'no-such-folder');
    expect(loaderOutcome(missing).said).toBe(
      `Policy Atlas content error in ${missing}: the policies folder cannot be read (it does not exist); create it or fix POLICIES_DIR.`,
    );
    expect((await checkContentOutcome(missing)).said).toBe(loaderOutcome(missing).said);
  });
});

describe('what the accepted edge cases parse into', () => {
  const parsed = (name: string) => {
    const edge = EDGE_CASES.find((e) => e.name === name)!;
    const dir = writeCase(path.join(root, `${name}-parsed`), edge.entries);
    return loadPolicyFolder({ root: process.cwd(), dir, taxonomy: 'content/practices.yaml' }).policies[0]!.data;
  };

  it("headings named like the layout take section- ids, never the layout's", () => {
    const ids = [...walkTargets(parsed('layout-headings').blocks)].map((t) => t.id);
    expect(ids.filter((id) => !id.startsWith('c-'))).toEqual([
      'section-atlas-text',
      'section-atlas-provenance',
      'section-atlas-practices',
      'section-site-search-listbox',
      'section-main',
      'section-answer-cookies',
      'search', // not a layout id; the second "Search" would be search-1, in the search- family
      'section-search-1',
    ]);
    expect(ids.filter(isLayoutId)).toEqual([]);
  });

  it('reference-style links become links, resolved against the original URL', () => {
    const clause = parsed('reference-links').clauses[0]!;
    const html = [...walkTargets(parsed('reference-links').blocks)].find((t) => t.id === clause.id)!.html;
    expect(html).toContain(
      '<a href="https://example.com/terms" rel="noopener noreferrer" class="external">our terms</a>',
    );
    expect(html).toContain('<a href="http://example.com/help" rel="noopener noreferrer" class="external">Help</a>');
    expect(html).not.toContain('][');
  });
});
