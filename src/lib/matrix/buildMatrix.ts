import type { PolicyData } from '../policy/parsePolicy.ts';
import type { Practice } from '../taxonomy/schema.ts';

/** A cell's answer: a curated stance, or `not-reviewed` for a policy without a review. */
export type CellStance = 'yes' | 'no' | 'partial' | 'not-mentioned' | 'not-reviewed';

/** Whether an answer favours the reader, given the practice's friendly answer. */
export type Favour = 'favourable' | 'unfavourable' | 'mixed' | 'neutral' | 'unknown';

/** The subset of a policy's data the matrix needs. */
export type MatrixPolicy = Pick<PolicyData, 'slug' | 'name' | 'domain' | 'archivedOn' | 'snapshotUrl' | 'reviewed' | 'practices'>;

export interface MatrixCell {
  company: string;
  practice: string;
  stance: CellStance;
  summary: string;
  /** Curated quotes, each with the site-relative link to its clause. */
  quotes: { text: string; url: string }[];
  /** Clauses automatic detection found (shown, labelled as automatic, for unreviewed policies). */
  detected: { clauseId: string; url: string }[];
  favour: Favour;
}

export interface Matrix {
  practices: Pick<Practice, 'id' | 'group' | 'label' | 'question' | 'friendly'>[];
  companies: { slug: string; name: string; domain: string; archivedOn: string; snapshotUrl: string; reviewed: boolean }[];
  cells: MatrixCell[];
}

/**
 * How a stance stands with the reader: the friendly answer is favourable, its opposite
 * unfavourable, `partial` mixed; silence, and practices with no friendly answer, neutral.
 */
export function favourOf(stance: CellStance, friendly: Practice['friendly']): Favour {
  if (stance === 'not-reviewed') return 'unknown';
  if (friendly === 'none' || stance === 'not-mentioned') return 'neutral';
  if (stance === 'partial') return 'mixed';
  return stance === friendly ? 'favourable' : 'unfavourable';
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
        detected: (finding?.detectedIn ?? []).map((clauseId) => ({ clauseId, url: clauseUrl(policy.slug, clauseId) })),
        favour: favourOf(stance, practice.friendly),
      });
    }
  }
  return {
    practices: taxonomy.map(({ id, group, label, question, friendly }) => ({ id, group, label, question, friendly })),
    companies: policies.map(({ slug, name, domain, archivedOn, snapshotUrl, reviewed }) => ({ slug, name, domain, archivedOn, snapshotUrl, reviewed })),
    cells,
  };
}

/** The cell of one company and practice. */
export function cellOf(matrix: Matrix, company: string, practice: string): MatrixCell | undefined {
  return matrix.cells.find((c) => c.company === company && c.practice === practice);
}

/** The tally's formula, as stated to readers. */
export const TALLY_FORMULA =
  'favourable answers ÷ practices that have a privacy-friendly answer (a “partial” or “not mentioned” answer is not counted as favourable)';

/**
 * A company's favourable-answer tally: how many of the practices that have a friendly
 * answer it answers that way. Null when the policy is not reviewed.
 */
export function tallyOf(matrix: Matrix, company: string): { favourable: number; outOf: number } | null {
  const reviewed = matrix.companies.find((c) => c.slug === company)?.reviewed;
  if (!reviewed) return null;
  const counted = matrix.cells.filter((c) => c.company === company && c.favour !== 'unknown' && matrix.practices.find((p) => p.id === c.practice)?.friendly !== 'none');
  return { favourable: counted.filter((c) => c.favour === 'favourable').length, outOf: counted.length };
}
