/**
 * Cue patterns: regular expressions bounded at word edges, matched case-insensitively, and
 * the helpers rules use to find them in a sentence with or without negation.
 */
import { exceptionAfter, isNegated, type Exception } from './scope.ts';

/** A case-insensitive pattern bounded at word edges: `words('cookies?')` matches "Cookies" but not "cookiesheet". */
export function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A cue found in a sentence: what matched, where, whether negated, and any exception after it. */
export interface Found {
  text: string;
  index: number;
  negated: boolean;
  exception: Exception;
}

/** Every occurrence of `pattern` in `text`, with its negation and exception. */
export function findAll(pattern: RegExp, text: string): Found[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => ({
    text: m[0],
    index: m.index,
    negated: isNegated(text, m.index),
    exception: exceptionAfter(text, m.index + m[0].length),
  }));
}

/** The first occurrence of `pattern` that is not negated, or null. */
export function affirmed(pattern: RegExp, text: string): Found | null {
  return findAll(pattern, text).find((f) => !f.negated) ?? null;
}

/** The first negated occurrence of `pattern`, or null. */
export function denied(pattern: RegExp, text: string): Found | null {
  return findAll(pattern, text).find((f) => f.negated) ?? null;
}

/** The matched text of `pattern` in `text`, or null. */
export function matched(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null;
}
