/**
 * The search index: every clause of every policy, in a compact JSON shape the build writes to
 * `/search-index.json` and the browser fetches when the reader starts to search.
 * It holds the archived text once, as the reader sees it (no HTML, nothing normalised: the
 * searcher normalises on load), and small integers instead of repeated names.
 * Pure: no Astro.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';

/** Bumped when the shape changes, so a stale cached index is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 1;

/** `[slug, company name]` */
export type IndexedCompany = [slug: string, name: string];
/** `[practice id, label]` */
export type IndexedPractice = [id: string, label: string];
/** `[company index, heading id, heading text]` */
export type IndexedSection = [company: number, id: string, text: string];
/**
 * `[company index, section index or -1, clause id, text, detected practice indexes, curated practice indexes]`.
 * Curated: the practices whose reviewed quotes cite the clause.
 */
export type IndexedClause = [
  company: number,
  section: number,
  id: string,
  text: string,
  detected: number[],
  curated: number[],
];

export interface SearchIndex {
  v: typeof SEARCH_INDEX_VERSION;
  companies: IndexedCompany[];
  practices: IndexedPractice[];
  sections: IndexedSection[];
  clauses: IndexedClause[];
}

type IndexablePolicy = Pick<PolicyData, 'slug' | 'name' | 'sections' | 'clauses'>;
type IndexablePractice = Pick<Practice, 'id' | 'label'>;

/** Builds the index from the policies (in the order given) and the taxonomy. */
export function buildSearchIndex(
  policies: readonly IndexablePolicy[],
  taxonomy: readonly IndexablePractice[],
): SearchIndex {
  const practiceIndex = new Map(taxonomy.map((p, i) => [p.id, i]));
  const toIndexes = (ids: readonly string[]): number[] =>
    [...new Set(ids.map((id) => practiceIndex.get(id)).filter((i): i is number => i !== undefined))].sort(
      (a, b) => a - b,
    );
  const index: SearchIndex = {
    v: SEARCH_INDEX_VERSION,
    companies: policies.map((p) => [p.slug, p.name]),
    practices: taxonomy.map((p) => [p.id, p.label]),
    sections: [],
    clauses: [],
  };
  policies.forEach((policy, company) => {
    const sectionIndex = new Map<string, number>();
    for (const section of policy.sections) {
      sectionIndex.set(section.id, index.sections.length);
      index.sections.push([company, section.id, section.text]);
    }
    for (const clause of policy.clauses) {
      const section = clause.sectionId === null ? -1 : (sectionIndex.get(clause.sectionId) ?? -1);
      index.clauses.push([
        company,
        section,
        clause.id,
        clause.text,
        toIndexes(clause.detected),
        toIndexes(clause.citedBy),
      ]);
    }
  });
  return index;
}

/** Whether parsed JSON looks like an index this code can read (a cheap shape check, not a full validation). */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SearchIndex, unknown>>;
  return (
    v.v === SEARCH_INDEX_VERSION &&
    Array.isArray(v.companies) &&
    Array.isArray(v.practices) &&
    Array.isArray(v.sections) &&
    Array.isArray(v.clauses)
  );
}
