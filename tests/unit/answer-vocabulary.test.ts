import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../support/contrast.ts';
import {
  answerLook,
  answerToneRules,
  friendlyAnswerText,
  STANCE_ORDER,
  TONE_ORDER,
  TONES,
  toneOf,
} from '../../src/lib/answers/vocabulary.ts';

const FRIENDLY = ['yes', 'no', 'none'] as const;
/** The page colours answers sit on (global.css: --color-paper, --color-surface). */
const PAGE = { light: ['#fdfcf9', '#ffffff'], dark: ['#14171b', '#1b1f25'] } as const;

describe('answer tones', () => {
  it('follow what the answer means for the reader, not the literal word', () => {
    expect(toneOf('no', 'no')).toBe('good');
    expect(toneOf('yes', 'no')).toBe('bad');
    expect(toneOf('yes', 'yes')).toBe('good');
    expect(toneOf('no', 'yes')).toBe('bad');
    expect(toneOf('partial', 'yes')).toBe('mixed');
    expect(toneOf('yes', 'none')).toBe('neutral');
    expect(toneOf('partial', 'none')).toBe('neutral');
    for (const friendly of FRIENDLY) {
      expect(toneOf('not-mentioned', friendly)).toBe('silent');
      expect(toneOf('not-reviewed', friendly)).toBe('unreviewed');
    }
  });

  it('give each tone its own symbol, and ✓ only to good, ✗ only to bad', () => {
    const symbols = TONE_ORDER.map((t) => TONES[t].symbol);
    expect(new Set(symbols).size).toBe(TONE_ORDER.length);
    expect(TONES.good.symbol).toBe('✓');
    expect(TONES.bad.symbol).toBe('✗');
  });

  it('never let “No” and “Not mentioned” look alike', () => {
    for (const friendly of FRIENDLY) {
      const no = answerLook('no', friendly);
      const silent = answerLook('not-mentioned', friendly);
      expect(silent.word).toBe('Not mentioned');
      expect(no.word).toBe('No');
      expect(silent.symbol).not.toBe(no.symbol);
      expect(TONES[silent.tone].outline).toBe('dashed');
      expect(TONES[no.tone].outline).toBe('solid');
      expect(TONES[silent.tone].colours.light.bg).not.toBe(TONES[no.tone].colours.light.bg);
    }
  });

  it.each(['light', 'dark'] as const)('keep text and outlines readable in the %s theme (WCAG AA)', (theme) => {
    const failures: string[] = [];
    for (const tone of TONE_ORDER) {
      const { bg, fg, border } = TONES[tone].colours[theme];
      for (const ground of [bg, ...PAGE[theme]]) {
        if (contrastRatio(fg, ground) < 4.5) failures.push(`${tone} text on ${ground}`);
        if (contrastRatio(border, PAGE[theme][0]) < 3) failures.push(`${tone} outline on the page`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('answer looks', () => {
  it('say the literal answer in the word and start the accessible name with it', () => {
    for (const stance of STANCE_ORDER)
      for (const friendly of FRIENDLY) {
        const look = answerLook(stance, friendly);
        expect(look.name.startsWith(look.word)).toBe(true);
        expect(look.symbol).toBe(TONES[look.tone].symbol);
        expect(look.order).toBe(TONE_ORDER.indexOf(look.tone));
      }
    expect(answerLook('no', 'no').name).toBe('No, good for your privacy');
    expect(answerLook('yes', 'no').name).toBe('Yes, bad for your privacy');
    expect(answerLook('partial', 'yes').name).toBe('Partial, mixed for your privacy');
    expect(answerLook('not-mentioned', 'yes').name).toBe('Not mentioned, the policy does not say');
    expect(answerLook('not-reviewed', 'yes').name).toBe('Not reviewed');
  });

  it('give every stance its own word', () => {
    const words = STANCE_ORDER.map((s) => answerLook(s, 'none').word);
    expect(words).toEqual(['Yes', 'Partial', 'No', 'Not mentioned', 'Not reviewed']);
  });

  it('say once which answer is better for the reader', () => {
    expect(friendlyAnswerText('no')).toBe('“No” is better for you');
    expect(friendlyAnswerText('none')).toBe('Neither answer is better for you');
  });
});

describe('tone stylesheet', () => {
  it('derives every custom property from the tone definitions', () => {
    const rules = answerToneRules();
    for (const tone of TONE_ORDER) {
      const { light, dark } = TONES[tone].colours;
      expect(rules[':root']![`--tone-${tone}-fg`]).toBe(`light-dark(${light.fg}, ${dark.fg})`);
      expect(rules[`[data-tone='${tone}']`]).toEqual({
        '--answer-bg': `var(--tone-${tone}-bg)`,
        '--answer-fg': `var(--tone-${tone}-fg)`,
        '--answer-border': `var(--tone-${tone}-border)`,
        '--answer-outline': TONES[tone].outline,
      });
    }
  });
});

describe('contrast ratio', () => {
  it('matches WCAG’s reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a #rrggbb colour: red/);
  });
});
