/**
 * What clause search answers: the options a caller passes and the response it gets back.
 * Shared by the engine, the page, the worker protocol and the renderers. Pure: no DOM.
 */

/** How a hit matched; higher is better. */
export const Tier = { someWords: 0, fuzzy: 1, allWords: 2, phrase: 3 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** Default and largest number of hits returned. */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** `[start, end)` in UTF-16 code units of the string it belongs to. */
export type Range = [start: number, end: number];

export interface SearchOptions {
  /** Only clauses of this company (slug). */
  company?: string | null | undefined;
  /** Only clauses tagged with this practice (id), detected or curated. */
  practice?: string | null | undefined;
  /**
   * Which versions of each company to search: its main version (the default), or all of them
   * (a clause several versions hold is found once, naming them).
   */
  versions?: 'main' | 'all' | undefined;
  /** How many hits to return (the total is counted regardless). */
  limit?: number | undefined;
  /**
   * Spread the hits over companies: within each tier, at most this many hits per company come
   * before the rest of that tier (1: the best hit of every company first). Unset: by score only.
   */
  spread?: number | undefined;
}

export interface HitPractice {
  id: string;
  label: string;
  /** Cited by the curated review, not only detected. */
  curated: boolean;
  /** Where the query matched the label; empty when it did not. */
  ranges: Range[];
}

export interface SearchHit {
  company: string;
  companyName: string;
  clauseId: string;
  /** The clause's section heading, null before the first heading. */
  section: { id: string; text: string; ranges: Range[] } | null;
  text: string;
  /** Where the query matched the text, sorted, not overlapping. */
  ranges: Range[];
  practices: HitPractice[];
  /**
   * Archive dates of the company's versions that hold the clause, oldest first (a clause whose
   * text several versions share is one hit); empty when the index does not say.
   */
  versions: string[];
  /** The clause is in the company's main version (the one its page shows). */
  inMain: boolean;
  /** How many archived versions the company has (1 when the index does not say). */
  companyVersions: number;
  tier: Tier;
  /** The query matched the clause's own text (not only its heading or its practices' names): it ranks above those that did not. */
  inText: boolean;
  score: number;
}

export interface SearchResponse {
  /** The text that was searched: the query, cut to MAX_QUERY_LENGTH. */
  query: string;
  /** The query was longer than MAX_QUERY_LENGTH (or had more than MAX_QUERY_WORDS words). */
  truncated: boolean;
  /** The normalised words searched. Empty when the query had none (only symbols, emoji…). */
  words: string[];
  /** Clauses found, with both filters applied. */
  total: number;
  /** The best `limit` of them, best first. */
  hits: SearchHit[];
  /** Clauses found per company slug, with the practice filter applied but not the company filter. */
  byCompany: Record<string, number>;
  /** The practices (ids) the query names ("data retention": retention): clauses tagged with one come first. */
  about: string[];
}

export interface Searcher {
  /**
   * Searches the clauses. Any query string is fine (hostile, empty, 10,000 characters); a
   * non-string reads as empty. A fault in the engine is thrown, never answered as "nothing found".
   */
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Number of clauses indexed. */
  readonly size: number;
  /** Distinct words indexed. */
  readonly vocabularySize: number;
}
