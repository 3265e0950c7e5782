/**
 * How stances and favourability are shown to readers: one word, one symbol and a sentence for
 * assistive technology each, so colour is never the only signal. Pure: no Astro.
 */
import type { Practice } from '../taxonomy/schema.ts';
import type { CellStance, Favour } from './buildMatrix.ts';

/** Every answer a cell can hold, in legend order. */
export const CELL_STANCES: readonly CellStance[] = ['yes', 'partial', 'no', 'not-mentioned', 'not-reviewed'];

/** The word shown for a stance. */
export const STANCE_WORD: Record<CellStance, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  'not-mentioned': 'Not mentioned',
  'not-reviewed': 'Not reviewed',
};

/**
 * The symbol shown before the word. `no` (✗, a stated answer) and `not-mentioned`
 * (○, silence) differ in symbol, word and border style.
 */
export const STANCE_SYMBOL: Record<CellStance, string> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  'not-mentioned': '○',
  'not-reviewed': '?',
};

/** What a stance means, for the legend. */
export const STANCE_MEANING: Record<CellStance, string> = {
  yes: 'The policy says so.',
  partial: 'Only in part, vaguely, or with conditions (the practice’s page says how).',
  no: 'The policy says they do not.',
  'not-mentioned': 'The policy is silent on it: not the same as “No”.',
  'not-reviewed': 'Nobody has reviewed this policy yet; links lead to clauses automatic detection found.',
};

/** How an answer stands with the reader, in words (visible in the legend, spoken with every badge). */
export const FAVOUR_WORDS: Record<Favour, string> = {
  favourable: 'in your favour',
  mixed: 'partly in your favour',
  unfavourable: 'not in your favour',
  neutral: 'neither for nor against you',
  unknown: 'not known',
};

/** The accessible name of a stance badge: the word, then how it stands with the reader. */
export function stanceAccessibleName(stance: CellStance, favour: Favour): string {
  if (stance === 'not-reviewed') return STANCE_WORD[stance];
  return `${STANCE_WORD[stance]} (${FAVOUR_WORDS[favour]})`;
}

/** The answer that favours the reader, in words: `Better for you: No`, or that neither does. */
export function friendlyAnswerText(friendly: Practice['friendly']): string {
  return friendly === 'none'
    ? 'Neither answer is better for you'
    : `Better for you: ${friendly === 'yes' ? 'Yes' : 'No'}`;
}

/** The start of a long text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A practice's `meaning` split into its answers:
 * `"yes: named types; partial: only …"` → `[{ answer: 'Yes', text: 'named types' }, { answer: 'Partial', text: 'only …' }]`.
 * A part without `answer:` keeps an empty answer.
 */
export function meaningParts(meaning: string | undefined): { answer: string; text: string }[] {
  if (!meaning) return [];
  return meaning
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^([a-z/ -]+):\s*(.+)$/i.exec(part);
      if (!match) return { answer: '', text: part };
      const answer = match[1]!
        .split('/')
        .map((a) => a.trim().replace(/^./, (c) => c.toUpperCase()))
        .join(' or ');
      return { answer, text: match[2]! };
    });
}
