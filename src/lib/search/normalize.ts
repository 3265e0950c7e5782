/**
 * Normalisation for clause search: the same function turns clause text and queries into
 * comparable word tokens, keeping each token's position in the original text so that
 * matches can be highlighted there. Pure: no DOM, no Astro.
 *
 * - case and diacritics fold: `Café` → `cafe`, full-width and ligature forms decompose (NFKD);
 * - U+00A0 and every other non-letter separate words;
 * - apostrophes inside a word, straight or curly, vanish: `don’t` → `dont`, `user's` → `users`;
 * - hyphenated words split, and the whole compound is also indexed:
 *   `opt-out` → `opt`, `out` (so "opt out" finds it) and `optout`; `e-mail` → `e`, `mail`, `email`;
 * - soft hyphens (U+00AD) are ignored.
 */

/** Longest query searched; the rest is ignored (and the reader told so). */
export const MAX_QUERY_LENGTH = 200;

/** Most words of a query that are searched. */
export const MAX_QUERY_WORDS = 12;

/** A word of a text, with its place in the original string (UTF-16 offsets, end exclusive). */
export interface Token {
  /** Normalised form: lower case, no diacritics, no apostrophes. */
  term: string;
  start: number;
  end: number;
  /**
   * True for the joined form of a hyphenated compound (`optout` for `opt-out`), spanning the
   * whole compound. Compounds are extra: the parts are tokens of their own, in sequence.
   */
  compound: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}\u00ad]+(?:['\u2018\u2019\u02bc][\p{L}\p{N}\p{M}\u00ad]+)*/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const NOT_ASCII = /\P{ASCII}/u;
const DROPPED = /[\p{M}\u00ad'\u2018\u2019\u02bc]/gu;

/** The normalised form of one word: lower case, diacritics and apostrophes removed. */
export function normalizeTerm(word: string): string {
  const lower = word.toLowerCase();
  if (NOT_ASCII.test(lower)) return lower.normalize('NFKD').replace(DROPPED, '').toLowerCase();
  return lower.includes("'") ? lower.replaceAll("'", '') : lower;
}

/**
 * Calls `visit` for every word of the text in reading order, with its normalised form
 * (`normalize`, by default normalizeTerm) and place; a hyphenated compound's joined form
 * follows its last part, flagged `compound`. Allocates nothing per word but the strings.
 */
export function forEachWord(
  text: string,
  visit: (term: string, start: number, end: number, compound: boolean) => void,
  normalize: (word: string) => string = normalizeTerm,
): void {
  let chainStart = -1;
  let chainTerm = '';
  let chainParts = 0;
  let previousEnd = -2;
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const term = normalize(match[0]);
    if (term === '') continue;
    const joined = start === previousEnd + 1 && HYPHENS.has(text[previousEnd] ?? '');
    if (!joined && chainParts > 1) visit(chainTerm, chainStart, previousEnd, true);
    if (joined) {
      chainTerm += term;
      chainParts++;
    } else {
      chainStart = start;
      chainTerm = term;
      chainParts = 1;
    }
    visit(term, start, end, false);
    previousEnd = end;
  }
  if (chainParts > 1) visit(chainTerm, chainStart, previousEnd, true);
}

/** Splits text into normalised word tokens in reading order; compounds follow their last part. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (term, start, end, compound) => tokens.push({ term, start, end, compound }));
  return tokens;
}

/** The normalised words of a text in order, compounds left out. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.compound)
    .map((t) => t.term);
}

/**
 * Words too common to narrow a search on their own. They still count in an exact phrase
 * ("do not sell"), and a query made only of them searches them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been by can do does for from has have how i if in into is it its me my ' +
    'of on or our ours so that the their them there these they this those to us was we were what when ' +
    'where which who whom will with would you your yours'
  ).split(' '),
);
