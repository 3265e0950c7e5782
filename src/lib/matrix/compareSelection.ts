/**
 * The `/compare/` page's shareable state, read from and written to its query string:
 * `?c=corero,mimecast` chooses companies, `&differ=1` keeps only rows where they differ.
 * Pure and tiny: the page's custom element bundles it.
 */

export interface CompareSelection {
  /** Chosen company slugs, in the matrix's order; every company when none is chosen. */
  companies: string[];
  /** Show only the practices on which the chosen companies do not all give one answer. */
  differOnly: boolean;
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
  };
}

/**
 * Writes the selection as a query string (`?c=corero,mimecast&differ=1`), leaving out what is
 * the default (every company, every row); `''` when everything is default.
 */
export function selectionSearch(selection: CompareSelection, known: readonly string[]): string {
  const params: string[] = [];
  const chosen = known.filter((slug) => selection.companies.includes(slug));
  if (chosen.length && chosen.length < known.length) params.push(`c=${chosen.map(encodeURIComponent).join(',')}`);
  if (selection.differOnly) params.push('differ=1');
  return params.length ? `?${params.join('&')}` : '';
}

/** Whether a row's answers differ: at least two distinct stances among them. */
export function answersDiffer(stances: readonly string[]): boolean {
  return new Set(stances).size > 1;
}
