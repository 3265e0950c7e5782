/**
 * Clause boundaries and sentence boundaries: the units the rules read. A sentence is always a
 * verbatim substring of its clause, so that it can be quoted and verified like a reviewer's quote.
 */
import { splitSentences as segment } from '../base/sentences.ts';
import type { Sentence } from './types.ts';

/** A list as the engine reads it: its items' clauses and the lists nested in them. */
interface ListShape {
  type: 'list';
  items: readonly { clause: { id: string; text: string } | null; lists: readonly ListShape[] }[];
}

/** The blocks of a document, as far as the engine reads them: where each list stands. */
type BlockShape = { type: 'heading' } | { type: 'clause'; text: string } | ListShape;

/**
 * What the engine needs of a policy: its clauses in order and its section headings; its blocks,
 * when given, tell which clauses are list items and which line introduces each list.
 */
export interface SuggestInput {
  clauses: readonly { id: string; sectionId: string | null; text: string }[];
  sections: readonly { id: string; text: string }[];
  blocks?: readonly BlockShape[];
}

/** A paragraph that opens with a bullet: a list item the corpus flattened ("· Business partners …"). */
const FLAT_ITEM = /^\s*[·•◦▪‣●*–-]\s/u;

/** A line that introduces what follows: it ends in a colon or a dash ("The information we collect includes:"). */
const INTRODUCES = /[:–—-]\s*$/;

/**
 * Each list item's introducing line (clause id → the last sentence of the paragraph or item
 * before its list, when that sentence ends in a colon or a dash). A nested list is introduced by
 * the item that holds it.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function listIntros(blocks: readonly BlockShape[]): Map<string, string> {
  const intros = new Map<string, string>();
  const walk = (list: readonly BlockShape[], holder: string): void => {
    let last = holder;
    for (const block of list) {
      if (block.type === 'heading') last = '';
      else if (block.type === 'clause') last = block.text;
      else {
        const intro = splitSentences(last).at(-1) ?? '';
        for (const item of block.items) {
          if (item.clause && INTRODUCES.test(intro)) intros.set(item.clause.id, intro);
          walk(item.lists, item.clause?.text ?? '');
        }
      }
    }
  };
  walk(blocks, '');
  return intros;
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
  const intros = listIntros(input.blocks ?? []);
  const sentences: Sentence[] = [];
  let section: string | null = null;
  let heading = '';
  let before = '';
  /** The line that introduced the run of short lines now being read. */
  let run = '';
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
    // short lines or bulleted paragraphs after a line ending in a colon are a list the corpus flattened
    const item = !INTRODUCES.test(clause.text) && (title || FLAT_ITEM.test(clause.text));
    const intro = intros.get(clause.id) ?? (item ? run : '');
    run = item ? run : '';
    // a short line is a heading unless it is a list's item, or a sentence introducing one ("We use them for:")
    if (isTitleLike(clause.text) && !intro && !/^(?:we|you|they|it|this|these|those)\b/i.test(clause.text))
      heading = clause.text.toLowerCase();
    for (const text of title ? [clause.text] : splitSentences(clause.text)) {
      sentences.push({
        clauseId: clause.id,
        text,
        inClause,
        heading,
        position,
        title,
        before,
        intro,
      });
      before = text;
      if (!item) run = INTRODUCES.test(text) ? text : '';
    }
  });
  return sentences;
}
