/**
 * The open-data files `/data/matrix.json`, `/data/policies.json` and `/data/companies/<slug>.json`,
 * made from the matrix and the policies in the shapes of their contract (`openData.ts`). Pure: no Astro.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { buildMatrix, type Matrix, type MatrixPolicy } from './buildMatrix.ts';
import type { OpenCompany, OpenMatrix, OpenPolicies } from './openData.ts';

/** The matrix in the open-data shape: `friendly: "none"` becomes null; display-only fields dropped. */
export function toOpenMatrix(matrix: Matrix): OpenMatrix {
  return {
    practices: matrix.practices.map(({ id, group, label, question, friendly }) => ({
      id,
      group,
      label,
      question,
      friendly: friendly === 'none' ? null : friendly,
    })),
    // The matrix's companies are the published ones (their type is the contract's).
    companies: matrix.companies,
    cells: matrix.cells.map(toOpenCell),
  };
}

/** One cell in the open-data shape (display-only fields dropped). */
function toOpenCell({ company, practice, stance, summary, quotes, suggestion }: Matrix['cells'][number]): OpenCell {
  return {
    company,
    practice,
    stance,
    summary,
    quotes: quotes.map(({ text, url }) => ({ text, url })),
    ...(suggestion && stance === 'not-reviewed'
      ? {
          suggestion: {
            stance: suggestion.stance,
            confidence: suggestion.confidence,
            quotes: suggestion.quotes.map(({ text, url }) => ({ text, url })),
            reason: suggestion.reason,
          },
        }
      : {}),
  };
}

type OpenCell = OpenMatrix['cells'][number];

/**
 * One /compare/ column's cells (`/compare/columns/<key>.json`), in the open-data shape with
 * `company` set to the column's key, and the practices' groups: a CSV source of its own
 * (toCsv.ts), so the page's CSV of the chosen columns is these files put together.
 */
export function columnCsvSource(
  key: string,
  practices: readonly Pick<Matrix['practices'][number], 'id' | 'group'>[],
  cells: readonly Matrix['cells'][number][],
): { practices: Pick<OpenMatrix['practices'][number], 'id' | 'group'>[]; cells: OpenCell[] } {
  return {
    practices: practices.map(({ id, group }) => ({ id, group })),
    cells: cells.map((cell) => ({ ...toOpenCell(cell), company: key })),
  };
}

/** The fields of a policy that `/data/policies.json` publishes. */
export type OpenPolicySource = Pick<
  PolicyData,
  | 'slug'
  | 'name'
  | 'domain'
  | 'archivedOn'
  | 'snapshotUrl'
  | 'originalUrl'
  | 'title'
  | 'sha256'
  | 'wordCount'
  | 'reviewed'
  | 'reviewedOn'
  | 'corrections'
  | 'sections'
  | 'clauses'
>;

/** The policies in the open-data shape; `pageUrl` and `clauseUrl` make site-relative links. */
export function toOpenPolicies(
  policies: readonly OpenPolicySource[],
  pageUrl: (slug: string) => string,
  clauseUrl: (slug: string, clauseId: string) => string,
): OpenPolicies {
  return {
    policies: policies.map((p) => ({
      slug: p.slug,
      name: p.name,
      domain: p.domain,
      archivedOn: p.archivedOn,
      snapshotUrl: p.snapshotUrl,
      originalUrl: p.originalUrl,
      title: p.title,
      sha256: p.sha256,
      wordCount: p.wordCount,
      reviewed: p.reviewed,
      reviewedOn: p.reviewedOn,
      url: pageUrl(p.slug),
      corrections: p.corrections.map(({ original, corrected, note, count, source }) => ({
        original,
        corrected,
        note,
        count,
        source,
      })),
      sections: p.sections.map(({ id, text, level, pseudo }) => ({ id, text, level, pseudo })),
      clauses: p.clauses.map(({ id, sectionId, text, detected, citedBy }) => ({
        id,
        sectionId,
        text,
        detected,
        citedBy,
        url: clauseUrl(p.slug, id),
      })),
    })),
  };
}

/** One version of a company, as its open-data file needs it. */
export interface OpenVersionSource {
  /** Whether the company page shows this version. */
  main: boolean;
  data: MatrixPolicy & Pick<PolicyData, 'originalUrl' | 'title' | 'sha256' | 'wordCount' | 'reviewedOn'>;
}

/** Where a version's page and clauses are: site-relative links (they know the site's base path). */
export interface VersionUrls {
  page: (slug: string, archivedOn: string, main: boolean) => string;
  clause: (slug: string, archivedOn: string, main: boolean, clauseId: string) => string;
}

/** A version's answers in the taxonomy's order, each quote linking to a clause of that version. */
function versionAnswers(
  version: OpenVersionSource,
  taxonomy: readonly Practice[],
  urls: VersionUrls,
): OpenCompany['answers'] {
  const { data, main } = version;
  const matrix = buildMatrix([data], taxonomy, (slug, clauseId) => urls.clause(slug, data.archivedOn, main, clauseId));
  return matrix.cells.map((cell) => {
    const { company: _company, ...answer } = toOpenCell(cell);
    return answer;
  });
}

/**
 * One company's open-data file (`/data/companies/<slug>.json`): the company, its main version's
 * answers, and every version oldest first with its provenance, hash, page and answers. The main
 * version is the one marked `main`, else the newest.
 */
export function toOpenCompany(
  company: { slug: string; name: string; domain: string; url: string },
  versions: readonly OpenVersionSource[],
  taxonomy: readonly Practice[],
  urls: VersionUrls,
): OpenCompany {
  const sorted = [...versions].sort((a, b) => a.data.archivedOn.localeCompare(b.data.archivedOn));
  const main = sorted.find((v) => v.main) ?? sorted.at(-1);
  const published = sorted.map((version) => {
    const { data } = version;
    return {
      archivedOn: data.archivedOn,
      snapshotUrl: data.snapshotUrl,
      originalUrl: data.originalUrl,
      title: data.title,
      sha256: data.sha256,
      wordCount: data.wordCount,
      reviewed: data.reviewed,
      reviewedOn: data.reviewedOn,
      main: version === main,
      url: urls.page(company.slug, data.archivedOn, version === main),
      answers: versionAnswers(version, taxonomy, urls),
    };
  });
  return {
    company: { slug: company.slug, name: company.name, domain: company.domain, url: company.url },
    answers: published.find((v) => v.main)?.answers ?? [],
    versions: published,
  };
}
