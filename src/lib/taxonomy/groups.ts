import { GROUPS, type Group } from './schema.ts';

/**
 * Practices grouped by their OPP-115 group, in `GROUPS` order, each group's practices in the
 * order given, groups without practices left out: the one grouping of the matrix, a company's
 * answers, the practices index, About's taxonomy and the search filter.
 */
export function groupPractices<P extends { group: Group }>(
  practices: readonly P[],
): { group: Group; practices: P[] }[] {
  return GROUPS.map((group) => ({ group, practices: practices.filter((p) => p.group === group) })).filter(
    (g) => g.practices.length > 0,
  );
}
