/**
 * How a version's answer is shown wherever versions are compared (the changes page, answers over
 * time, the versions feed): a suggestion as one, a reviewed answer (or none) as it is. Pure.
 */
import { answerLook, suggestedLook, type AnswerLook } from '../answers/vocabulary.ts';
import type { Practice } from '../taxonomy/schema.ts';
import type { VersionAnswer } from '../versions/timeline.ts';

export function versionAnswerLook(answer: VersionAnswer, friendly: Practice['friendly']): AnswerLook {
  return answer.suggested && answer.stance !== 'not-reviewed'
    ? suggestedLook(answer.stance, friendly)
    : answerLook(answer.stance, friendly);
}
