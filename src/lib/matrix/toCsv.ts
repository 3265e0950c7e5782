/**
 * The matrix as CSV (RFC 4180): one row per cell, the same cells as `/data/matrix.json`.
 * Pure: no Astro.
 */
import type { Matrix } from './buildMatrix.ts';
import type { OpenMatrix } from './openData.ts';

/**
 * The header row; `quotes` and `quote_urls` hold one entry per line, in the same order. The last
 * two are an unreviewed cell's suggestion (empty for reviewed cells): its stance and how sure it
 * is (`strong cue`, `weak cue`, `no cue`: the open data's `suggestion.confidence`).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const CSV_COLUMNS = [
  'company',
  'practice',
  'group',
  'stance',
  'summary',
  'quotes',
  'quote_urls',
  'suggested_stance',
  'suggested_confidence',
] as const;

/** Separates several quotes (and their links) inside one field: a line break, which RFC 4180 allows in a quoted field. */
const CSV_LIST_SEPARATOR = '\n';

/** A field a spreadsheet would read as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises CSV formula injection as OWASP recommends: a field a spreadsheet would run as a
 * formula (`=HYPERLINK(…)`, `+44 20…`, `-1`, `@SUM(…)`) gets a leading apostrophe, which
 * spreadsheets read as "this is text" and hide; every other field is unchanged.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One field, formula-neutralised, then quoted when it holds a comma, a double quote, a line
 * break or leading or trailing space (double quotes inside doubled). Every CSV the site
 * offers is written with it.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows to CSV text: fields joined by commas, records ended by CRLF (including the last); see {@link csvField}.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * What a CSV row is made of: fields of the open data's practices and cells, which the matrix's
 * have too; an unreviewed cell's suggested stance and confidence go in `suggested_stance` and
 * `suggested_confidence`.
 */
export interface CsvSource {
  practices: readonly Pick<OpenMatrix['practices'][number], 'id' | 'group'>[];
  cells: readonly Pick<
    OpenMatrix['cells'][number],
    'company' | 'practice' | 'stance' | 'summary' | 'quotes' | 'suggestion'
  >[];
}

/** Which cells to write: the chosen companies and practices (every one when left out). */
export interface CsvSelection {
  companies?: readonly string[];
  practices?: readonly string[];
}

/**
 * Cells as CSV, with a header row, in the matrix's order: `/data/matrix.csv` writes every cell,
 * and /compare/'s "Download these columns" the chosen companies and rows, in the same columns
 * and with the same escaping.
 */
export function cellsToCsv(source: CsvSource, selection: CsvSelection = {}): string {
  const groupOf = new Map(source.practices.map((p) => [p.id, p.group]));
  const companies = selection.companies && new Set(selection.companies);
  const practices = selection.practices && new Set(selection.practices);
  const rows = source.cells
    .filter((cell) => (!companies || companies.has(cell.company)) && (!practices || practices.has(cell.practice)))
    .map((cell) => [
      cell.company,
      cell.practice,
      groupOf.get(cell.practice) ?? '',
      cell.stance,
      cell.summary,
      cell.quotes.map((q) => q.text).join(CSV_LIST_SEPARATOR),
      cell.quotes.map((q) => q.url).join(CSV_LIST_SEPARATOR),
      cell.suggestion?.stance ?? '',
      cell.suggestion?.confidence ?? '',
    ]);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** The matrix's cells as CSV, with a header row. */
export function matrixToCsv(matrix: Matrix): string {
  return cellsToCsv(matrix);
}
