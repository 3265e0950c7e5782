/**
 * `npm run bench:engines`: the search engine against plain fuse.js, in Node, over the index the
 * build writes (buildSearchIndex over the parsed policies: the five real ones, and synthetic
 * corpora of 100 and 1,000 from bench/generate-corpus.ts). For each design: the time to prepare
 * the index, and per keystroke of the benchmark's queries (limit 50, after a warm-up pass; each
 * keystroke's best of three runs, which filters out the moments a busy machine took the core
 * away) p50/p95; on the five real policies, how many of the ranking expectations of
 * tests/unit/search-policies.test.ts each design meets. Then the engine's one fuzzy step, finding the
 * words near a mistyped one, done as now (a bigram index picks candidates, fuse.js scores them)
 * and by fuse.js over the whole vocabulary; and what fuse.js makes of swapped letters.
 * The figures behind the README's "Decisions".
 *
 *   npm run bench:engines                 5, 100 and 1,000 policies
 *   npm run bench:engines -- 5 100        the scales given
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Fuse, { type FuseOptionKey, type FuseResult, type IFuseOptions } from 'fuse.js';
import { buildFieldIndex } from '../src/lib/search/fieldIndex.ts';
import { readIndexRecords } from '../src/lib/search/indexRecords.ts';
import { words } from '../src/lib/search/normalize.ts';
import { maxTypos, type Vocabulary } from '../src/lib/search/vocabulary.ts';
import { parsePolicy } from '../src/lib/policy/parsePolicy.ts';
import type { PolicyData } from '../src/lib/policy/policySchema.ts';
import { buildSearchIndex, type SearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { createSearcher } from '../src/lib/search/createSearcher.ts';
import { parseTaxonomy } from '../src/lib/taxonomy/loadTaxonomy.ts';
import { generateCorpus } from './generate-corpus.ts';
import { loadNow } from './machine.ts';
import { keystrokes, QUERIES } from './queries.ts';
import { summarize, type Summary } from './stats.ts';

const taxonomy = parseTaxonomy(readFileSync('content/practices.yaml', 'utf8'));

function indexOf(dir: string): SearchIndex {
  const policies: PolicyData[] = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => parsePolicy(readFileSync(path.join(dir, n), 'utf8'), path.join(dir, n), taxonomy));
  return buildSearchIndex(policies, taxonomy);
}

/** A design under test: prepares an index, then answers a query with the texts of its best hits. */
interface Design {
  name: string;
  /** Too slow to time every keystroke beyond 1,000 clauses: timed on the whole queries only, once each. */
  slow?: boolean;
  prepare(index: SearchIndex): (query: string, limit: number) => string[];
}

/** A clause as plain Fuse sees it: its text, its heading and its practices' labels, weighted as the engine weighs them. */
interface FuseClause {
  text: string;
  heading: string;
  practices: string[];
}

const fuseClauses = (index: SearchIndex): FuseClause[] => {
  const { clauses, sections, practices } = readIndexRecords(index);
  return clauses.map((clause) => ({
    text: clause.text,
    heading: sections[clause.section]?.text ?? '',
    practices: clause.practices.map((p) => practices[p]!.label),
  }));
};

const FUSE_KEYS: FuseOptionKey<FuseClause>[] = [
  { name: 'text', weight: 1 },
  { name: 'heading', weight: 2 },
  { name: 'practices', weight: 2 },
];

function plainFuse(name: string, options: IFuseOptions<FuseClause>): Design {
  return {
    name,
    slow: true,
    prepare(index) {
      const fuse = new Fuse(fuseClauses(index), { keys: FUSE_KEYS, includeMatches: true, ...options });
      return (query, limit) =>
        fuse.search(query, { limit }).map((r: FuseResult<FuseClause>) => `${r.item.heading}\n${r.item.text}`);
    },
  };
}

const DESIGNS: Design[] = [
  {
    name: 'this engine (inverted index; fuse.js scores near words)',
    prepare(index) {
      const searcher = createSearcher(index);
      return (query, limit) => searcher.search(query, { limit }).hits.map((h) => `${h.section?.text ?? ''}\n${h.text}`);
    },
  },
  // Fuse's defaults, but with location ignored (a clause's match may be anywhere in it).
  plainFuse('plain fuse.js over clauses (Bitap, threshold 0.3)', { threshold: 0.3, ignoreLocation: true }),
  // Fuse 7's token search: each query word matched on its own (Bitap), scored by TF-IDF.
  plainFuse('plain fuse.js over clauses, token search', { threshold: 0.3, ignoreLocation: true, useTokenSearch: true }),
];

interface Timing {
  prepareMs: number;
  perKeystroke: Summary;
  /** What was timed: every keystroke, or (slow designs at scale) each whole query once. */
  sampled: string;
}

function time(design: Design, index: SearchIndex, limit = 50): Timing {
  const t0 = performance.now();
  const search = design.prepare(index);
  const prepareMs = Math.round(performance.now() - t0);
  const slow = design.slow === true && index.clauses.length > 1_000;
  const typed = slow ? [...QUERIES] : keystrokes(QUERIES);
  const runs = slow ? 1 : 3;
  if (!slow) for (const q of typed) search(q, limit); // warm-up, as a page is after its first searches
  const samples = typed.map((q) => {
    let best = Infinity;
    for (let run = 0; run < runs; run++) {
      const t = performance.now();
      search(q, limit);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
  return {
    prepareMs,
    perKeystroke: summarize(samples),
    sampled: slow ? `${typed.length} whole queries, once` : `${typed.length} keystrokes, best of ${runs}`,
  };
}

/** What the unit tests expect of the first hits, on the five real policies. */
const EXPECTATIONS: { query: string; top: number; holds: (texts: string[]) => boolean; says: string }[] = [
  {
    query: 'cokies',
    top: 10,
    holds: (t) => t.length === 10 && t.every((x) => /cookie/i.test(x)),
    says: 'the first 10 mention cookies',
  },
  {
    query: 'sell my data',
    top: 4,
    holds: (t) => t.filter((x) => /\bsell\b/i.test(x)).length >= 3,
    says: '3 of the first 4 say "sell"',
  },
  { query: 'opt out', top: 1, holds: (t) => /opt[- ]out/i.test(t[0] ?? ''), says: 'the first says "opt out"' },
  {
    query: 'unsubscribe',
    top: 3,
    holds: (t) => t.every((x) => /unsubscribe/i.test(x)),
    says: 'the first 3 say "unsubscribe"',
  },
  { query: 'thrid', top: 1, holds: (t) => /\bthird\b/i.test(t[0] ?? ''), says: 'the first says "third"' },
  {
    query: 'unsubscirbe',
    top: 1,
    holds: (t) => /unsubscribe/i.test(t[0] ?? ''),
    says: 'the first says "unsubscribe"',
  },
  { query: 'privcy', top: 1, holds: (t) => /privacy/i.test(t[0] ?? ''), says: 'the first says "privacy"' },
  {
    query: 'we do not sell',
    top: 1,
    holds: (t) => /not sell/i.test(t[0] ?? ''),
    says: 'the first says "not sell"',
  },
];

function quality(design: Design, index: SearchIndex): string[] {
  const search = design.prepare(index);
  return EXPECTATIONS.filter((e) => !e.holds(search(e.query, e.top))).map((e) => `“${e.query}”: ${e.says}`);
}

const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(1));

/** The mistyped words the engine looks up fuzzily: words of the queries as typed, and typos, not in the vocabulary (or rare). */
function fuzzyTokens(vocabulary: Vocabulary): string[] {
  const typos = ['thrid', 'unsubscirbe', 'privcy', 'cookkies', 'cokies', 'seel', 'infromation', 'recieve', 'adress'];
  const tokens = [...new Set([...keystrokes(QUERIES).flatMap((q) => words(q)), ...typos])];
  return tokens.filter((t) => {
    const id = vocabulary.get(t);
    return t.length >= 4 && (id === undefined || vocabulary.weight[id]! <= 2);
  });
}

/** fuse.js over every word of the vocabulary, with the engine's thresholds (location ignored: one Fuse for all lengths). */
function fuseOverVocabulary(vocabulary: Vocabulary): (token: string) => string[] {
  const fuse = new Fuse(vocabulary.terms, {
    includeScore: true,
    isCaseSensitive: true,
    ignoreLocation: true,
    threshold: 0.35,
  });
  return (token) => {
    const typos = maxTypos(token.length);
    return fuse
      .search(token)
      .filter((r) => r.score! <= typos / token.length + 0.01 && Math.abs(r.item.length - token.length) <= typos)
      .filter((r) => r.item !== token)
      .slice(0, 16)
      .map((r) => r.item);
  };
}

/** ms per fuzzy lookup (each token's best of three), and words admitted per token. */
function nearWordCost(lookup: (token: string) => unknown[], tokens: readonly string[]): { ms: number; words: number } {
  let total = 0;
  let admitted = 0;
  for (const token of tokens) {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      const found = lookup(token);
      best = Math.min(best, performance.now() - t);
      if (run === 0) admitted += found.length;
    }
    total += best;
  }
  return { ms: total / tokens.length, words: admitted / tokens.length };
}

/** How fuse.js scores a swap of two letters, against the threshold the engine gives a word of that length. */
function swaps(vocabulary: Vocabulary): string[] {
  return [
    ['thrid', 'third'],
    ['frmo', 'from'],
    ['recieve', 'receive'],
    ['unsubscirbe', 'unsubscribe'],
  ].map(([typo, word]) => {
    const score = new Fuse([word!], { includeScore: true, ignoreLocation: true, threshold: 1 }).search(typo!)[0]?.score;
    const typos = maxTypos(typo!.length);
    const threshold = typos / typo!.length + 0.01;
    const doubled = new Fuse(vocabulary.terms, { ignoreLocation: true, threshold: 2 * threshold, includeScore: true })
      .search(typo!)
      .filter((r) => Math.abs(r.item.length - typo!.length) <= typos);
    return `| ${typo} → ${word} | ${score?.toFixed(3)} | ${threshold.toFixed(3)} | ${score !== undefined && score <= threshold ? 'yes' : 'no'} | ${doubled.length} |`;
  });
}

function main(): void {
  const scales = process.argv.slice(2).map(Number);
  const wanted = scales.length > 0 ? scales : [5, 100, 1000];
  console.log(`load before: ${loadNow()}`);
  const rows: string[] = [];
  const nearRows: string[] = [];
  const notes: string[] = [];
  for (const policies of wanted) {
    const dir = policies === 5 ? 'content/policies' : `.bench/corpus-${policies}`;
    if (policies !== 5) generateCorpus(policies, dir, 1);
    const index = indexOf(dir);
    const clauses = index.clauses.length.toLocaleString('en');
    for (const design of DESIGNS) {
      const { prepareMs, perKeystroke, sampled } = time(design, index);
      rows.push(
        `| ${policies} | ${clauses} | ${design.name} | ${prepareMs} | ${ms(perKeystroke.p50)} | ${ms(perKeystroke.p95)} | ${sampled} |`,
      );
      console.error(rows.at(-1));
    }
    const { vocabulary } = buildFieldIndex(readIndexRecords(index));
    const tokens = fuzzyTokens(vocabulary);
    const bigrams = nearWordCost((t) => vocabulary.nearWords(t), tokens);
    const whole = nearWordCost(fuseOverVocabulary(vocabulary), tokens);
    nearRows.push(
      `| ${policies} | ${vocabulary.size.toLocaleString('en')} | ${tokens.length} | ${ms(bigrams.ms)} (${bigrams.words.toFixed(1)} words) | ${ms(whole.ms)} (${whole.words.toFixed(1)} words) |`,
    );
    console.error(nearRows.at(-1));
    if (policies === 5) {
      for (const design of DESIGNS) {
        const missed = quality(design, index);
        notes.push(
          `- ${design.name}: ${EXPECTATIONS.length - missed.length} of ${EXPECTATIONS.length} ranking expectations met${missed.length ? `; missed ${missed.join('; ')}` : ''}`,
        );
      }
      notes.push(
        '',
        '| swap | fuse.js score | threshold | within it | words within twice the threshold |',
        '|---|---|---|---|---|',
      );
      notes.push(...swaps(vocabulary));
    }
  }
  console.log(
    '\n| policies | clauses | design | prepare ms | p50 ms | p95 ms | timed |\n|---|---|---|---|---|---|---|',
  );
  console.log(rows.join('\n'));
  console.log(
    '\n| policies | vocabulary | fuzzy words | bigram index + fuse.js, ms | fuse.js over the vocabulary, ms |\n|---|---|---|---|---|',
  );
  console.log(nearRows.join('\n'));
  console.log(`\n${notes.join('\n')}`);
  console.log(`\nload after: ${loadNow()}`);
}

main();
