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
  readonly text: string;
  readonly index: number;
  readonly negated: boolean;
  readonly exception: Exception;
}

/** A match whose negation and exception are worked out only when a rule asks. */
class Match implements Found {
  readonly text: string;
  readonly index: number;
  readonly #sentence: string;
  #negated: boolean | undefined;
  #exception: Exception | undefined;
  constructor(text: string, index: number, sentence: string) {
    this.text = text;
    this.index = index;
    this.#sentence = sentence;
  }
  get negated(): boolean {
    return (this.#negated ??= isNegated(this.#sentence, this.index));
  }
  get exception(): Exception {
    if (this.#exception === undefined) this.#exception = exceptionAfter(this.#sentence, this.index + this.text.length);
    return this.#exception;
  }
}

/** The global twin of each pattern, made once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** Every occurrence of `pattern` in `text`, with its negation and exception. */
export function findAll(pattern: RegExp, text: string): Found[] {
  if (!pattern.test(text)) return []; // most sentences hold no cue of most rules: answer without allocating
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)));
  return [...text.matchAll(global)].map((m) => new Match(m[0], m.index, text));
}

/** The first occurrence of `pattern` that is not negated, or null. */
export function affirmed(pattern: RegExp, text: string): Found | null {
  return findAll(pattern, text).find((f) => !f.negated) ?? null;
}

/** Web addresses blanked out (same length, so indices hold): "https" in a link is no cue. */
export function withoutUrls(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)[^\s)\]]+/giu, (url) => ' '.repeat(url.length));
}

/** The matched text of `pattern` in `text`, or null. */
export function matched(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0] ?? null;
}
