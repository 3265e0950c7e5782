/**
 * Clause search over the sharded index (shardIndex.ts): the search of searchSteps.ts, fetching
 * before each step only the shards it reads: the terms around the query's words, the letter
 * pairs of a word that may be a typo, the postings of the words it reaches, the clause lists of
 * the practices it touches, and the texts of the clauses it shows (and checks for a phrase).
 * Fetched shards are kept: a query whose shards are all at hand answers without waiting for
 * anything (in the same task). Searches run one at a time, in order.
 * Pure: the caller gives the function that fetches a shard (fetch in a browser, a file in Node).
 */
import type { ClauseView, Need, SearchData } from './searchSteps.ts';
import { searchSteps } from './searchSteps.ts';
import type { CompanyRecord, PracticeRecord } from './indexRecords.ts';
import { SearchIndexError } from './indexRecords.ts';
import { ClauseMatcher, type MatchSource } from './matchClauses.ts';
import { forEachWord, words } from './normalize.ts';
import { wordsHoldPhrase } from './phrase.ts';
import {
  fromGaps,
  gramBucket,
  shardOf,
  SHARD_FORMAT,
  type ClauseShard,
  type GramsShard,
  type PracticeShard,
  type ShardManifest,
  type TermsShard,
  type WordsShard,
} from './shardIndex.ts';
import type { SearchOptions, SearchResponse } from './searchTypes.ts';
import { bigrams, mayHaveNearWords, swapsOf, variantCache, Vocabulary } from './vocabulary.ts';

/** Fetches and parses one shard, by its path relative to the manifest (`terms/0.json`). */
export type LoadShard = (path: string) => Promise<unknown>;

export interface ShardedSearcher {
  /** Searches; rejects when a shard cannot be loaded or is corrupt, or the engine fails. */
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Number of clauses indexed. */
  readonly size: number;
  /** Every company indexed, `[slug, name]`, in the index's order (by name). */
  readonly companies: readonly (readonly [slug: string, name: string])[];
}

function corrupt(path: string, problem: string): never {
  throw new SearchIndexError(`The search index is corrupt: ${path} ${problem}.`);
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
const isNumbers = (value: unknown): value is number[] =>
  isList(value) && value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);

/** Whether parsed JSON is a manifest this code reads. */
export function isShardManifest(value: unknown): value is ShardManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<Record<keyof ShardManifest, unknown>>;
  return (
    m.v === SHARD_FORMAT &&
    typeof m.clauses === 'number' &&
    isList(m.companies) &&
    isList(m.practices) &&
    isList(m.terms) &&
    isList(m.words) &&
    typeof m.grams === 'number' &&
    typeof m.chunk === 'number'
  );
}

/** A searcher over the shards described by `manifest`, fetched with `load`. */
export function createShardedSearcher(manifest: ShardManifest, load: LoadShard): ShardedSearcher {
  const documents = manifest.clauses;
  const companies: CompanyRecord[] = manifest.companies.map(([slug, name, , , versions]) => ({
    slug,
    name,
    versions,
  }));
  const practices: PracticeRecord[] = manifest.practices.map(([id, label]) => ({ id, label }));
  const companyOf = new Uint32Array(documents);
  const starts: number[] = [];
  const mainEnds: number[] = [];
  const ends: number[] = [];
  let doc = 0;
  manifest.companies.forEach(([, , count, main], c) => {
    starts.push(doc);
    mainEnds.push(doc + main);
    companyOf.fill(c, doc, Math.min(documents, doc + count));
    doc += count;
    ends.push(doc);
  });
  if (doc !== documents) corrupt('manifest.json', 'counts clauses its companies do not hold');
  const mainCount = manifest.companies.reduce((sum, c) => sum + c[3], 0);

  const vocabulary = new Vocabulary();
  const matcher = new ClauseMatcher(documents, companies.length);
  /** Practice label words (compounds too) → the practices they name. */
  const labelTerms = new Map<string, number[]>();
  practices.forEach(({ label }, p) =>
    forEachWord(label, (term) => {
      const list = labelTerms.get(term) ?? [];
      if (!list.includes(p)) list.push(p);
      labelTerms.set(term, list);
    }),
  );
  const labelWords = practices.map((p) => words(p.label));

  // What has been loaded.
  const files = new Map<string, Promise<unknown>>();
  const postings = new Map<string, { text: Uint32Array; heading: Uint32Array }>();
  const practiceLists = new Map<number, { docs: Uint32Array; curated: boolean[]; tagged: Uint8Array }>();
  const clauseViews = new Map<number, ClauseView & { words?: string[]; headingWords?: string[] }>();
  const termsLoaded = new Set<number>();
  const gramsLoaded = new Set<number>();
  const wordsLoaded = new Set<number>();
  const chunksLoaded = new Set<number>();

  const file = (path: string): Promise<unknown> => {
    let pending = files.get(path);
    if (!pending) {
      pending = load(`${path}?v=${manifest.build}`);
      files.set(path, pending);
      pending.catch(() => files.delete(path)); // a failed fetch may be retried by the next search
    }
    return pending;
  };

  function addTerms(n: number, shard: unknown): void {
    const where = `terms/${n}.json`;
    if (!isList(shard)) corrupt(where, 'is not a list');
    for (const entry of shard) {
      if (
        !isList(entry) ||
        typeof entry[0] !== 'string' ||
        typeof entry[1] !== 'number' ||
        typeof entry[2] !== 'number'
      )
        corrupt(where, 'holds an entry that is not [word, weight, rank]');
      const [term, weight, rank] = entry as TermsShard[number];
      const id = vocabulary.add(term);
      vocabulary.weight[id] = weight;
      vocabulary.rank[id] = rank;
    }
    termsLoaded.add(n);
  }

  function addGrams(n: number, shard: unknown): void {
    if (typeof shard !== 'object' || shard === null || isList(shard)) corrupt(`grams/${n}.json`, 'is not an object');
    for (const list of Object.values(shard as GramsShard)) {
      if (!isList(list)) corrupt(`grams/${n}.json`, 'holds a pair whose words are not a list');
      for (const term of list) if (typeof term === 'string') vocabulary.add(term);
    }
    gramsLoaded.add(n);
  }

  function addWords(n: number, shard: unknown): void {
    const where = `words/${n}.json`;
    if (!isList(shard)) corrupt(where, 'is not a list');
    for (const entry of shard) {
      if (!isList(entry) || typeof entry[0] !== 'string' || !isNumbers(entry[1]) || !isNumbers(entry[2]))
        corrupt(where, 'holds an entry that is not [word, text clauses, heading clauses]');
      const [term, text, heading] = entry as WordsShard[number];
      const docs = { text: fromGaps(text), heading: fromGaps(heading) };
      if (docs.text.some((d) => d >= documents) || docs.heading.some((d) => d >= documents))
        corrupt(where, `lists a clause beyond the ${documents} indexed`);
      postings.set(term, docs);
    }
    wordsLoaded.add(n);
  }

  function addPractice(p: number, shard: unknown): void {
    const where = `practices/${practices[p]!.id}.json`;
    if (!isList(shard) || !isNumbers(shard[0]) || typeof shard[1] !== 'string')
      corrupt(where, 'is not [clauses, curated]');
    const [list, flags] = shard as PracticeShard;
    const docs = fromGaps(list);
    if (flags.length !== docs.length || docs.some((d) => d >= documents))
      corrupt(where, 'lists clauses that do not match its flags or the index');
    const tagged = new Uint8Array(documents);
    for (const d of docs) tagged[d] = 1;
    practiceLists.set(p, { docs, curated: [...flags].map((f) => f === '1'), tagged });
  }

  function addChunk(n: number, shard: unknown): void {
    const where = `clauses/${n}.json`;
    const s = shard as Partial<ClauseShard> | null;
    if (typeof s !== 'object' || s === null || !isList(s.headings) || !isList(s.clauses))
      corrupt(where, 'is not {headings, clauses}');
    s.clauses.forEach((entry, i) => {
      const at = `${where} clause ${i}`;
      if (!isList(entry) || entry.length !== 6) corrupt(at, 'is not a list of 6 fields');
      const [heading, id, text, detected, curated, versions] = entry;
      if (typeof id !== 'string' || typeof text !== 'string') corrupt(at, 'has no id or text');
      if (!isNumbers(detected) || !isNumbers(curated) || !isNumbers(versions)) corrupt(at, 'has a malformed list');
      const section = typeof heading === 'number' && heading >= 0 ? s.headings![heading] : undefined;
      clauseViews.set(n * manifest.chunk + i, {
        id,
        text,
        section: section ? { id: section[0], text: section[1] } : null,
        curated,
        practices: [...new Set([...curated, ...detected])],
        versions,
      });
    });
    chunksLoaded.add(n);
  }

  /** The shards a need reads that are not loaded yet, fetched and read; null when there are none. */
  function meet(need: Need): Promise<void> | null {
    const waits: Promise<void>[] = [];
    const read = (path: string, add: (shard: unknown) => void): void => {
      waits.push(file(path).then(add));
    };
    if (need.kind === 'words') {
      const termShards = new Set<number>();
      for (const word of need.words) {
        const typing = word === need.typing;
        const first = shardOf(manifest.terms, word);
        termShards.add(first);
        // Every word it begins: the shards from its own to the one after its range.
        if ((typing && word.length >= 2) || word.length >= 3) {
          for (let n = first + 1; n < manifest.terms.length && manifest.terms[n]!.startsWith(word); n++)
            termShards.add(n);
        }
      }
      const pending = [...termShards].filter((n) => !termsLoaded.has(n));
      const nearWords = (): Promise<void> | null => {
        const more: Promise<void>[] = [];
        for (const word of need.words) {
          if (!mayHaveNearWords(word) || !vocabulary.looksNear(word)) continue;
          for (const swap of swapsOf(word)) {
            const n = shardOf(manifest.terms, swap);
            if (!termsLoaded.has(n)) more.push(file(`terms/${n}.json`).then((s) => addTerms(n, s)));
          }
          for (const gram of bigrams(word)) {
            const n = gramBucket(gram, manifest.grams);
            if (!gramsLoaded.has(n))
              more.push(
                file(`grams/${n}.json`).then((s) => {
                  if (!gramsLoaded.has(n)) addGrams(n, s);
                }),
              );
          }
        }
        return more.length > 0 ? Promise.all(more).then(() => undefined) : null;
      };
      if (pending.length === 0) return nearWords();
      return Promise.all(
        pending.map((n) => file(`terms/${n}.json`).then((s) => termsLoaded.has(n) || addTerms(n, s))),
      ).then(() => nearWords() ?? undefined);
    }
    if (need.kind === 'postings') {
      for (const id of need.words) {
        const term = vocabulary.terms[id]!;
        const n = shardOf(manifest.words, term);
        if (!wordsLoaded.has(n) && manifest.words.length > 0)
          read(`words/${n}.json`, (s) => wordsLoaded.has(n) || addWords(n, s));
      }
    } else if (need.kind === 'practices') {
      for (const p of need.practices)
        if (!practiceLists.has(p))
          read(`practices/${practices[p]!.id}.json`, (s) => practiceLists.has(p) || addPractice(p, s));
    } else {
      const chunks = new Set(need.docs.map((d) => Math.floor(d / manifest.chunk)));
      for (const n of chunks)
        if (!chunksLoaded.has(n)) read(`clauses/${n}.json`, (s) => chunksLoaded.has(n) || addChunk(n, s));
    }
    return waits.length > 0 ? Promise.all(waits).then(() => undefined) : null;
  }

  const practiceOf = (p: number) => {
    const list = practiceLists.get(p);
    if (!list) throw new Error(`The clauses of practice ${practices[p]?.id} were read before they were loaded.`);
    return list;
  };
  const sourceOf = (searched: MatchSource['searched']): MatchSource => ({
    textDocs: (id) => postings.get(vocabulary.terms[id]!)?.text,
    headingDocs: (id) => postings.get(vocabulary.terms[id]!)?.heading,
    labelPractices: (id) => labelTerms.get(vocabulary.terms[id]!),
    practiceDocs: (p) => practiceOf(p),
    hasPractice: (d, p) => practiceOf(p).tagged[d] === 1,
    companyOf,
    searched,
  });
  const sources = {
    all: sourceOf(null),
    main:
      mainCount === documents
        ? sourceOf(null)
        : sourceOf({ has: (d: number) => d < mainEnds[companyOf[d]!]!, size: mainCount }),
  };
  const view = (d: number) => {
    const clause = clauseViews.get(d);
    if (!clause) throw new Error(`Clause ${d} was read before it was loaded.`);
    return clause;
  };
  const data: SearchData = {
    vocabulary,
    matcher,
    companies,
    practices,
    source: (versions) => sources[versions],
    companyRange: (c, versions) => [starts[c]!, versions === 'main' ? mainEnds[c]! : ends[c]!],
    clause: view,
    holdsPhrase(d, phrase) {
      const clause = view(d);
      clause.words ??= words(clause.text);
      clause.headingWords ??= clause.section ? words(clause.section.text) : [];
      return (
        wordsHoldPhrase(clause.words, phrase) ||
        wordsHoldPhrase(clause.headingWords, phrase) ||
        clause.practices.some((p) => wordsHoldPhrase(labelWords[p]!, phrase))
      );
    },
  };
  // The letter pairs' words were added to the vocabulary: nearWords finds them there.
  const variantsOf = variantCache((token, typing) => vocabulary.expand(token, typing));

  async function run(query: string, options: SearchOptions): Promise<SearchResponse> {
    const steps = searchSteps(data, query, options, variantsOf);
    let step = steps.next();
    while (!step.done) {
      const waiting = meet(step.value);
      if (waiting) await waiting;
      step = steps.next();
    }
    return step.value;
  }

  let queue: Promise<unknown> = Promise.resolve();
  let running = false;
  return {
    size: documents,
    companies: companies.map((c) => [c.slug, c.name] as const),
    search(query, options = {}) {
      const text = typeof query === 'string' ? query : '';
      // Nothing running: start now, so that a search whose shards are loaded answers in this task.
      if (!running) {
        running = true;
        const result = run(text, options).finally(() => (running = false));
        queue = result.catch(() => undefined);
        return result;
      }
      const result = queue.then(() => {
        running = true;
        return run(text, options).finally(() => (running = false));
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
