/**
 * From a practice's signals to one suggested answer: every sentence is tested against every
 * signal; the answer is the first of the practice's precedence that any signal supports; its
 * evidence is the sentences that support it with a signal as heavy as the best one's (and as
 * well placed under a heading about the practice), strongest first, at most `maxClauses` clauses.
 * A fallback signal counts only when no other signal of the practice fires.
 */
import type { Suggestion } from '../policy/policySchema.ts';
import type { Hit, PracticeRules, Sentence } from './types.ts';
import { at } from '../base/at.ts';

const DEFAULT_MAX_CLAUSES = 3;

/** Every signal of the rules that fires in the sentences, in document order. */
function findHits(rules: PracticeRules, sentences: readonly Sentence[]): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentences) {
    // a scrap of two words ("* Web Beacons.") shows no one what the policy says: no evidence
    if (!sentence.title && sentence.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3) continue;
    for (const signal of rules.signals) {
      if (sentence.title && !signal.titles) continue;
      const cue = signal.test(sentence);
      if (cue !== null) hits.push({ sentence, cue, signal });
    }
  }
  return hits;
}

/** A hit's rank as evidence: its signal's weight, and one more under a heading about the practice. */
function rank(hit: Hit, rules: PracticeRules): number {
  return hit.signal.weight + (rules.heading?.test(hit.sentence.heading) ? 1 : 0);
}

/** A hit's strength: its rank, and the bonus its sentence earns (more named data types, a direct "send you"). */
function strength(hit: Hit, rules: PracticeRules): number {
  return rank(hit, rules) + (hit.signal.bonus?.(hit.sentence) ?? 0);
}

/** Strength at or above which one cue is strong: a signal's full weight under a heading about the practice, or with a bonus. */
const STRONG = 3;

/** A strong cue: one strong hit, or the answer found in more than one clause; else a weak cue. */
function confidenceOf(strength: number, clauses: number): Suggestion['confidence'] {
  return strength >= STRONG || clauses > 1 ? 'strong cue' : 'weak cue';
}

const quoteCue = (cue: string): string => `“${cue.replace(/\s+/g, ' ').trim()}”`;

/** The suggested answer to one practice, with its evidence and the reason. */
export function decide(rules: PracticeRules, sentences: readonly Sentence[]): Suggestion {
  const found = findHits(rules, sentences);
  // a fallback signal speaks only when nothing else does
  const firm = found.filter((h) => !h.signal.fallback);
  const hits = firm.length ? firm : found;
  const stance = rules.precedence.find((s) => hits.some((h) => h.signal.stance === s));
  if (!stance) {
    return {
      stance: 'not-mentioned',
      confidence: 'no cue',
      quotes: [],
      reason: 'Suggested not mentioned: no sentence of the policy shows any cue for this practice.',
      rule: null,
    };
  }
  const supporting = hits
    .filter((h) => h.signal.stance === stance)
    .map((hit, order) => ({ hit, order, rank: rank(hit, rules), strength: strength(hit, rules) }))
    .sort((a, b) => b.strength - a.strength || a.hit.sentence.position - b.hit.sentence.position || a.order - b.order);
  const top = at(supporting, 0);
  const clauses: string[] = [];
  const quotes: Suggestion['quotes'] = [];
  for (const { hit, rank: r } of supporting) {
    // evidence ranked as high as the best; a bonus orders it (strongest first), but a sentence
    // naming one kind of data is as much evidence as one naming three
    if (r < top.rank) continue;
    const { clauseId, text } = hit.sentence;
    if (quotes.some((q) => q.text === text)) continue; // the same sentence repeated elsewhere is the same evidence
    if (!clauses.includes(clauseId)) {
      if (clauses.length >= (rules.maxClauses ?? DEFAULT_MAX_CLAUSES)) continue;
      clauses.push(clauseId);
    }
    quotes.push({ text, clauseId });
  }
  const word = stance === 'not-mentioned' ? 'not mentioned' : stance;
  const others = [...new Set(supporting.slice(1).map((s) => s.hit.signal.id))].filter((id) => id !== top.hit.signal.id);
  return {
    stance,
    confidence: confidenceOf(top.strength, clauses.length),
    quotes,
    reason:
      `Suggested ${word}: the policy ${top.hit.signal.because} (${quoteCue(top.hit.cue)}; rule ${top.hit.signal.id}` +
      `${others.length ? `, also ${others.join(', ')}` : ''}).`,
    rule: top.hit.signal.id,
  };
}
