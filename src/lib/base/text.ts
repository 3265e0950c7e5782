/**
 * Text folding used wherever archived text is compared or counted.
 * Pure: no Astro, no I/O.
 */

/** U+00A0 and the other Unicode spaces the corpus contains. */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n]+/g;

/** Folds U+00A0 and runs of whitespace to single spaces, and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(SPACE_LIKE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Punctuation and spaces an excerpt does not end on before its ellipsis. */
const TRAILING = /[\s,.;:!?–—-]+$/u;

/**
 * The opening of a text, whitespace folded, with an ellipsis when cut: at most `words` words, or
 * about `chars` characters cut at a word boundary (at a character when the last word is long).
 * What a message quotes of a line, a link names of a clause, a cell shows of a quote.
 */
export function excerpt(text: string, max: { words: number } | { chars: number }): string {
  const folded = foldWhitespace(text);
  if ('words' in max) {
    const words = folded.split(' ');
    return words.length <= max.words ? folded : `${words.slice(0, max.words).join(' ').replace(TRAILING, '')}…`;
  }
  if (folded.length <= max.chars) return folded;
  // Never end on half of a surrogate pair (an emoji).
  const cut = folded.slice(0, max.chars).replace(/[\ud800-\udbff]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > max.chars * 0.6 ? cut.slice(0, space) : cut).replace(TRAILING, '')}…`;
}

/** Counts words (runs of letters or digits) in text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Reading time in whole minutes at 230 words per minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/**
 * Cleans the corpus' spacing quirks out of rendered inline HTML (once, in the loader) without touching a word:
 * a U+00A0 with any spaces around it (`website.\u00a0 Such`) becomes one ordinary space,
 * so sentences do not gape. Only text between tags changes; tags and attributes stay as they are.
 */
export function tidyInlineHtml(html: string): string {
  return html.replace(
    /(<[^>]*>)|([^<]+)/g,
    (_whole, tag: string | undefined, text: string | undefined) =>
      // One pass over each run of blanks (linear: `[ \t]*\u00a0` backtracks over long runs of spaces).
      tag ?? (text ?? '').replace(/[ \t\u00a0]+/g, (run) => (run.includes('\u00a0') ? ' ' : run)),
  );
}
