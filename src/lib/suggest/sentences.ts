/**
 * Clause boundaries and sentence boundaries: the units the rules read. A sentence is always a
 * verbatim substring of its clause, so that it can be quoted and verified like a reviewer's quote.
 */
import type { Sentence } from './types.ts';

/** What the engine needs of a policy: its clauses in order and its section headings. */
export interface SuggestInput {
  clauses: readonly { id: string; sectionId: string | null; text: string }[];
  sections: readonly { id: string; text: string }[];
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|corp|no|st|mr|mrs|ms|dr|vs|approx|u\.s|u\.k)|\b[A-Z])\.$/i;

/** Splits text into sentences at `.`, `!` or `?` followed by space and a capital, digit or opening mark. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    sentences.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.flatMap(chunk).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Longest sentence the rules read at once; a longer run of text (no full stop in it) is read in pieces. */
export const MAX_SENTENCE = 1500;

/** A sentence cut at spaces into pieces of at most `MAX_SENTENCE` characters (each still verbatim). */
function chunk(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const cut = rest.lastIndexOf(' ', MAX_SENTENCE);
    const at = cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return rest ? [...pieces, rest] : pieces;
}

/** A short line that introduces what follows ("Cookies", "Information Automatically Logged"). */
function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && !/[.!?,;]$/.test(text.trim()) && /^[\p{Lu}\d]/u.test(text);
}

/** A run of capitalised titles with no sentence in it: a table of contents ("Site Management Data Use of "cookies" …"). */
export function isContentsList(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (words.length <= 12 || /[.!?]["”’)]?(?:\s|$)/.test(text)) return false;
  const capitalised = words.filter((w) => /^["“(*]*[\p{Lu}]/u.test(w)).length;
  return capitalised / words.length >= 0.4;
}

/**
 * Every sentence of the policy in document order, each with the heading it falls under: the
 * section heading, or a title-like line ("Cookies") met since, which holds until the next one.
 */
export function policySentences(input: SuggestInput): Sentence[] {
  const headingOf = new Map(input.sections.map((s) => [s.id, s.text.toLowerCase()]));
  const sentences: Sentence[] = [];
  let section: string | null = null;
  let heading = '';
  let before = '';
  input.clauses.forEach((clause, position) => {
    if (clause.sectionId !== section) {
      section = clause.sectionId;
      heading = section ? (headingOf.get(section) ?? '') : '';
    }
    const title = isTitleLike(clause.text) || isContentsList(clause.text);
    const seen = new Map<RegExp, boolean>();
    const inClause = (pattern: RegExp): boolean => {
      let found = seen.get(pattern);
      if (found === undefined) seen.set(pattern, (found = pattern.test(clause.text)));
      return found;
    };
    if (isTitleLike(clause.text)) heading = clause.text.toLowerCase();
    for (const text of title ? [clause.text] : splitSentences(clause.text)) {
      sentences.push({ clauseId: clause.id, text, inClause, heading, position, title, before });
      before = text;
    }
  });
  return sentences;
}
