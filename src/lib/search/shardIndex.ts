/**
 * The search index as the build writes it: a small manifest and many shards, so that a query
 * fetches only the parts it reads, whatever the size of the corpus (after Pagefind's layout:
 * a manifest naming the index chunks by the first word each holds, word chunks with postings,
 * fragments with the text). See docs/search.md for the format and its measured sizes.
 *
 *   manifest.json          companies, practices, where each shard's words start, shard counts
 *   terms/<n>.json         the vocabulary in sorted runs: [word, weight, rank] (prefixes, typos)
 *   words/<n>.json         postings by word, sorted runs cut by size: [word, text docs, heading docs]
 *   grams/<n>.json         words by letter pair, pairs hashed into buckets (typo candidates)
 *   practices/<id>.json    the clauses tagged with a practice, and which the review cites
 *   clauses/<n>.json       clause texts, CHUNK clauses a file, in document order
 *
 * Document lists are ascending clause numbers, written as gaps (first, then differences).
 * Pure: no Astro, no file system.
 */
import type { SearchIndex } from './buildSearchIndex.ts';
import { buildFieldIndex } from './fieldIndex.ts';
import { readIndexRecords } from './indexRecords.ts';
import { bigrams, GRAM_MIN_LENGTH } from './vocabulary.ts';
import { at } from '../base/at.ts';

/** Bumped when the shapes below change. */
export const SHARD_FORMAT = 1;

/** Clauses per clause shard. */
const CHUNK = 8;
/** Words per terms shard. */
const TERMS_PER_SHARD = 256;
/** A postings shard closes once its JSON passes this many characters (a word with more has one of its own). */
const POSTINGS_TARGET = 12_000;
/** Word references per letter-pair bucket, about. */
const GRAM_REFS_PER_BUCKET = 1_500;

/** `[slug, name, clauses, main version's clauses, archive dates (main first)]`: clauses are contiguous, company after company. */
export type ManifestCompany = [slug: string, name: string, clauses: number, main: number, versions: string[]];

export interface ShardManifest {
  v: typeof SHARD_FORMAT;
  /** Changes whenever any shard does: shard URLs carry it, so no stale shard is read. */
  build: string;
  clauses: number;
  companies: ManifestCompany[];
  /** `[id, label]` */
  practices: [string, string][];
  /** The first word of each terms shard, ascending. */
  terms: string[];
  /** The first word of each postings shard, ascending. */
  words: string[];
  /** Number of letter-pair buckets. */
  grams: number;
  /** Clauses per clause shard. */
  chunk: number;
}

/** `[word, weight, rank]`: weight, how many texts hold it; rank, its order of first appearance. */
export type TermsShard = [word: string, weight: number, rank: number][];
/** `[word, clauses whose text holds it, clauses under a heading that holds it]`, both as gaps. */
export type WordsShard = [word: string, text: number[], heading: number[]][];
/** Letter pair → the words of at least GRAM_MIN_LENGTH letters holding it. */
export type GramsShard = Record<string, string[]>;
/** `[clauses as gaps, "1"/"0" per clause: cited by the review]` */
export type PracticeShard = [docs: number[], curated: string];
/** Headings `[id, text]`, and clauses `[heading index or -1, id, text, detected, curated, versions]`. */
export interface ClauseShard {
  headings: [string, string][];
  clauses: [heading: number, id: string, text: string, detected: number[], curated: number[], versions: number[]][];
}

/** Letter pair → bucket (FNV-1a). */
export function gramBucket(gram: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The shard among those starting at `firsts` (ascending) that holds `word`. */
export function shardOf(firsts: readonly string[], word: string): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (firsts[mid]! <= word) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const gaps = (docs: ArrayLike<number>): number[] =>
  Array.from(docs, (doc, i) => (i === 0 ? doc : doc - at(docs, i - 1)));

export function fromGaps(values: readonly number[]): Uint32Array {
  const docs = new Uint32Array(values.length);
  let doc = 0;
  values.forEach((gap, i) => (docs[i] = doc += gap));
  return docs;
}

function hashOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
    b = (Math.imul(b, 31) + text.charCodeAt(i)) | 0;
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * Splits an index into the files the build writes, by path relative to the manifest
 * (`manifest.json`, `terms/0.json`…), each a JSON string.
 * @throws SearchIndexError when the index is corrupt.
 */
export function shardSearchIndex(index: SearchIndex): Map<string, string> {
  const records = readIndexRecords(index);
  const field = buildFieldIndex(records);
  const { vocabulary } = field;
  const files = new Map<string, string>();
  const sorted = vocabulary.terms
    .map((_, id) => id)
    .sort((a, b) => (at(vocabulary.terms, a) < at(vocabulary.terms, b) ? -1 : 1));

  // Terms, in sorted runs of TERMS_PER_SHARD.
  const termFirsts: string[] = [];
  for (let i = 0; i < sorted.length; i += TERMS_PER_SHARD) {
    const run = sorted.slice(i, i + TERMS_PER_SHARD);
    termFirsts.push(at(vocabulary.terms, at(run, 0)));
    const shard: TermsShard = run.map((id) => [at(vocabulary.terms, id), at(vocabulary.weight, id), id]);
    files.set(`terms/${termFirsts.length - 1}.json`, JSON.stringify(shard));
  }

  // Postings, in sorted runs cut by size.
  const headingDocs = field.headingPostings.map((sections) =>
    [...sections].flatMap((s) => [...at(field.sectionClauses, s)]).sort((a, b) => a - b),
  );
  const wordFirsts: string[] = [];
  let run: WordsShard = [];
  let runSize = 0;
  const closeRun = (): void => {
    if (run.length === 0) return;
    files.set(`words/${wordFirsts.length - 1}.json`, JSON.stringify(run));
    run = [];
    runSize = 0;
  };
  for (const id of sorted) {
    const entry: WordsShard[number] = [
      at(vocabulary.terms, id),
      gaps(field.textPostings[id] ?? []),
      gaps(headingDocs[id] ?? []),
    ];
    if (entry[1].length === 0 && entry[2].length === 0) continue; // only in practice labels
    const size = JSON.stringify(entry).length;
    if (run.length > 0 && runSize + size > POSTINGS_TARGET) closeRun();
    if (run.length === 0) wordFirsts.push(entry[0]);
    run.push(entry);
    runSize += size;
  }
  closeRun();

  // Letter pairs → words, hashed into buckets.
  const byGram = new Map<string, string[]>();
  let refs = 0;
  for (const id of sorted) {
    const term = at(vocabulary.terms, id);
    if (term.length < GRAM_MIN_LENGTH) continue;
    for (const gram of bigrams(term)) {
      const list = byGram.get(gram);
      if (list) list.push(term);
      else byGram.set(gram, [term]);
      refs++;
    }
  }
  const buckets = Math.max(1, Math.ceil(refs / GRAM_REFS_PER_BUCKET));
  const gramShards: GramsShard[] = Array.from({ length: buckets }, () => ({}));
  for (const [gram, list] of [...byGram].sort(([a], [b]) => (a < b ? -1 : 1)))
    at(gramShards, gramBucket(gram, buckets))[gram] = list;
  gramShards.forEach((shard, i) => files.set(`grams/${i}.json`, JSON.stringify(shard)));

  // Practices → clauses.
  records.practices.forEach((practice, p) => {
    const docs = at(field.practiceClauses, p);
    const shard: PracticeShard = [
      gaps(docs),
      at(field.practiceCurated, p)
        .map((c) => (c ? '1' : '0'))
        .join(''),
    ];
    files.set(`practices/${practice.id}.json`, JSON.stringify(shard));
  });

  // Clause texts, CHUNK a file.
  for (let start = 0; start < records.clauses.length; start += CHUNK) {
    const shard: ClauseShard = { headings: [], clauses: [] };
    const headingIndex = new Map<number, number>();
    for (const clause of records.clauses.slice(start, start + CHUNK)) {
      let heading = -1;
      const section = records.sections[clause.section];
      if (section) {
        heading = headingIndex.get(clause.section) ?? shard.headings.length;
        if (heading === shard.headings.length) {
          headingIndex.set(clause.section, heading);
          shard.headings.push([section.id, section.text]);
        }
      }
      shard.clauses.push([
        heading,
        clause.id,
        clause.text,
        [...clause.detected],
        [...clause.curated],
        [...clause.versions],
      ]);
    }
    files.set(`clauses/${start / CHUNK}.json`, JSON.stringify(shard));
  }

  // The manifest: companies with their clause counts (their clauses are contiguous).
  const counts = records.companies.map(() => ({ all: 0, current: 0 }));
  for (const clause of records.clauses) {
    const tally = at(counts, clause.company);
    tally.all++;
    if (clause.versions.includes(0)) tally.current++;
  }
  const manifest: ShardManifest = {
    v: SHARD_FORMAT,
    build: '',
    clauses: records.clauses.length,
    companies: records.companies.map((c, i) => [
      c.slug,
      c.name,
      at(counts, i).all,
      at(counts, i).current,
      [...c.versions],
    ]),
    practices: records.practices.map((p) => [p.id, p.label]),
    terms: termFirsts,
    words: wordFirsts,
    grams: buckets,
    chunk: CHUNK,
  };
  manifest.build = hashOf([...files.values(), JSON.stringify(manifest)].join('\n'));
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}
