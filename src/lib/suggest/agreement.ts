/**
 * How often suggestions agree with reviews: agreement per practice and overall, the confusion
 * table (reviewed stance × suggested stance), and evidence precision and recall by clause (a
 * suggested clause is right when the review quotes that clause for that practice). Pure.
 */
import { STANCES, type Stance } from '../policy/frontmatter.ts';
import type { Suggestion } from '../policy/policySchema.ts';
import { at } from '../base/at.ts';

/** A reviewed answer: its stance and the clauses its quotes are in. */
export interface Expected {
  stance: Stance;
  clauses: readonly string[];
}

/** One policy's reviewed answers beside its suggestions, practice by practice. */
export interface AgreementCase {
  name: string;
  expected: Readonly<Record<string, Expected>>;
  suggested: Readonly<Record<string, Pick<Suggestion, 'stance' | 'quotes'> & Partial<Pick<Suggestion, 'confidence'>>>>;
}

/** Clause-level counts: suggested and quoted (true positive), suggested only, quoted only. */
export interface EvidenceCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Agreement {
  /** Practices × policies compared. */
  answers: number;
  agreed: number;
  /** agreed ÷ answers. */
  rate: number;
  perPractice: Record<string, { agreed: number; answers: number }>;
  perPolicy: Record<string, { agreed: number; answers: number }>;
  /** Agreement by how sure the suggestion says it is ("strong cue", "weak cue", "no cue"), where suggestions say. */
  perConfidence: Record<string, { agreed: number; answers: number }>;
  /** Evidence counts of each practice: which practices' clauses the suggestions find. */
  evidencePerPractice: Record<string, EvidenceCounts>;
  /** `confusion[reviewed][suggested]` = count. */
  confusion: Record<Stance, Record<Stance, number>>;
  evidence: EvidenceCounts;
  /** Every disagreement, for the report. */
  misses: { policy: string; practice: string; expected: Stance; suggested: Stance }[];
}

/** A 95 % interval around a proportion. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of `successes` in `trials` (95 % by default): unlike the normal
 * approximation it stays inside 0–1 and is honest at small counts and at 0 % or 100 %.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): Interval {
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Precision and recall from counts; 1 when there is nothing to be wrong about. */
function evidenceRates(tp: number, fp: number, fn: number): EvidenceCounts {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Compares the suggestions of every case with its reviewed answers, over `practiceIds`. */
export function measureAgreement(cases: readonly AgreementCase[], practiceIds: readonly string[]): Agreement {
  const confusion = Object.fromEntries(
    STANCES.map((g) => [g, Object.fromEntries(STANCES.map((s) => [s, 0]))]),
  ) as Record<Stance, Record<Stance, number>>;
  const perPractice: Agreement['perPractice'] = Object.fromEntries(
    practiceIds.map((id) => [id, { agreed: 0, answers: 0 }]),
  );
  const perPolicy: Agreement['perPolicy'] = {};
  const perConfidence: Agreement['perConfidence'] = {};
  const misses: Agreement['misses'] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const clauseCounts = new Map(practiceIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  for (const c of cases) {
    const policy = (perPolicy[c.name] = { agreed: 0, answers: 0 });
    for (const id of practiceIds) {
      const expected = c.expected[id];
      const suggested = c.suggested[id];
      if (!expected || !suggested) continue;
      const agreed = expected.stance === suggested.stance;
      confusion[expected.stance][suggested.stance]++;
      const sure = suggested.confidence ? (perConfidence[suggested.confidence] ??= { agreed: 0, answers: 0 }) : null;
      for (const tally of [at(perPractice, id), policy, ...(sure ? [sure] : [])]) {
        tally.answers++;
        if (agreed) tally.agreed++;
      }
      if (!agreed)
        misses.push({ policy: c.name, practice: id, expected: expected.stance, suggested: suggested.stance });
      const quoted = new Set(expected.clauses);
      const cited = new Set(suggested.quotes.map((q) => q.clauseId));
      const hits = [...cited].filter((clause) => quoted.has(clause)).length;
      tp += hits;
      fp += cited.size - hits;
      fn += quoted.size - hits;
      const counts = clauseCounts.get(id);
      if (counts) {
        counts.tp += hits;
        counts.fp += cited.size - hits;
        counts.fn += quoted.size - hits;
      }
    }
  }
  const answers = Object.values(perPolicy).reduce((n, p) => n + p.answers, 0);
  const agreed = Object.values(perPolicy).reduce((n, p) => n + p.agreed, 0);
  return {
    answers,
    agreed,
    rate: answers ? agreed / answers : 1,
    perPractice,
    perPolicy,
    perConfidence,
    confusion,
    evidence: evidenceRates(tp, fp, fn),
    evidencePerPractice: Object.fromEntries(
      [...clauseCounts].map(([id, counts]) => [id, evidenceRates(counts.tp, counts.fp, counts.fn)]),
    ),
    misses,
  };
}

/**
 * Clause tags against the clauses reviews cite, pair by pair (clause × practice): what search
 * filters and "found automatically" chips rest on.
 */
export function measureTags(
  policies: readonly { clauses: readonly { detected: readonly string[]; citedBy: readonly string[] }[] }[],
): EvidenceCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const policy of policies) {
    for (const clause of policy.clauses) {
      const cited = new Set(clause.citedBy);
      const hits = clause.detected.filter((p) => cited.has(p)).length;
      tp += hits;
      fp += clause.detected.length - hits;
      fn += cited.size - hits;
    }
  }
  return evidenceRates(tp, fp, fn);
}
