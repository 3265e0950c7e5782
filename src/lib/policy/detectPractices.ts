import type { Practice } from '../taxonomy/schema.ts';

/** A practice's cues compiled into one case-insensitive, word-bounded expression. */
export interface PracticeMatcher {
  id: string;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles each practice's cues: `cookie*` matches "cookies"; spaces match any run of spaces or hyphens. */
export function compileCues(practices: readonly Practice[]): PracticeMatcher[] {
  return practices.map((p) => {
    const alternatives = p.cues.map((cue) =>
      cue
        .toLowerCase()
        .split(/(\*)/)
        .map((part) => (part === '*' ? '[\\p{L}\\p{N}]*' : escape(part).replace(/[ -]+/g, '[\\s-]+')))
        .join(''),
    );
    return {
      id: p.id,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    };
  });
}

/** The ids of the practices whose cues occur in `text`, in taxonomy order. */
export function detectPractices(text: string, matchers: readonly PracticeMatcher[]): string[] {
  return matchers.filter((m) => m.pattern.test(text)).map((m) => m.id);
}
