/**
 * How the site writes dates, lists, year spans and small numbers for readers. Pure: no Astro,
 * no DOM. Answers (words, symbols, tones) are src/lib/answers/vocabulary.ts.
 */

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
  return (Number.isInteger(n) ? WORDS[n] : undefined) ?? String(n);
}
