/**
 * Clause boundaries and sentence boundaries: the units the rules read. A sentence is always a
 * verbatim substring of its clause, so that it can be quoted and verified like a reviewer's quote.
 */
import { splitSentences as segment } from '../base/sentences.ts';
import type { Sentence } from './types.ts';

/** What the engine needs of a policy: its clauses in order and its section headings. */
export interface SuggestInput {
  clauses: readonly { id: string; sectionId: string | null; text: string }[];
  sections: readonly { id: string; text: string }[];
}

/**
 * The sentences of a clause (`Intl.Segmenter`, mended at abbreviations), long ones cut in pieces.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function splitSentences(text: string): string[] {
  return segment(text).flatMap(chunk);
}

/**
 * Longest sentence the rules read at once; a longer run of text (no full stop in it) is read in pieces.
 * @internal Exported for its tests; production code reaches it through this module.
 */
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

/**
 * A run of capitalised titles with no sentence in it: a table of contents ("Site Management Data Use of "cookies" …").
 * @internal Exported for its tests; production code reaches it through this module.
 */
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
