/**
 * The search page's state, as it lives in the URL (`?q=…&company=…&practice=…&versions=all`), and the
 * sentences that describe a search's outcome. Pure: no DOM.
 */
import { MAX_QUERY_LENGTH } from './normalize.ts';
import type { SearchResponse } from './createSearcher.ts';

export interface SearchState {
  q: string;
  /** Company slug; empty for all. */
  company: string;
  /** Practice id; empty for all. */
  practice: string;
  /** Search every archived version of each company, not only its main one (`versions=all`). */
  allVersions: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the state from a query string; junk in `company` or `practice` reads as "all". */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: string): string => {
    const value = (params.get(name) ?? '').trim();
    return SLUG.test(value) && value.length <= 100 ? value : '';
  };
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    company: pick('company'),
    practice: pick('practice'),
    allVersions: params.get('versions') === 'all',
  };
}

/** The query string for a state (`?q=cookies&company=mimecast`), or '' when there is nothing to say. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.company) params.set('company', state.company);
  if (state.practice) params.set('practice', state.practice);
  if (state.allVersions) params.set('versions', 'all');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return a.q === b.q && a.company === b.company && a.practice === b.practice && a.allVersions === b.allVersions;
}

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One sentence for the results count, announced politely to screen readers: "12 clauses from 5 companies match “cokies”." */
export function describeResults(response: SearchResponse, state: Pick<SearchState, 'company'>, shown: number): string {
  const companies = state.company ? 1 : Object.keys(response.byCompany).length;
  const query = response.query.trim();
  if (response.total === 0) return query ? `No clauses match “${query}”.` : 'No clauses found.';
  const verb = response.total === 1 ? 'matches' : 'match';
  const what = query ? ` ${verb} “${query}”` : ' found';
  const more = shown < response.total ? ` Showing the first ${shown.toLocaleString('en')}.` : '';
  return `${plural(response.total, 'clause', 'clauses')} from ${plural(companies, 'company', 'companies')}${what}.${more}`;
}

/** Words worth trying when nothing was found. */
export const SUGGESTED_QUERIES = ['cookies', 'sell', 'unsubscribe', 'opt out', 'children'] as const;
