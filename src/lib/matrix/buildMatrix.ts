import { toneOf, type CellStance, type Tone } from '../answers/vocabulary.ts';
import type { PolicyData } from '../policy/policySchema.ts';
import type { Practice } from '../taxonomy/schema.ts';
import type { OpenMatrix } from './openData.ts';

/** The subset of a policy's data the matrix needs. */
export type MatrixPolicy = Pick<
  PolicyData,
  'slug' | 'name' | 'domain' | 'archivedOn' | 'snapshotUrl' | 'reviewed' | 'practices'
>;

/**
 * One company's answer to one practice: the published cell (curated quotes and, for an
 * unreviewed policy, the suggestion, each quote with the site-relative link to its clause)
 * and its tone (what the answer means for the reader). An unreviewed policy's evidence is its
 * suggestion's quotes: the clauses automatic detection found for the practice are exactly
 * those (the parser's `detectedIn`), so no second list of them is kept.
 */
export type MatrixCell = OpenMatrix['cells'][number] & {
  tone: Tone;
};

export interface Matrix {
  practices: Pick<Practice, 'id' | 'group' | 'label' | 'question' | 'friendly'>[];
  /** The companies as published. */
  companies: OpenMatrix['companies'];
  cells: MatrixCell[];
}

/**
 * Builds the practices × companies matrix in taxonomy order and the policies' order.
 * `clauseUrl` makes the site-relative link to a clause (it knows the site's base path).
 */
export function buildMatrix(
  policies: readonly MatrixPolicy[],
  taxonomy: readonly Practice[],
  clauseUrl: (slug: string, clauseId: string) => string,
): Matrix {
  const cells: MatrixCell[] = [];
  for (const practice of taxonomy) {
    for (const policy of policies) {
      const finding = policy.practices[practice.id];
      const stance: CellStance = finding?.stance ?? 'not-reviewed';
      cells.push({
        company: policy.slug,
        practice: practice.id,
        stance,
        summary: finding?.summary ?? '',
        quotes: (finding?.quotes ?? []).map((q) => ({ text: q.text, url: clauseUrl(policy.slug, q.clauseId) })),
        ...(stance === 'not-reviewed' && finding?.suggestion
          ? {
              suggestion: {
                stance: finding.suggestion.stance,
                confidence: finding.suggestion.confidence,
                quotes: finding.suggestion.quotes.map((q) => ({
                  text: q.text,
                  url: clauseUrl(policy.slug, q.clauseId),
                })),
                reason: finding.suggestion.reason,
              },
            }
          : {}),
        tone: toneOf(stance, practice.friendly),
      });
    }
  }
  return {
    practices: taxonomy.map(({ id, group, label, question, friendly }) => ({ id, group, label, question, friendly })),
    companies: policies.map(({ slug, name, domain, archivedOn, snapshotUrl, reviewed }) => ({
      slug,
      name,
      domain,
      archivedOn,
      snapshotUrl,
      reviewed,
    })),
    cells,
  };
}

/** The cell of one company and practice: a lookup in the matrix's index, not a scan. */
export function cellOf(matrix: Matrix, company: string, practice: string): MatrixCell | undefined {
  return cellIndex(matrix).get(company)?.get(practice);
}

/**
 * A matrix's cells by company, then practice, worked out on first use and kept with the matrix
 * object: a build asks for every cell once per page that shows it, so a scan per lookup made
 * /compare/ quadratic in the number of policies. A matrix is not changed once built.
 */
const indexes = new WeakMap<Matrix, Map<string, Map<string, MatrixCell>>>();

function cellIndex(matrix: Matrix): Map<string, Map<string, MatrixCell>> {
  const known = indexes.get(matrix);
  if (known) return known;
  const cells = new Map<string, Map<string, MatrixCell>>(
    matrix.companies.map((c) => [c.slug, new Map<string, MatrixCell>()]),
  );
  for (const cell of matrix.cells) {
    let row = cells.get(cell.company);
    if (!row) cells.set(cell.company, (row = new Map<string, MatrixCell>()));
    if (!row.has(cell.practice)) row.set(cell.practice, cell);
  }
  indexes.set(matrix, cells);
  return cells;
}

/** The cells of one practice, in company order. */
export function rowOf(matrix: Matrix, practice: string): MatrixCell[] {
  return matrix.companies.map((c) => cellOf(matrix, c.slug, practice)).filter((c): c is MatrixCell => c !== undefined);
}
