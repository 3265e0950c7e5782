/**
 * Words and symbols the site shows for stances and dates. Pure: no Astro, no DOM.
 * Colour is never the only signal: every stance has a word and a symbol, every favour a word.
 */
import type { CellStance, Favour } from '../matrix/buildMatrix.ts';

/*
 * The same words and symbols as the matrix pages use: the symbol and the word say what the
 * policy answers; colour (and the accessible name) say how that answer stands with you.
 */

/** The stance as a reader reads it. */
export function stanceWord(stance: CellStance): string {
  return STANCE_WORD[stance];
}

/** The symbol shown before the stance's word: `no` (✗) and `not-mentioned` (○) never look alike. */
export function stanceSymbol(stance: CellStance): string {
  return STANCE_SYMBOL[stance];
}

/** How an answer stands with the reader, in words (spoken with every badge, shown in legends). */
export function favourWord(favour: Favour): string {
  return FAVOUR_WORD[favour];
}

const STANCE_WORD: Record<CellStance, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  'not-mentioned': 'Not mentioned',
  'not-reviewed': 'Not reviewed',
};
const STANCE_SYMBOL: Record<CellStance, string> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  'not-mentioned': '○',
  'not-reviewed': '?',
};
const FAVOUR_WORD: Record<Favour, string> = {
  favourable: 'in your favour',
  mixed: 'partly in your favour',
  unfavourable: 'not in your favour',
  neutral: 'neither for nor against you',
  unknown: 'not known',
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2009-06-21` → `21 June 2009`. Returns the input unchanged when it is not an ISO date. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) ? DATE.format(date) : iso;
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** `['A', 'B', 'C']` → `A, B and C`. */
export function listOf(items: readonly string[]): string {
  return LIST.format(items);
}

/** The span of years of a set of ISO dates: `2006–2011`, or one year, or empty. */
export function yearSpan(isoDates: readonly string[]): string {
  const years = isoDates.map((d) => Number(d.slice(0, 4))).filter(Number.isFinite);
  if (years.length === 0) return '';
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return from === to ? String(from) : `${from}–${to}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts in words, as prose writes them (`5` → `five`); digits from 11 on. */
export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : String(n);
}
