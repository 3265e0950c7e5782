import type { PolicyData } from '../policy/parsePolicy.ts';
import type { Group, Practice } from '../taxonomy/schema.ts';

/** A cell's answer: a curated stance, or `not-reviewed` for a policy without a review. */
export type CellStance = 'yes' | 'no' | 'partial' | 'not-mentioned' | 'not-reviewed';

/** Whether an answer favours the reader, given the practice's friendly answer. */
export type Favour = 'favourable' | 'unfavourable' | 'mixed' | 'neutral' | 'unknown';

/** The subset of a policy's data the matrix needs; with `clauses`, detected links carry the clause text. */
export type MatrixPolicy = Pick<
  PolicyData,
  'slug' | 'name' | 'domain' | 'archivedOn' | 'snapshotUrl' | 'reviewed' | 'practices'
> &
  Partial<Pick<PolicyData, 'clauses'>>;

export interface MatrixCell {
  company: string;
  practice: string;
  stance: CellStance;
  summary: string;
  /** Curated quotes, each with the site-relative link to its clause. */
  quotes: { text: string; url: string }[];
  /**
   * Clauses automatic detection found (shown, labelled as automatic, for unreviewed policies);
   * `text` is the clause's text when the policy's clauses were given.
   */
  detected: { clauseId: string; url: string; text?: string }[];
  favour: Favour;
}

export interface Matrix {
  practices: Pick<Practice, 'id' | 'group' | 'label' | 'question' | 'friendly'>[];
  companies: {
    slug: string;
    name: string;
    domain: string;
    archivedOn: string;
    snapshotUrl: string;
    reviewed: boolean;
  }[];
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
  const clauseText = new Map(policies.map((p) => [p.slug, new Map((p.clauses ?? []).map((c) => [c.id, c.text]))]));
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
        detected: (finding?.detectedIn ?? []).map((clauseId) => {
          const text = clauseText.get(policy.slug)?.get(clauseId);
          return { clauseId, url: clauseUrl(policy.slug, clauseId), ...(text === undefined ? {} : { text }) };
        }),
        favour: favourOf(stance, practice.friendly),
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

/** The cell of one company and practice. */
export function cellOf(matrix: Matrix, company: string, practice: string): MatrixCell | undefined {
  return matrix.cells.find((c) => c.company === company && c.practice === practice);
}

/** The tally's formula, as stated to readers. */
export const TALLY_FORMULA =
  'favourable answers ÷ practices that have a privacy-friendly answer (a “partial” or “not mentioned” answer is not counted as favourable)';

/** A company's answers to the practices that have a privacy-friendly answer, counted by how they stand with the reader. */
export interface Tally {
  /** Answers that are the privacy-friendly one: the numerator. */
  favourable: number;
  /** `partial` answers. */
  mixed: number;
  /** Answers that are the opposite of the privacy-friendly one. */
  unfavourable: number;
  /** `not-mentioned` answers: the policy is silent. */
  silent: number;
  /** Practices that have a privacy-friendly answer: the denominator (the four counts add up to it). */
  outOf: number;
}

/**
 * A company's favourable-answer tally: how many of the practices that have a friendly
 * answer it answers that way, with the rest broken down. Null when the policy is not reviewed.
 */
export function tallyOf(matrix: Matrix, company: string): Tally | null {
  const reviewed = matrix.companies.find((c) => c.slug === company)?.reviewed;
  if (!reviewed) return null;
  const scored = new Set(matrix.practices.filter((p) => p.friendly !== 'none').map((p) => p.id));
  const counted = matrix.cells.filter((c) => c.company === company && c.favour !== 'unknown' && scored.has(c.practice));
  const count = (favour: Favour) => counted.filter((c) => c.favour === favour).length;
  return {
    favourable: count('favourable'),
    mixed: count('mixed'),
    unfavourable: count('unfavourable'),
    silent: count('neutral'),
    outOf: counted.length,
  };
}

/** The practices in matrix order, grouped by their OPP-115 group (groups without practices left out). */
export function practiceGroups(matrix: Matrix): { group: Group; practices: Matrix['practices'] }[] {
  const groups: { group: Group; practices: Matrix['practices'] }[] = [];
  for (const practice of matrix.practices) {
    const last = groups.at(-1);
    if (last?.group === practice.group) last.practices.push(practice);
    else groups.push({ group: practice.group, practices: [practice] });
  }
  return groups;
}

/** The cells of one practice, in company order. */
export function rowOf(matrix: Matrix, practice: string): MatrixCell[] {
  return matrix.companies.map((c) => cellOf(matrix, c.slug, practice)).filter((c): c is MatrixCell => c !== undefined);
}
