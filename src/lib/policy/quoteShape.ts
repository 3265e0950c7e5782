/**
 * Whether a review's quote is a whole sentence (or list item) of its clause, or a fragment of
 * one. A quote cut out of a sentence ("including using "cookies"") shows the reader words
 * without the sentence that gives them their sense; only a very long sentence may be quoted in
 * part. Pure string work on the quote and the clause text that holds it.
 */
import { sentenceSpans } from '../base/sentences.ts';
import { foldWhitespace } from '../base/text.ts';

/**
 * A sentence longer than this many words may be quoted in part.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const LONG_SENTENCE_WORDS = 60;

/** What a quote is of its clause. */
export type QuoteShape =
  { kind: 'whole' } | { kind: 'long-excerpt'; sentenceWords: number } | { kind: 'fragment'; sentence: string };

/** Folding as quotes are verified: whitespace and U+00A0 folded, emphasis markers dropped. */
const fold = (text: string): string => foldWhitespace(text.replace(/\*\*|__/g, ''));

/** Characters a quote may leave off either end of its sentence: punctuation, quote marks, list marks. */
const LOOSE = /^[\s"“”'‘’()[\]•·*\-–—.,;:!?]*$/u;

/** A list mark inside a paragraph ("• give you…; • tell you…", "- No login…"), which starts an item. */
const ITEM_MARK = /(?:^|\s)[•·*\-–](?=\s)/gu;

/** A run-in heading ending at a dash or colon near the start ("Cookies - The site uses…"). */
const RUN_IN = /^[^.!?]{1,60}?\s[-–—:]\s/u;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Where sentences and list items start and end in `text`. */
function boundaries(text: string): { starts: Set<number>; ends: Set<number>; spans: { start: number; end: number }[] } {
  const spans = sentenceSpans(text);
  const starts = new Set<number>([0]);
  const ends = new Set<number>([text.length]);
  for (const s of spans) {
    starts.add(s.start);
    ends.add(s.end);
  }
  for (const m of text.matchAll(ITEM_MARK)) {
    const at = m.index + m[0].length;
    starts.add(at + (text.slice(at).length - text.slice(at).trimStart().length));
    ends.add(m.index);
  }
  const runIn = RUN_IN.exec(text);
  if (runIn) starts.add(runIn[0].length);
  return { starts, ends, spans };
}

/** Whether `text.slice(from, to)` holds nothing but loose characters. */
const loose = (text: string, from: number, to: number): boolean => from >= to || LOOSE.test(text.slice(from, to));

/**
 * The shape of `quote` within `clauseText` (the clause the quote was found in).
 * Whole: it starts where a sentence or list item starts and ends where one ends, give or take
 * punctuation and quote marks. Otherwise a long-excerpt when every sentence it touches is longer
 * than `LONG_SENTENCE_WORDS` words, else a fragment.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function quoteShape(quote: string, clauseText: string): QuoteShape {
  const text = fold(clauseText);
  const needle = fold(quote);
  const at = text.indexOf(needle);
  if (at < 0 || needle === '') return { kind: 'whole' }; // verification reports quotes it cannot find
  const end = at + needle.length;
  const { starts, ends, spans } = boundaries(text);
  const startsWell = [...starts].some((s) => (s <= at ? loose(text, s, at) : loose(text, at, s)));
  const endsWell = [...ends].some((e) => (e >= end ? loose(text, end, e) : loose(text, e, end)));
  if (startsWell && endsWell) return { kind: 'whole' };
  const touched = spans.filter((s) => s.start < end && s.end > at);
  const sentence = touched.map((s) => text.slice(s.start, s.end)).join(' ') || text;
  const shortest = Math.min(
    ...(touched.length ? touched : [{ start: 0, end: text.length }]).map((s) => countWords(text.slice(s.start, s.end))),
  );
  if (shortest > LONG_SENTENCE_WORDS) return { kind: 'long-excerpt', sentenceWords: shortest };
  return { kind: 'fragment', sentence };
}

/** One quote of a review that is not a whole sentence or list item. */
export interface QuoteNote {
  practice: string;
  index: number;
  quote: string;
  shape: Exclude<QuoteShape, { kind: 'whole' }>;
}

/** The quotes of a policy's review that are not whole sentences or list items, in practice order. */
export function quoteNotes(policy: {
  clauses: readonly { id: string; text: string }[];
  practices: Readonly<Record<string, { quotes: readonly { text: string; clauseId: string }[] }>>;
}): QuoteNote[] {
  const clauseText = new Map(policy.clauses.map((c) => [c.id, c.text]));
  const notes: QuoteNote[] = [];
  for (const [practice, finding] of Object.entries(policy.practices)) {
    finding.quotes.forEach((q, index) => {
      const shape = quoteShape(q.text, clauseText.get(q.clauseId) ?? q.text);
      if (shape.kind !== 'whole') notes.push({ practice, index, quote: q.text, shape });
    });
  }
  return notes;
}

/** A note as one line for a content editor: file, practice, quote, and what to do. */
export function quoteNoteLine(file: string, note: QuoteNote): string {
  const shown = note.quote.length > 80 ? `${note.quote.slice(0, 77)}…` : note.quote;
  const where = `${file}: review.practices.${note.practice}.quotes.${note.index} "${shown}"`;
  return note.shape.kind === 'long-excerpt'
    ? `${where} is part of a ${note.shape.sentenceWords}-word sentence (allowed: over ${LONG_SENTENCE_WORDS} words).`
    : `${where} is a fragment; quote the whole sentence or list item: "${note.shape.sentence.length > 160 ? `${note.shape.sentence.slice(0, 157)}…` : note.shape.sentence}"`;
}
