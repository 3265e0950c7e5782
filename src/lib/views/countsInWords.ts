/**
 * A company's answer counts said in words, for the matrix's "In total" row:
 * `8 good for you, 2 mixed, 6 bad, 2 neither, 5 not mentioned`. Tones with no answer are left
 * out, and suggestions are never counted as answers. Pure: no Astro.
 */
import type { CompanyAnswers } from './answerCounts.ts';
import type { Tone } from '../answers/vocabulary.ts';

/** Each counted tone's words after its number. */
const COUNT_WORDS: readonly [Tone, string][] = [
  ['good', 'good for you'],
  ['mixed', 'mixed'],
  ['bad', 'bad'],
  ['neutral', 'neither'],
  ['silent', 'not mentioned'],
];

/** The counts as parts (`{ tone: 'good', count: 8, words: 'good for you' }`), zeros left out. */
export function countParts(answers: Pick<CompanyAnswers, 'counts'>): { tone: Tone; count: number; words: string }[] {
  return COUNT_WORDS.filter(([tone]) => answers.counts[tone] > 0).map(([tone, words]) => ({
    tone,
    count: answers.counts[tone],
    words,
  }));
}
