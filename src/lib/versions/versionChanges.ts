/**
 * What changed between two versions of a company's policy: the texts aligned clause by clause
 * (alignClauses.ts), how many clauses were added, removed, changed and moved, and every answer
 * that moved with the clauses it rests on, on both sides. Pure: no Astro.
 */
import { walkTargets } from '../policy/blocks.ts';
import type { PolicyData } from '../policy/policySchema.ts';
import { alignClauses, type AlignedRow, type TextUnit } from './alignClauses.ts';
import { versionAnswer, type VersionAnswer } from './timeline.ts';

/** An answer that differs between the two versions. */
export interface AnswerMove {
  practice: string;
  before: VersionAnswer;
  after: VersionAnswer;
}

export interface VersionChanges {
  rows: AlignedRow[];
  counts: { added: number; removed: number; changed: number; moved: number; same: number };
  /** The answers that moved, in taxonomy order. */
  answers: AnswerMove[];
}

/** A version's headings and clauses, in document order. */
function textUnits(policy: Pick<PolicyData, 'blocks'>): TextUnit[] {
  return [...walkTargets(policy.blocks)].map((t) => ({
    id: t.id,
    kind: 'type' in t && t.type === 'heading' ? 'heading' : 'clause',
    text: t.text,
  }));
}

/** Compares two versions (older first) of one company's policy. */
export function compareVersions(
  before: Pick<PolicyData, 'blocks' | 'practices'>,
  after: Pick<PolicyData, 'blocks' | 'practices'>,
  practiceIds: readonly string[],
): VersionChanges {
  const rows = alignClauses(textUnits(before), textUnits(after));
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, same: 0 };
  for (const row of rows) {
    counts[row.kind] += 1;
    if (row.moved) counts.moved += 1;
  }
  return { rows, counts, answers: answerMoves(before, after, practiceIds) };
}

/** The answers that differ from one version to the other (older first), in `practiceIds`' order. */
export function answerMoves(
  before: Pick<PolicyData, 'practices'>,
  after: Pick<PolicyData, 'practices'>,
  practiceIds: readonly string[],
): AnswerMove[] {
  return practiceIds.flatMap((practice) => {
    const [a, b] = [versionAnswer(before.practices[practice]), versionAnswer(after.practices[practice])];
    return a.stance === b.stance ? [] : [{ practice, before: a, after: b }];
  });
}

/** The ids a row is linked by: `to-<id>` of its new unit, `from-<id>` of its old one (either may be null). */
export function rowAnchors(row: Pick<AlignedRow, 'before' | 'after'>): { from: string | null; to: string | null } {
  return { from: row.before ? fromAnchor(row.before.id) : null, to: row.after ? toAnchor(row.after.id) : null };
}

/** The anchor of an old version's unit on a changes page. */
export const fromAnchor = (id: string): string => `from-${id}`;
/** The anchor of a new version's unit on a changes page. */
export const toAnchor = (id: string): string => `to-${id}`;

/** A stretch of rows: shown, or folded (unchanged, unmoved, cited by no moved answer). */
export type RowRun = { folded: false; rows: AlignedRow[] } | { folded: true; rows: AlignedRow[] };

/**
 * Groups the rows into runs, folding every stretch of at least `min` unchanged rows that
 * `keep` does not ask to show (the clauses a moved answer rests on are kept in view).
 */
export function foldRows(rows: readonly AlignedRow[], keep: (row: AlignedRow) => boolean, min = 2): RowRun[] {
  const runs: RowRun[] = [];
  let quiet: AlignedRow[] = [];
  const flush = (): void => {
    if (quiet.length >= min) runs.push({ folded: true, rows: quiet });
    else if (quiet.length) push(quiet);
    quiet = [];
  };
  const push = (list: AlignedRow[]): void => {
    const last = runs.at(-1);
    if (last && !last.folded) last.rows.push(...list);
    else runs.push({ folded: false, rows: [...list] });
  };
  for (const row of rows) {
    if (row.kind === 'same' && !row.moved && !keep(row)) quiet.push(row);
    else {
      flush();
      push([row]);
    }
  }
  flush();
  return runs;
}
