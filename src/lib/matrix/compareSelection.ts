/**
 * The `/compare/` page's shareable state, read from and written to its query string:
 * `?c=corero,mimecast@2016-12-03` chooses the columns (column keys, columnKey.ts, in the
 * reader's order), `&differ=1` keeps only rows where they differ, `&view=quotes` shows every
 * answer's summary and quotes in the cells. Pure and tiny: the page's custom element bundles it.
 */
import { columnKey, parseColumnKey } from './columnKey.ts';

/** How the matrix shows an answer: the answer alone, or with its summary and quotes. */
export type CompareView = 'answers' | 'quotes';

/** The most columns one comparison shows (a longer `?c=` keeps its first ones). */
export const MAX_COLUMNS = 12;

export interface CompareSelection {
  /** The chosen columns' keys, in the reader's order; the page's default set when none is chosen. */
  columns: string[];
  /** Show only the practices on which the chosen columns do not all give one answer. */
  differOnly: boolean;
  /** `quotes` shows summaries and quotes inline; `answers` (the default) the answers alone. */
  view: CompareView;
}

/**
 * The view a query string asks for: `quotes` for `view=quotes`, else `answers`.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function parseView(search: string): CompareView {
  return new URLSearchParams(search).get('view')?.trim().toLowerCase() === 'quotes' ? 'quotes' : 'answers';
}

/**
 * The column keys a query string names, well-formed, once each, in its order, at most
 * {@link MAX_COLUMNS}. Accepts `c=a,b` and the repeated `c=a&c=b` a plain form submits.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function parseColumns(search: string): string[] {
  const keys = new URLSearchParams(search)
    .getAll('c')
    .flatMap((v) => v.split(','))
    .map((v) => parseColumnKey(v))
    .filter((ref) => ref !== null)
    .map(columnKey);
  return [...new Set(keys)].slice(0, MAX_COLUMNS);
}

/** Reads the selection from a query string; no well-formed key means the `defaults`. */
export function parseSelection(search: string, defaults: readonly string[]): CompareSelection {
  const columns = parseColumns(search);
  const differ = new URLSearchParams(search).get('differ');
  return {
    columns: columns.length ? columns : [...defaults],
    differOnly: differ !== null && differ !== '0' && differ !== 'false',
    view: parseView(search),
  };
}

/**
 * Writes the selection as a query string (`?c=corero,mimecast&differ=1&view=quotes`), leaving
 * out what is the default (the default columns in their order, every row, answers alone);
 * `''` when all is default.
 */
export function selectionSearch(selection: CompareSelection, defaults: readonly string[]): string {
  const params: string[] = [];
  const same = selection.columns.length === defaults.length && selection.columns.every((k, i) => k === defaults[i]);
  if (selection.columns.length && !same) params.push(`c=${selection.columns.map(encodeURIComponent).join(',')}`);
  if (selection.differOnly) params.push('differ=1');
  if (selection.view === 'quotes') params.push('view=quotes');
  return params.length ? `?${params.join('&').replaceAll('%40', '@')}` : '';
}

/** Whether a row's answers differ: at least two distinct stances among them. */
export function answersDiffer(stances: readonly string[]): boolean {
  return new Set(stances).size > 1;
}

const LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const companiesWord = (n: number) => `${n} ${n === 1 ? 'company' : 'companies'}`;
/** How many companies the chosen columns show (two versions of one company count once). */
const companiesIn = (keys: readonly string[]) => new Set(keys.map((k) => parseColumnKey(k)?.company ?? k)).size;

/**
 * The chosen columns counted for the picker's button: `5 companies`, or `2 columns` when some
 * are versions of one company.
 */
export function columnsCount(keys: readonly string[]): string {
  const companies = companiesIn(keys);
  return companies === keys.length ? companiesWord(companies) : `${keys.length} columns`;
}

/**
 * The chosen columns as the status line says them: `5 companies`; when some are versions of one
 * company, the columns by name up to three (`2 columns: Mimecast 2010-08-13 and Mimecast`), else
 * counted with their companies (`4 columns from 2 companies`).
 */
export function columnsInWords(keys: readonly string[], nameOf: (key: string) => string): string {
  const companies = companiesIn(keys);
  if (companies === keys.length) return companiesWord(companies);
  if (keys.length <= 3) return `${keys.length} columns: ${LIST.format(keys.map(nameOf))}`;
  return `${keys.length} columns from ${companiesWord(companies)}`;
}
