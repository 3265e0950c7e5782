/**
 * The fuzz generators' worst cases are what they claim to be, the oracle catches what it
 * must, and the input limits draw the line where the loader's messages say.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, checkMarkdownLimits } from '../../src/lib/policy/inputLimits.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import {
  binaryBytes,
  deepNesting,
  htmlInjection,
  hugeText,
  markdownSoup,
  truncatedHeader,
} from '../fuzz/policyInputs.ts';
import { MB, archiveHeader, validPolicy, HOSTILE } from '../fuzz/policyText.ts';
import { policyViolations, unsafeHtml } from '../fuzz/policyOracle.ts';
import { random } from '../fuzz/random.ts';
import {
  HOSTILE_QUERIES,
  INJECTED_ATTRIBUTE,
  PROTOTYPE_QUERIES,
  PWNED_FLAG,
  longQuery,
  searchQueries,
} from '../fuzz/searchQueries.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

describe('random', () => {
  it('replays the same sequence from the same seed, and forks independent ones', () => {
    const a = random(42);
    const b = random(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(random(42).fork(1).next()).not.toBe(random(42).fork(2).next());
    expect(markdownSoup(random(7), 0).text).toBe(markdownSoup(random(7), 0).text);
  });
});

describe('policy generators: the worst cases', () => {
  it('hugeText makes at least 5 MB, and no more than a paragraph over', () => {
    const c = hugeText(random(1), 5 * MB);
    const bytes = Buffer.byteLength(c.text);
    expect(bytes).toBeGreaterThanOrEqual(5 * MB);
    expect(bytes).toBeLessThan(5 * MB + 1000);
    expect(c.expect).toBe('error');
    expect(c.text.startsWith(archiveHeader())).toBe(true);
  });

  it('deepNesting nests 1,000 list levels, each indented two more columns', () => {
    const lines = deepNesting(1000, 'bullets')
      .text.split('\n')
      .filter((l) => /^\s*- /.test(l));
    expect(lines).toHaveLength(1000);
    expect(lines[999]!.indexOf('-')).toBe(2 * 999);
    expect(() => checkMarkdownLimits(lines[999]!, 'x.md')).toThrow(/nests lists or quotes more than 16 levels/);
  });

  it('a truncated header is always short of the full line', () => {
    for (let n = 0; n < 50; n++) {
      const c = truncatedHeader(random(n), n);
      expect(c.text.split('\n')[0]!.length).toBeLessThan(archiveHeader().length - 2);
    }
  });

  it('binary input with a NUL byte must fail', () => {
    const withNul = Array.from({ length: 40 }, (_, n) => binaryBytes(random(n), n)).filter((c) =>
      c.text.includes('\u0000'),
    );
    expect(withNul.length).toBeGreaterThan(0);
    expect(withNul.every((c) => c.expect === 'error')).toBe(true);
  });

  it('html injection carries its payloads, and they come out inert', () => {
    const c = htmlInjection(random(3), 0);
    expect(HOSTILE.some((p) => c.text.includes(p))).toBe(true);
    const data = parsePolicy(c.text, 'fuzz/x.md', taxonomy);
    expect(policyViolations(data)).toEqual([]);
  });

  it('a valid policy parses', () => {
    expect(parsePolicy(validPolicy(random(5)), 'fuzz/valid.md', taxonomy).clauses.length).toBeGreaterThan(3);
  });
});

describe('search query generators', () => {
  it('cover markup, prototype names and extreme lengths, and are reproducible', () => {
    const queries = searchQueries(random(9), 500);
    expect(queries).toHaveLength(500);
    for (const q of [...HOSTILE_QUERIES, ...PROTOTYPE_QUERIES]) expect(queries).toContain(q);
    expect(queries.some((q) => q.length === 10_000)).toBe(true);
    expect(queries.some((q) => /[\ud800-\udbff](?![\udc00-\udfff])/.test(q))).toBe(true); // a lone surrogate
    expect(
      HOSTILE_QUERIES.some((q) => q.includes(PWNED_FLAG)) &&
        HOSTILE_QUERIES.some((q) => q.includes(INJECTED_ATTRIBUTE)),
    ).toBe(true);
    expect(searchQueries(random(9), 500)).toEqual(queries);
    expect(longQuery(random(1), 201)).toHaveLength(201);
  });
});

describe('the oracle', () => {
  it('passes the five real policies', () => {
    for (const data of Object.values(realPolicies)) expect(policyViolations(data, ['main', 'site-search'])).toEqual([]);
  });

  it('catches scripts, handlers, javascript: links and fetching elements in policy HTML', () => {
    expect(unsafeHtml('<script>x</script>', 'p')).toContain('p: contains a <script tag');
    expect(unsafeHtml('<a href="javascript:alert(1)">x</a>', 'p')).toEqual([
      'p: <a href> is a javascript: URL',
      'p: <a href="javascript:alert(1)"> is not http(s), mailto, tel or #',
    ]);
    expect(unsafeHtml('<span onmouseover="x()">a</span>', 'p')).toEqual(['p: <span> has a onmouseover attribute']);
    expect(unsafeHtml('<img src="https://t.example/p.gif" alt="">', 'p')).toEqual([
      'p: has a <img> element',
      'p: <img> has a src attribute',
    ]);
    expect(unsafeHtml('&lt;script&gt; <a href="https://e.example/" rel="noopener">ok</a>', 'p')).toEqual([]);
  });

  it('catches duplicate ids, anchors that land nowhere and links to missing ids', () => {
    const data = structuredClone(realPolicies['mimecast']!);
    const clauses = data.blocks.filter((b) => b.type === 'clause');
    clauses[1]!.id = clauses[0]!.id;
    data.practices['cookies']!.anchor = 'cookies-nowhere';
    clauses[2]!.html += ' <a href="#missing">x</a>';
    const problems = policyViolations(data, ['main']).join('\n');
    expect(problems).toContain(`id "${clauses[0]!.id}" is used 2 times on the page`);
    expect(problems).toContain('#cookies-nowhere (cookies) lands nowhere');
    expect(problems).toContain('a link in the policy points to #missing, which is not on the page');
  });
});

describe('input limits', () => {
  it('read list and quote nesting from a line’s prefix, not from thematic breaks', () => {
    const limit = INPUT_LIMITS.nesting;
    const nests = (line: string): boolean => {
      try {
        checkMarkdownLimits(line, 'x.md');
        return false;
      } catch {
        return true;
      }
    };
    expect(nests('We use cookies.')).toBe(false);
    // one level per marker, quote or list, and one per two columns of indentation
    expect(nests(`${'> '.repeat(limit)}item`)).toBe(false);
    expect(nests(`${'> '.repeat(limit + 1)}item`)).toBe(true);
    expect(nests(`${'> - '.repeat(limit / 2)}1. item`)).toBe(true);
    expect(nests(`${'  '.repeat(limit - 1)}- item`)).toBe(false);
    expect(nests(`${'  '.repeat(limit + 1)}- item`)).toBe(true);
    // a thematic break is no list, however many markers it has
    expect(nests('- '.repeat(limit * 2).trim())).toBe(false);
    expect(nests('* '.repeat(limit * 2).trim())).toBe(false);
  });

  it('fail with messages that say what to change', () => {
    const deep = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(() => checkMarkdownLimits(deep, 'x.md')).toThrow(
      `x.md: the line "- level ${INPUT_LIMITS.nesting}" nests lists or quotes more than 16 levels deep; flatten it`,
    );
    expect(() => checkMarkdownLimits('*a '.repeat(1100), 'x.md')).toThrow(
      /x\.md: the paragraph beginning "\*a \*a .*" holds over 1,000 markup characters/,
    );
    expect(() => checkMarkdownLimits('line\n'.repeat(2001), 'x.md')).toThrow(
      /runs over 2,000 lines without a blank line/,
    );
    expect(() => checkMarkdownLimits(`${'- item\n'.repeat(3000)}`, 'x.md')).not.toThrow(); // each item is its own paragraph
  });

  it('leave the five real policies far inside', () => {
    for (const data of Object.values(realPolicies)) expect(data.clauses.length).toBeGreaterThan(10);
  });
});
