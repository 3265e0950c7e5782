/**
 * The search index: every clause of every policy, in a compact positional shape. The build
 * splits it into shards (shardIndex.ts) that the browser fetches as a query needs them; tests
 * and benchmarks search it whole (createSearcher.ts). It holds the archived text once, as the
 * reader sees it (no HTML, nothing normalised: the searcher normalises), and small integers
 * instead of repeated names.
 *
 * Versions: policies sharing a slug are versions of one company. The company's clauses are its
 * main version's, in document order, then those only other versions hold; a clause whose text
 * is in several versions is indexed once, naming them all (by their archive dates).
 * Pure: no Astro.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';

/** Bumped when the shape changes, so a stale cached index is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 2;

/** `[slug, company name, archive dates of its versions, the main one first]` */
export type IndexedCompany = [slug: string, name: string, versions?: string[]];
/** `[practice id, label]` */
export type IndexedPractice = [id: string, label: string];
/** `[company index, heading id, heading text]` */
export type IndexedSection = [company: number, id: string, text: string];
/**
 * `[company index, section index or -1, clause id, text, detected practice indexes, curated practice indexes, versions]`.
 * Curated: the practices whose reviewed quotes cite the clause. Versions: indexes into the
 * company's versions (0, the main one, when left out).
 */
export type IndexedClause = [
  company: number,
  section: number,
  id: string,
  text: string,
  detected: number[],
  curated: number[],
  versions?: number[],
];

export interface SearchIndex {
  v: typeof SEARCH_INDEX_VERSION;
  companies: IndexedCompany[];
  practices: IndexedPractice[];
  sections: IndexedSection[];
  clauses: IndexedClause[];
}

/**
 * A policy to index. Policies sharing a slug are versions of one company: `main` marks the one
 * search shows by default (else the first given), `archivedOn` names each.
 */
export type IndexablePolicy = Pick<PolicyData, 'slug' | 'name' | 'sections' | 'clauses'> & {
  archivedOn?: string;
  main?: boolean;
};
type IndexablePractice = Pick<Practice, 'id' | 'label'>;

/**
 * Every version of every company, as buildSearchIndex takes them: companies by the main
 * version's name, each company's main version first (`main: true`), then the others oldest first.
 */
export function indexableVersions<P extends Omit<IndexablePolicy, 'main'> & { archivedOn: string }>(
  companies: Iterable<{ main: P; versions: readonly P[] }>,
): IndexablePolicy[] {
  return [...companies]
    .sort((a, b) => a.main.name.localeCompare(b.main.name))
    .flatMap(({ main, versions }) => [
      { ...main, main: true },
      ...versions.filter((v) => v !== main).sort((a, b) => a.archivedOn.localeCompare(b.archivedOn)),
    ]);
}

/** Builds the index from the policies (companies in the order of their first version given) and the taxonomy. */
export function buildSearchIndex(
  policies: readonly IndexablePolicy[],
  taxonomy: readonly IndexablePractice[],
): SearchIndex {
  const practiceIndex = new Map(taxonomy.map((p, i) => [p.id, i]));
  const toIndexes = (ids: readonly string[]): number[] =>
    [...new Set(ids.map((id) => practiceIndex.get(id)).filter((i): i is number => i !== undefined))].sort(
      (a, b) => a - b,
    );
  const bySlug = new Map<string, IndexablePolicy[]>();
  for (const policy of policies) {
    const versions = bySlug.get(policy.slug);
    if (versions) versions.push(policy);
    else bySlug.set(policy.slug, [policy]);
  }
  const index: SearchIndex = {
    v: SEARCH_INDEX_VERSION,
    companies: [],
    practices: taxonomy.map((p) => [p.id, p.label]),
    sections: [],
    clauses: [],
  };
  for (const versions of bySlug.values()) {
    const main = versions.find((v) => v.main) ?? versions[0]!;
    const ordered = [main, ...versions.filter((v) => v !== main)];
    const company = index.companies.length;
    const dates = ordered.map((v) => v.archivedOn ?? '');
    index.companies.push(dates.some(Boolean) ? [main.slug, main.name, dates] : [main.slug, main.name]);
    /** Each distinct clause (by id and text) once, with the versions that hold it. */
    const seen = new Map<string, number[]>();
    ordered.forEach((policy, version) => {
      const sectionIndex = new Map<string, number>();
      for (const section of policy.sections) {
        sectionIndex.set(section.id, index.sections.length);
        index.sections.push([company, section.id, section.text]);
      }
      const sectionOf = (id: string | null): number => (id === null ? -1 : (sectionIndex.get(id) ?? -1));
      for (const clause of policy.clauses) {
        const key = `${clause.id}\n${clause.text}`;
        const holders = seen.get(key);
        if (holders) {
          holders.push(version);
          continue;
        }
        const held = [version];
        seen.set(key, held);
        index.clauses.push([
          company,
          sectionOf(clause.sectionId),
          clause.id,
          clause.text,
          toIndexes(clause.detected),
          toIndexes(clause.citedBy),
          held,
        ]);
      }
    });
  }
  return index;
}
