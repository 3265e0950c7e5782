/**
 * Two texts compared word by word, with jsdiff's `diffWords` (the `diff` package): the parts
 * both share, and those only the old or only the new one has. And how alike two texts are, by
 * the words they share. Pure.
 */
import { diffWords } from 'diff';

/** A run of text: in both versions, only in the new one (added), or only in the old one (removed). */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The word-by-word difference of two texts: `We may share` → `We do not share` gives
 * `We `, removed `may`, added `do not`, ` share`. Whitespace between words counts as unchanged.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/** The words of a text, lower-cased, punctuation left out: what similarity counts. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * How alike two texts are by their words (the Dice coefficient of their word multisets):
 * 1 for the same words, 0 for none in common.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
