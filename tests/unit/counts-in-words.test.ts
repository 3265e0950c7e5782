import { describe, expect, it } from 'vitest';
import { countParts } from '../../src/lib/views/countsInWords.ts';

const counts = (c: Partial<Record<'good' | 'mixed' | 'bad' | 'neutral' | 'silent' | 'unreviewed', number>>) => ({
  good: 0,
  mixed: 0,
  bad: 0,
  neutral: 0,
  silent: 0,
  unreviewed: 0,
  ...c,
});

const inWords = (c: Parameters<typeof counts>[0]): string =>
  countParts({ counts: counts(c) })
    .map((p) => `${p.count} ${p.words}`)
    .join(', ');

describe('answer counts in words', () => {
  it('says what each number counts, in the legend’s order, zeros left out', () => {
    expect(inWords({ good: 8, mixed: 2, bad: 6, silent: 5 })).toBe('8 good for you, 2 mixed, 6 bad, 5 not mentioned');
    expect(inWords({ bad: 1, neutral: 2 })).toBe('1 bad, 2 neither');
    expect(countParts({ counts: counts({ good: 1 }) })).toEqual([{ tone: 'good', count: 1, words: 'good for you' }]);
  });

  it('counts no suggestion as an answer', () => {
    expect(countParts({ counts: counts({ unreviewed: 23 }) })).toEqual([]);
  });
});
