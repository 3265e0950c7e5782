/**
 * The one answer vocabulary: how every surface (home, /compare/, company and practice pages,
 * search chips, legends, print, images, open data labels) shows an answer. Pure: no Astro, no DOM.
 *
 * The word is the literal answer ("Yes", "No", "Partial", "Not mentioned", "Not reviewed").
 * The tone is what that answer means for the reader's privacy, and the symbol and colours
 * follow the tone, never the word: a ✓ is always on green, a ✗ always on red. Silence has a
 * tone of its own (no fill, dashed outline, "–"), so "Not mentioned" never looks like "No".
 * The colour values live here; the CSS custom properties are generated from them
 * (`answerToneRules`, given to Tailwind by src/styles/answerTones.ts), so there is one definition of each.
 */
import type { Stance } from '../policy/frontmatter.ts';
import type { PracticeFinding } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { at } from '../base/at.ts';

/** A cell's answer: a curated stance, or `not-reviewed` for a policy without a review. */
export type CellStance = PracticeFinding['stance'];

/** What an answer means for the reader's privacy. */
export type Tone = 'good' | 'mixed' | 'bad' | 'neutral' | 'silent' | 'unreviewed';

/** One theme's colours of a tone: fill, text and outline. */
export interface ToneColours {
  bg: string;
  fg: string;
  border: string;
}

export interface ToneDefinition {
  /** Short label for legends and counts: `Good for you`. */
  label: string;
  /** What the tone means, as spoken after the answer's word: `good for your privacy`. */
  meaning: string;
  /** Shown before the answer's word; decorative (the word and name carry the meaning). */
  symbol: string;
  /** The outline's style: solid for a stated answer, dashed for silence, dotted for unreviewed. */
  outline: 'solid' | 'dashed' | 'dotted';
  colours: { light: ToneColours; dark: ToneColours };
}

/** Every tone, in legend order (good first, unreviewed last). */
export const TONE_ORDER: readonly Tone[] = ['good', 'mixed', 'bad', 'neutral', 'silent', 'unreviewed'];

/**
 * The tones. Every `fg` has a contrast of at least 4.5:1 on its `bg` and on the page, and every
 * `border` at least 3:1 on the page, in both themes (tests/unit/answer-vocabulary.test.ts checks).
 * Silent and unreviewed have no fill of their own: their `bg` is the surface colour.
 */
export const TONES: Readonly<Record<Tone, ToneDefinition>> = {
  good: {
    label: 'Good for you',
    meaning: 'good for your privacy',
    symbol: '✓',
    outline: 'solid',
    colours: {
      light: { bg: '#d8f0df', fg: '#14532d', border: '#2f7d4a' },
      dark: { bg: '#163a24', fg: '#b9f0c9', border: '#5fb67f' },
    },
  },
  mixed: {
    label: 'Mixed',
    meaning: 'mixed for your privacy',
    symbol: '◐',
    outline: 'solid',
    colours: {
      light: { bg: '#fbefc4', fg: '#5c3d00', border: '#9a6b00' },
      dark: { bg: '#3b3212', fg: '#fbe3a0', border: '#c29a2e' },
    },
  },
  bad: {
    label: 'Bad for you',
    meaning: 'bad for your privacy',
    symbol: '✗',
    outline: 'solid',
    colours: {
      light: { bg: '#fbe0dc', fg: '#7f1d1d', border: '#b3473c' },
      dark: { bg: '#4a1f1b', fg: '#ffd2cc', border: '#e07a6d' },
    },
  },
  neutral: {
    label: 'Neither good nor bad',
    meaning: 'neither good nor bad for your privacy',
    symbol: '•',
    outline: 'solid',
    colours: {
      light: { bg: '#e8eaee', fg: '#2b3138', border: '#7b838d' },
      dark: { bg: '#2a3038', fg: '#dde2e8', border: '#7d8692' },
    },
  },
  silent: {
    label: 'Not mentioned',
    meaning: 'the policy does not say',
    symbol: '–',
    outline: 'dashed',
    colours: {
      light: { bg: '#ffffff', fg: '#4b525b', border: '#6b7480' },
      dark: { bg: '#1b1f25', fg: '#b4bcc6', border: '#8a939e' },
    },
  },
  unreviewed: {
    label: 'Not reviewed',
    meaning: 'nobody has reviewed this policy yet',
    symbol: '?',
    outline: 'dotted',
    colours: {
      light: { bg: '#ffffff', fg: '#4b525b', border: '#6b7480' },
      dark: { bg: '#1b1f25', fg: '#b4bcc6', border: '#8a939e' },
    },
  },
};

/** Every answer a cell can hold, in the order answers are listed. */
export const STANCE_ORDER: readonly CellStance[] = ['yes', 'partial', 'no', 'not-mentioned', 'not-reviewed'];

/** The literal answers: the word, and a shorter one for tight spaces. */
const WORDS: Readonly<Record<CellStance, { word: string; short: string }>> = {
  yes: { word: 'Yes', short: 'Yes' },
  partial: { word: 'Partial', short: 'Part' },
  no: { word: 'No', short: 'No' },
  'not-mentioned': { word: 'Not mentioned', short: 'Silent' },
  'not-reviewed': { word: 'Not reviewed', short: 'Unreviewed' },
};

/** How one answer is shown. */
export interface AnswerLook {
  stance: CellStance;
  tone: Tone;
  /** The literal answer: `Yes`. */
  word: string;
  /** A shorter word for tight spaces: `Part`. */
  short: string;
  /** The tone's symbol: `✓`. */
  symbol: string;
  /** Accessible name, starting with the visible word: `No, good for your privacy`. */
  name: string;
  /** Sort key: by tone, good first. */
  order: number;
  /** For a suggestion (never a reviewed answer): the suggested stance. */
  suggested?: Stance;
}

/** The answer's word, as a reader reads it. */
export function answerWord(stance: CellStance): string {
  return WORDS[stance].word;
}

/**
 * What an answer means for the reader: the friendly answer is good, its opposite bad, a
 * partial one mixed; an answer to a practice with no friendly answer neutral; silence silent.
 */
export function toneOf(stance: CellStance, friendly: Practice['friendly']): Tone {
  if (stance === 'not-reviewed') return 'unreviewed';
  if (stance === 'not-mentioned') return 'silent';
  if (friendly === 'none') return 'neutral';
  if (stance === 'partial') return 'mixed';
  return stance === friendly ? 'good' : 'bad';
}

function lookOf(stance: CellStance, tone: Tone): AnswerLook {
  const { word, short } = WORDS[stance];
  const { symbol, meaning } = TONES[tone];
  const name = tone === 'unreviewed' ? word : `${word}, ${meaning}`;
  return { stance, tone, word, short, symbol, name, order: TONE_ORDER.indexOf(tone) };
}

/** How an answer to a practice is shown, given the practice's friendly answer. */
export function answerLook(stance: CellStance, friendly: Practice['friendly']): AnswerLook {
  return lookOf(stance, toneOf(stance, friendly));
}

/** How a matrix cell's answer is shown (`{ stance, tone }` as the matrix holds them). */
export function cellLook(cell: { stance: CellStance; tone: Tone }): AnswerLook {
  return lookOf(cell.stance, cell.tone);
}

/** The symbol every suggestion carries instead of its tone's: never one of the tones' symbols. */
export const SUGGESTED_SYMBOL = '≈';

/**
 * How an answer suggested from an unreviewed policy's text is shown: `Suggested: Yes`, with
 * the suggestion's own symbol and the unreviewed tone (no fill, no colour of a finding), so
 * that it can never be taken for a reviewed answer. Its name says what it is, after the
 * visible word: `Suggested: Yes — suggested from the policy's text, not reviewed; “Yes” would
 * be good for your privacy`. The stance stays `not-reviewed`: nobody has reviewed it.
 */
export function suggestedLook(stance: Stance, friendly: Practice['friendly']): AnswerLook {
  const { word, short } = WORDS[stance];
  const tone = toneOf(stance, friendly);
  const meaning = tone === 'silent' || tone === 'neutral' ? '' : `; “${word}” would be ${TONES[tone].meaning}`;
  return {
    stance: 'not-reviewed',
    tone: 'unreviewed',
    word: `Suggested: ${word}`,
    short: `${short}?`,
    symbol: SUGGESTED_SYMBOL,
    name: `Suggested: ${word} — suggested from the policy’s text, not reviewed${meaning}`,
    order: TONE_ORDER.indexOf('unreviewed'),
    suggested: stance,
  };
}

/** What a stance means, for the legend's longer explanation. */
export const STANCE_MEANING: Readonly<Record<CellStance, string>> = {
  yes: 'The policy says so.',
  partial: 'Only in part, vaguely, or with conditions (the practice’s page says how).',
  no: 'The policy says they do not.',
  'not-mentioned': 'The policy says nothing about it: not the same as “No”.',
  'not-reviewed': 'Nobody has reviewed this policy yet; links lead to clauses found automatically.',
};

/** The answer better for the reader, in words: `No is better for you`, or that neither is. */
export function friendlyAnswerText(friendly: Practice['friendly']): string {
  return friendly === 'none' ? 'Neither answer is better for you' : `“${answerWord(friendly)}” is better for you`;
}

/** The custom property holding one colour of a tone: `--tone-good-bg`. */
function toneProperty(tone: Tone, part: keyof ToneColours): string {
  return `--tone-${tone}-${part}`;
}

/** CSS rules as selector → declarations, in the shape Tailwind's `addBase` takes. */
export type CssRules = Record<string, Record<string, string>>;

/**
 * The stylesheet derived from `TONES`: per tone, `--tone-<tone>-{bg,fg,border}` as
 * `light-dark()` pairs on :root, and for any element with `data-tone="<tone>"` the generic
 * `--answer-bg`, `--answer-fg`, `--answer-border` and `--answer-outline` its styles read.
 */
export function answerToneRules(): CssRules {
  const parts = ['bg', 'fg', 'border'] as const;
  const rules: CssRules = { ':root': {} };
  for (const tone of TONE_ORDER) {
    const { colours, outline } = TONES[tone];
    const scoped: Record<string, string> = {};
    for (const part of parts) {
      at(rules, ':root')[toneProperty(tone, part)] = `light-dark(${colours.light[part]}, ${colours.dark[part]})`;
      scoped[`--answer-${part}`] = `var(${toneProperty(tone, part)})`;
    }
    scoped['--answer-outline'] = outline;
    rules[`[data-tone='${tone}']`] = scoped;
  }
  return rules;
}
