/**
 * The open-data files `/data/matrix.json` and `/data/policies.json`, made from the matrix and
 * the policies in the shapes of their contract (`openData.ts`). Pure: no Astro.
 */
import type { PolicyData } from '../policy/policySchema.ts';
import type { Matrix } from './buildMatrix.ts';
import type { OpenMatrix, OpenPolicies } from './openData.ts';

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
