/**
 * The inverted indexes a search runs on, built once from the index records: for each of the
 * three fields a clause is found by — its text, its section heading, the labels of its
 * practices — which vocabulary words lead where, and each text's word sequence (for phrases).
 * Pure: no DOM, no Astro.
 */
import type { IndexRecords } from './indexRecords.ts';
import type { MatchSource } from './matchClauses.ts';
import { forEachWord, normalizeTerm } from './normalize.ts';
import { Vocabulary } from './vocabulary.ts';

/** Word sequences of many short texts (headings, labels): vocabulary ids in reading order, compounds left out. */
export type Sequences = readonly (readonly number[])[];

export interface FieldIndex {
  vocabulary: Vocabulary;
  /** Clause text: word id → clauses holding it. */
  textPostings: readonly Uint32Array[];
  /** Every clause's word sequence, one after the other: clause `d`'s is `[sequenceStart[d], sequenceStart[d + 1])`. */
  textSequences: Uint32Array;
  sequenceStart: Uint32Array;
  /** Headings: word id → sections holding it; section → its clauses; each heading's words. */
  headingPostings: readonly Uint32Array[];
  sectionClauses: readonly Uint32Array[];
  headingSequences: Sequences;
  /** Practice labels: word id → practices; practice → tagged clauses, and whether each is curated; each label's words. */
  labelPostings: readonly Uint32Array[];
  practiceClauses: readonly Uint32Array[];
  practiceCurated: readonly (readonly boolean[])[];
  labelSequences: Sequences;
  /** Each clause's company, in one typed array for the hot loop (not scattered over records). */
  companyOf: Uint32Array;
}

/**
 * The matcher's view of the whole index in memory. `searched`: the clauses a search may find
 * (one version of each company), or null for all.
 */
export function fieldMatchSource(
  field: FieldIndex,
  records: IndexRecords,
  searched: MatchSource['searched'],
): MatchSource {
  const headingDocs = field.headingPostings.map((sections) =>
    sections ? Uint32Array.from([...sections].flatMap((s) => [...field.sectionClauses[s]!])) : undefined,
  );
  return {
    textDocs: (word) => field.textPostings[word],
    headingDocs: (word) => headingDocs[word],
    labelPractices: (word) => field.labelPostings[word],
    practiceDocs: (p) => ({ docs: field.practiceClauses[p]!, curated: field.practiceCurated[p]! }),
    hasPractice: (doc, p) => records.clauses[doc]!.practices.includes(p),
    companyOf: field.companyOf,
    searched,
  };
}

/** A list of ids per key, grown while building, frozen into typed arrays after. */
function freeze(lists: number[][]): Uint32Array[] {
  return lists.map((l) => Uint32Array.from(l));
}

function pushTo(lists: number[][], key: number, value: number): void {
  (lists[key] ??= []).push(value);
}

export function buildFieldIndex(records: IndexRecords): FieldIndex {
  const vocabulary = new Vocabulary();
  const { clauses, sections, practices } = records;

  // Each distinct spelling is normalised once.
  const spelled = new Map<string, string>();
  const normalizeCached = (word: string): string => {
    let term = spelled.get(word);
    if (term === undefined) {
      term = normalizeTerm(word);
      spelled.set(word, term);
    }
    return term;
  };
  /** Adds a text's words: its word sequence into `sequence`; each distinct word's id returned once, counted once. */
  let stamp = 0;
  const seenAt: number[] = [];
  const addText = (text: string, sequence: number[]): number[] => {
    stamp++;
    const distinct: number[] = [];
    forEachWord(
      text,
      (term, _start, _end, compound) => {
        const id = vocabulary.add(term);
        if (seenAt[id] !== stamp) {
          seenAt[id] = stamp;
          distinct.push(id);
          vocabulary.weight[id]!++;
        }
        if (!compound) sequence.push(id);
      },
      normalizeCached,
    );
    return distinct;
  };

  // Clause text: word → clauses, and each clause's word sequence.
  const textLists: number[][] = [];
  const sequenceStart = new Uint32Array(clauses.length + 1);
  const allSequences: number[] = [];
  clauses.forEach((clause, doc) => {
    sequenceStart[doc] = allSequences.length;
    for (const id of addText(clause.text, allSequences)) pushTo(textLists, id, doc);
  });
  sequenceStart[clauses.length] = allSequences.length;

  // Headings: word → sections; section → clauses.
  const headingLists: number[][] = [];
  const headingSequences = sections.map((section, s) => {
    const sequence: number[] = [];
    for (const id of addText(section.text, sequence)) pushTo(headingLists, id, s);
    return sequence;
  });
  const sectionClauses: number[][] = sections.map(() => []);
  clauses.forEach((clause, doc) => {
    if (clause.section >= 0) sectionClauses[clause.section]!.push(doc);
  });

  // Practice labels: word → practices; practice → clauses (curated ones flagged).
  const labelLists: number[][] = [];
  const labelSequences = practices.map((practice, p) => {
    const sequence: number[] = [];
    for (const id of addText(practice.label, sequence)) pushTo(labelLists, id, p);
    return sequence;
  });
  const practiceClauses: number[][] = practices.map(() => []);
  const practiceCurated: boolean[][] = practices.map(() => []);
  clauses.forEach((clause, doc) => {
    for (const p of clause.practices) {
      practiceClauses[p]!.push(doc);
      practiceCurated[p]!.push(clause.curated.includes(p));
    }
  });

  return {
    vocabulary,
    textPostings: freeze(textLists),
    textSequences: Uint32Array.from(allSequences),
    sequenceStart,
    headingPostings: freeze(headingLists),
    sectionClauses: freeze(sectionClauses),
    headingSequences,
    labelPostings: freeze(labelLists),
    practiceClauses: freeze(practiceClauses),
    practiceCurated,
    labelSequences,
    companyOf: Uint32Array.from(clauses, (clause) => clause.company),
  };
}
