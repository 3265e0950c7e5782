/**
 * The `/compare/` page's shareable state, read from and written to its query string:
 * `?c=corero,mimecast` chooses companies, `&differ=1` keeps only rows where they differ,
 * `&view=quotes` shows every answer's summary and quotes in the cells.
 * Pure and tiny: the page's custom element bundles it.
 */

/** How the matrix shows an answer: the answer alone, or with its summary and quotes. */
export type CompareView = 'answers' | 'quotes';

export interface CompareSelection {
  /** Chosen company slugs, in the matrix's order; every company when none is chosen. */
  companies: string[];
  /** Show only the practices on which the chosen companies do not all give one answer. */
  differOnly: boolean;
  /** `quotes` shows summaries and quotes inline; `answers` (the default) the answers alone. */
  view: CompareView;
}

/** The view a query string asks for: `quotes` for `view=quotes`, else `answers`. */
export function parseView(search: string): CompareView {
  return new URLSearchParams(search).get('view')?.trim().toLowerCase() === 'quotes' ? 'quotes' : 'answers';
}

/**
 * Reads the selection from a query string. Accepts `c=a,b` and the repeated `c=a&c=b` a plain
 * form submits; unknown slugs are ignored; none known means every company.
 */
export function parseSelection(search: string, known: readonly string[]): CompareSelection {
  const params = new URLSearchParams(search);
  const asked = new Set(
    params
      .getAll('c')
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase()),
  );
  const companies = known.filter((slug) => asked.has(slug));
  const differ = params.get('differ');
  return {
    companies: companies.length ? companies : [...known],
    differOnly: differ !== null && differ !== '0' && differ !== 'false',
    view: parseView(search),
  };
}

/**
 * Writes the selection as a query string (`?c=corero,mimecast&differ=1&view=quotes`), leaving
 * out what is the default (every company, every row, answers alone); `''` when all is default.
 */
export function selectionSearch(selection: CompareSelection, known: readonly string[]): string {
  const params: string[] = [];
  const chosen = known.filter((slug) => selection.companies.includes(slug));
  if (chosen.length && chosen.length < known.length) params.push(`c=${chosen.map(encodeURIComponent).join(',')}`);
  if (selection.differOnly) params.push('differ=1');
  if (selection.view === 'quotes') params.push('view=quotes');
  return params.length ? `?${params.join('&')}` : '';
}

/** Whether a row's answers differ: at least two distinct stances among them. */
export function answersDiffer(stances: readonly string[]): boolean {
  return new Set(stances).size > 1;
}
