/**
 * The suggestion engine's entry points: a suggested answer for every practice of a policy,
 * from its text alone, and the practice tags of its clauses, which are the clauses those
 * suggestions rest on. Deterministic: the same text always gives the same suggestions.
 */
import { decide } from './decide.ts';
import { RULES } from './rules/index.ts';
import { policySentences, type SuggestInput } from './sentences.ts';
import type { Suggestion } from '../policy/policySchema.ts';

export type { SuggestInput } from './sentences.ts';

/** A suggested answer for each of `practiceIds`, in that order. */
export function suggestAnswers(input: SuggestInput, practiceIds: readonly string[]): Record<string, Suggestion> {
  const sentences = policySentences(input);
  const suggestions: Record<string, Suggestion> = {};
  for (const id of practiceIds) {
    const rules = RULES.get(id);
    suggestions[id] = rules
      ? decide(rules, sentences)
      : {
          stance: 'not-mentioned',
          confidence: 'no cue',
          quotes: [],
          reason: 'Suggested not mentioned: the engine has no rules for this practice yet.',
          rule: null,
        };
  }
  return suggestions;
}

/** The practice ids each clause is evidence for (clause id → ids, in practice order). */
export function clauseTags(suggestions: Readonly<Record<string, Suggestion>>): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [practice, suggestion] of Object.entries(suggestions)) {
    for (const clauseId of new Set(suggestion.quotes.map((q) => q.clauseId))) {
      tags.set(clauseId, [...(tags.get(clauseId) ?? []), practice]);
    }
  }
  return tags;
}
