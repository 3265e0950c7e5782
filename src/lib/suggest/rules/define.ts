/** The small vocabulary the rule files are written in. */
import type { Stance } from '../../policy/frontmatter.ts';
import { words } from '../cues.ts';
import type { Sentence, Signal } from '../types.ts';

/** A signal: `<practice>/<name>`, the answer it supports, its weight, why, and its test. */
export function signal(
  id: string,
  stance: Stance,
  weight: number,
  because: string,
  test: (s: Sentence) => string | null,
  options: { titles?: boolean; fallback?: boolean; bonus?: (s: Sentence) => number } = {},
): Signal {
  return { id, stance, weight, because, test, ...options };
}

/** The personal data a sentence may speak of. */
export const PERSONAL =
  /(?:personal(?:ly)?[\s-]+(?:identifiable|identifying)?\s*(?:information|data|details)|personal information|personal data|account information|your information|information (?:about|from) you|user information|customer information|contact (?:details|information)|pii)/iu;

/** A heading about cookies or tracking technologies: what is listed under it is about them. */
export const COOKIE_HEADING = words('cookies?|tracking technolog(?:y|ies)|web beacons?|pixels?');
