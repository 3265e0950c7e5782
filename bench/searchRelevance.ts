/**
 * How well search ranks what a reader meant, on the five real policies: the judged queries of
 * tests/fixtures/search-judged-queries.json (questions and phrases readers type, typos
 * included, judged before ranking was tuned), each scored on its first results:
 * - precision at 5: the relevant clauses among the first five, over min(5, relevant clauses);
 * - success at 3: whether a relevant clause is among the first three.
 * Judged against each company's main version, the one search reads by default.
 * Pure Node: runs the engine the pages run, in memory.
 */
import { readFileSync } from 'node:fs';
import { createSearcher } from '../src/lib/search/createSearcher.ts';
import type { Check } from './budgets.ts';
import { readIndex } from './searchIndex.ts';

const JUDGEMENTS = 'tests/fixtures/search-judged-queries.json';
const BUDGET = { precisionAt5: 0.7, successAt3: 0.9 } as const;

interface Judged {
  query: string;
  about: string[];
  /** `slug#clause-id` */
  relevant: string[];
}

export interface QueryRelevance {
  query: string;
  precisionAt5: number;
  successAt3: boolean;
  /** The first five hits, `slug#clause-id`, relevant ones marked ✓. */
  top: string[];
}

export interface Relevance {
  queries: number;
  precisionAt5: number;
  successAt3: number;
  perQuery: QueryRelevance[];
}

export function measureRelevance(policiesDir = 'content/policies'): Relevance {
  // The index as the site builds it: search reads each company's main version by default.
  const searcher = createSearcher(readIndex(policiesDir));
  const judged = (JSON.parse(readFileSync(JUDGEMENTS, 'utf8')) as { queries: Judged[] }).queries;
  const perQuery = judged.map(({ query, relevant }): QueryRelevance => {
    const wanted = new Set(relevant);
    const hits = searcher.search(query, { limit: 5 }).hits.map((h) => `${h.company}#${h.clauseId}`);
    const found = hits.filter((h) => wanted.has(h)).length;
    return {
      query,
      precisionAt5: found / Math.min(5, wanted.size),
      successAt3: hits.slice(0, 3).some((h) => wanted.has(h)),
      top: hits.map((h) => (wanted.has(h) ? `✓ ${h}` : `  ${h}`)),
    };
  });
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    queries: perQuery.length,
    precisionAt5: mean(perQuery.map((q) => q.precisionAt5)),
    successAt3: mean(perQuery.map((q) => (q.successAt3 ? 1 : 0))),
    perQuery,
  };
}

/** Precision at 5 and success at 3 against their budgets. */
export function checkRelevance(result: Relevance): Check[] {
  return [
    {
      budget: `search precision at 5 ≥ ${BUDGET.precisionAt5}, ${result.queries} judged queries`,
      measured: result.precisionAt5.toFixed(3),
      pass: result.precisionAt5 >= BUDGET.precisionAt5,
    },
    {
      budget: `search success at 3 ≥ ${100 * BUDGET.successAt3} %, ${result.queries} judged queries`,
      measured: `${(100 * result.successAt3).toFixed(1)} %`,
      pass: result.successAt3 >= BUDGET.successAt3,
    },
  ];
}

/** The totals, then the queries whose first three miss or that score below 0.6 at 5, with their first five. */
export function formatRelevance(result: Relevance): string {
  const weak = result.perQuery.filter((q) => !q.successAt3 || q.precisionAt5 < 0.6);
  return [
    `SEARCH RANKING on ${result.queries} judged queries: precision at 5 ${result.precisionAt5.toFixed(3)}, success at 3 ${(100 * result.successAt3).toFixed(1)} %`,
    ...weak.map(
      (q) =>
        `  ${q.successAt3 ? ' ' : '✗'} P@5 ${q.precisionAt5.toFixed(2)}  “${q.query}”\n      ${q.top.join('\n      ')}`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatRelevance(measureRelevance()));
