/**
 * The search index's weight: its bytes (raw, gzip, brotli) against the gzip size of the text it
 * indexes (every clause, every heading and practice label, one per line): how much the index
 * costs above the text itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSearchIndex, type SearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { readIndexRecords } from '../src/lib/search/indexRecords.ts';
import { sizesOf, type Sizes } from './compress.ts';

export interface IndexWeight {
  clauses: number;
  index: Sizes;
  /** The indexed text alone, one text per line. */
  text: Sizes;
  /** index gzip ÷ text gzip */
  ratio: number;
}

export function readIndex(distDir: string): SearchIndex {
  const parsed: unknown = JSON.parse(readFileSync(path.join(distDir, 'search-index.json'), 'utf8'));
  if (!isSearchIndex(parsed)) throw new Error(`${distDir}/search-index.json is not a search index this code reads`);
  return parsed;
}

export function measureIndex(distDir: string): IndexWeight {
  const raw = readFileSync(path.join(distDir, 'search-index.json'));
  const index = readIndexRecords(readIndex(distDir));
  const text = [
    ...index.clauses.map((c) => c.text),
    ...index.sections.map((s) => s.text),
    ...index.practices.map((p) => p.label),
  ].join('\n');
  const indexSizes = sizesOf(raw);
  const textSizes = sizesOf(text);
  return {
    clauses: index.clauses.length,
    index: indexSizes,
    text: textSizes,
    ratio: Math.round((indexSizes.gzip / textSizes.gzip) * 1000) / 1000,
  };
}

/** The gzip size of each company's own text (its clauses and headings, one per line), by slug. */
export function textSizeByCompany(searchIndex: SearchIndex): Map<string, number> {
  const index = readIndexRecords(searchIndex);
  return new Map(
    index.companies.map(({ slug }, c) => {
      const texts = [
        ...index.sections.filter((s) => s.company === c).map((s) => s.text),
        ...index.clauses.filter((cl) => cl.company === c).map((cl) => cl.text),
      ];
      return [slug, sizesOf(texts.join('\n')).gzip];
    }),
  );
}
