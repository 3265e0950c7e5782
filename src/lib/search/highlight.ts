/**
 * Highlighting: where in a hit's text, heading and practice labels the query matched, as
 * ranges for the page to wrap in <mark> (as text nodes, never as HTML). Pure: no DOM.
 */
import type { Vocabulary } from './vocabulary.ts';
import { tokenize, type Token } from './normalize.ts';
import type { Phrase } from './phrase.ts';
import type { Range } from './searchTypes.ts';

/** What the highlighter needs to know about a query: the words to mark, and the phrase. */
export interface Highlight {
  terms: ReadonlySet<string>;
  phrase: readonly ReadonlySet<string>[] | null;
}

/** Highlights nothing (a list of every clause of a filter). */
export const NO_HIGHLIGHT: Highlight = { terms: new Set(), phrase: null };

/** The highlight of a query: every vocabulary word its words reached, and its phrase, in words. */
export function highlightOf(vocabulary: Vocabulary, reached: Iterable<number>, phrase: Phrase | null): Highlight {
  const word = (id: number): string => vocabulary.terms[id]!;
  return {
    terms: new Set([...reached].map(word)),
    phrase: phrase && phrase.map((ids) => new Set([...ids].map(word))),
  };
}

/** Merges overlapping ranges, and ranges only a hyphen apart (`opt`-`out`). */
function mergeRanges(ranges: Range[], text: string): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && (range[0] <= last[1] || (range[0] === last[1] + 1 && /[-\u2010\u2011]/.test(text[last[1]]!)))) {
      last[1] = Math.max(last[1], range[1]);
    } else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Ranges of `text` the query matched: the phrase wherever it occurs, and every matched word. */
export function highlightRanges(text: string, highlight: Highlight): Range[] {
  const tokens = tokenize(text);
  const words: Token[] = tokens.filter((t) => !t.compound);
  const ranges: Range[] = [];
  const phrase = highlight.phrase;
  if (phrase) {
    next: for (let p = 0; p + phrase.length <= words.length; p++) {
      for (let j = 0; j < phrase.length; j++) if (!phrase[j]!.has(words[p + j]!.term)) continue next;
      ranges.push([words[p]!.start, words[p + phrase.length - 1]!.end]);
    }
  }
  for (const token of tokens) if (highlight.terms.has(token.term)) ranges.push([token.start, token.end]);
  return mergeRanges(ranges, text);
}
