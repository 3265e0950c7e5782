import { describe, expect, it } from 'vitest';
import { countsInWords } from '../../src/lib/views/countsInWords.ts';

const counts = (c: Partial<Record<'good' | 'mixed' | 'bad' | 'neutral' | 'silent' | 'unreviewed', number>>) => ({
  good: 0,
  mixed: 0,
  bad: 0,
  neutral: 0,
  silent: 0,
  unreviewed: 0,
  ...c,
});

describe('answer counts in words', () => {
  it('says what each number counts, in the legend’s order, zeros left out', () => {
    expect(countsInWords({ reviewed: true, counts: counts({ good: 8, mixed: 2, bad: 6, silent: 5 }) })).toBe(
      '8 good for you, 2 mixed, 6 bad, 5 not mentioned',
    );
    expect(countsInWords({ reviewed: true, counts: counts({ bad: 1, neutral: 2 }) })).toBe('1 bad, 2 neither');
  });

  it('counts nothing for a policy nobody has reviewed', () => {
    expect(countsInWords({ reviewed: false, counts: counts({ unreviewed: 23 }) })).toBe('Not reviewed');
  });
});
