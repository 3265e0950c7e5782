/**
 * Matching: which clauses a query's words reach, and how well. For every query word, each
 * clause keeps its best match in each field (text, heading, practice labels), weighted by the
 * field; then each clause gets its rank (ranking.ts: about a practice the query names, tier,
 * matched in its text) and a score, packed into its sort key. Scratch space is allocated once per index and reused by every query, so a keystroke
 * allocates next to nothing. Pure: no DOM.
 */
import { MAX_QUERY_WORDS } from './normalize.ts';
import { sortKey } from './ranking.ts';
import { Tier } from './searchTypes.ts';
import { MatchKind, type Variant } from './vocabulary.ts';

/** Weight of a match in each field. */
const FIELD_WEIGHT = { text: 1, heading: 2, curatedPractice: 2, detectedPractice: 1.5 } as const;

/**
 * Where the matcher reads the postings: the whole index in memory (fieldIndex.ts), or the shards
 * a query loaded (shardedSearcher.ts). Word ids are the source's own; documents are global.
 */
export interface MatchSource {
  /** Clauses whose text holds the word. */
  textDocs(word: number): ArrayLike<number> | undefined;
  /** Clauses under a heading that holds the word. */
  headingDocs(word: number): ArrayLike<number> | undefined;
  /** Practices whose label holds the word. */
  labelPractices(word: number): ArrayLike<number> | undefined;
  /** The clauses tagged with a practice, and whether the review cites each (curated). */
  practiceDocs(practice: number): { docs: ArrayLike<number>; curated: ArrayLike<boolean> };
  /** Whether clause `doc` is tagged with the practice. */
  hasPractice(doc: number, practice: number): boolean;
  /** Each clause's company. */
  companyOf: ArrayLike<number>;
  /** Clauses searched: the rest (other versions than the one searched) are skipped. Null: all. */
  searched: { has(doc: number): boolean; size: number } | null;
}

export interface MatchRequest {
  /** For each searched word, the vocabulary words it reaches. */
  variants: readonly (readonly Variant[])[];
  /** The query has one word: then a clause holding it exactly is a phrase hit. */
  singleWord: boolean;
  /** Only clauses of this company (index), or null. */
  company: number | null;
  /** Only clauses tagged with this practice (index), or null. */
  practice: number | null;
  /** The practices the query names (see namedPractices): clauses tagged with one rank first. */
  named?: readonly number[];
}

export interface Matches {
  /** The sort keys of the clauses found, both filters applied. A view of scratch space: read it before the next match. */
  keys: Float64Array;
  /** Clauses found per company (index), with the practice filter applied but not the company filter. */
  byCompany: Uint32Array;
}

export class ClauseMatcher {
  private readonly width = MAX_QUERY_WORDS;
  /** Per clause × query word: the summed best match quality over the fields, and how it matched. */
  private readonly quality: Float32Array;
  private readonly kinds: Uint8Array;
  /** Per clause, for the field being read: its best match, and how. */
  private readonly fieldBest: Float32Array;
  private readonly fieldKind: Uint8Array;
  /** The clauses the query touched, and those the current field touched, each listed once. */
  private readonly touched: Uint32Array;
  private readonly touchedMark: Uint8Array;
  /** Per clause: some query word matched its text (not only its heading or a practice's label). */
  private readonly inText: Uint8Array;
  private readonly fieldTouched: Uint32Array;
  private readonly keys: Float64Array;
  private touchedCount = 0;
  private fieldCount = 0;

  private readonly companies: number;
  private readonly documents: number;
  private searched: MatchSource['searched'] = null;

  /** Scratch space for `documents` clauses of `companies` companies. */
  constructor(documents: number, companies: number) {
    this.documents = documents;
    this.companies = companies;
    const n = documents;
    this.quality = new Float32Array(n * this.width);
    this.kinds = new Uint8Array(n * this.width);
    this.fieldBest = new Float32Array(n);
    this.fieldKind = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.touchedMark = new Uint8Array(n);
    this.inText = new Uint8Array(n);
    this.fieldTouched = new Uint32Array(n);
    this.keys = new Float64Array(n);
  }

  /** The clauses the request's words reach. Throws what goes wrong, with the scratch space left clean. */
  match(source: MatchSource, request: MatchRequest): Matches {
    try {
      this.searched = source.searched;
      return this.run(source, request);
    } catch (error) {
      this.quality.fill(0);
      this.kinds.fill(0);
      this.touchedMark.fill(0);
      this.inText.fill(0);
      this.fieldBest.fill(0);
      this.fieldKind.fill(0);
      this.touchedCount = 0;
      this.fieldCount = 0;
      throw error;
    }
  }

  private run(source: MatchSource, { variants, singleWord, company, practice, named = [] }: MatchRequest): Matches {
    const { width, quality, kinds, touchedMark, inText } = this;
    const docFrequency = variants.map(() => 0);
    const each = (docs: ArrayLike<number> | undefined, value: number, kind: number): void => {
      if (docs) for (let i = 0; i < docs.length; i++) this.note(docs[i]!, value, kind);
    };
    variants.forEach((wordVariants, word) => {
      for (const v of wordVariants) each(source.textDocs(v.id), v.quality * FIELD_WEIGHT.text, v.kind);
      this.flush(word, docFrequency, true);
      for (const v of wordVariants) each(source.headingDocs(v.id), v.quality * FIELD_WEIGHT.heading, v.kind);
      this.flush(word, docFrequency);
      for (const v of wordVariants) {
        const practices = source.labelPractices(v.id);
        for (let j = 0; practices && j < practices.length; j++) {
          const { docs, curated } = source.practiceDocs(practices[j]!);
          for (let i = 0; i < docs.length; i++) {
            const weight = curated[i] ? FIELD_WEIGHT.curatedPractice : FIELD_WEIGHT.detectedPractice;
            this.note(docs[i]!, v.quality * weight, v.kind);
          }
        }
      }
      this.flush(word, docFrequency);
    });

    const searchedCount = source.searched ? source.searched.size : this.documents;
    const idf = docFrequency.map((df) => Math.log(1 + searchedCount / (1 + df)));
    const byCompany = new Uint32Array(this.companies);
    const words = variants.length;
    let found = 0;
    for (let t = 0; t < this.touchedCount; t++) {
      const doc = this.touched[t]!;
      touchedMark[doc] = 0;
      const text = inText[doc] === 1;
      inText[doc] = 0;
      let matched = 0;
      let allWords = true;
      let allExact = true;
      let score = 0;
      for (let word = 0; word < words; word++) {
        const k = doc * width + word;
        const kind = kinds[k]!;
        if (kind !== 0) matched++;
        if ((kind & (MatchKind.exact | MatchKind.prefix)) === 0) allWords = false;
        if ((kind & MatchKind.exact) === 0) allExact = false;
        score += idf[word]! * quality[k]!;
        quality[k] = 0;
        kinds[k] = 0;
      }
      if (practice !== null && !source.hasPractice(doc, practice)) continue;
      const owner = source.companyOf[doc]!;
      byCompany[owner]!++;
      if (company !== null && owner !== company) continue;
      let tier: Tier = Tier.someWords;
      if (matched === words) {
        tier = allWords ? Tier.allWords : Tier.fuzzy;
        // One word: "the exact phrase" is that exact word. Longer phrases are checked while ranking.
        if (allWords && singleWord && allExact) tier = Tier.phrase;
      }
      const about = named.some((p) => source.hasPractice(doc, p));
      this.keys[found++] = sortKey({ about, tier, text }, score, doc);
    }
    this.touchedCount = 0;
    return { keys: this.keys.subarray(0, found), byCompany };
  }

  /** Clause `doc` matched the current word in the current field this well, this way. */
  private note(doc: number, value: number, kind: number): void {
    if (this.searched && !this.searched.has(doc)) return;
    if (this.fieldKind[doc] === 0) this.fieldTouched[this.fieldCount++] = doc;
    if (value > this.fieldBest[doc]!) this.fieldBest[doc] = value;
    this.fieldKind[doc]! |= kind;
  }

  /** Adds the current field's best matches of word `word` to each clause's, and counts the clauses it reached. */
  private flush(word: number, docFrequency: number[], text = false): void {
    const { width, quality, kinds, fieldBest, fieldKind, fieldTouched, touchedMark } = this;
    // Text matches count as such when about as good as the word's best in any text: "cokies"
    // matching "cookies" does, matching "comes" does not.
    let best = 0;
    if (text) for (let f = 0; f < this.fieldCount; f++) best = Math.max(best, fieldBest[fieldTouched[f]!]!);
    for (let f = 0; f < this.fieldCount; f++) {
      const doc = fieldTouched[f]!;
      if (text && fieldBest[doc]! >= 0.9 * best) this.inText[doc] = 1;
      const k = doc * width + word;
      if (quality[k] === 0) docFrequency[word]!++;
      quality[k]! += fieldBest[doc]!;
      kinds[k]! |= fieldKind[doc]!;
      fieldBest[doc] = 0;
      fieldKind[doc] = 0;
      if (touchedMark[doc] === 0) {
        touchedMark[doc] = 1;
        this.touched[this.touchedCount++] = doc;
      }
    }
    this.fieldCount = 0;
  }
}
