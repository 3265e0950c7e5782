/**
 * The suggestion benchmark (`npm run bench -- --review`, also part of `--quick` and the full
 * run): suggestions for every reviewed version of every company (the reviewed set the rules are
 * tuned on: each company's main version and its older reviewed ones), computed from its text as
 * if it were unreviewed, against its curated review, reported per version with the main
 * versions shown apart; the same for the hand-labelled blind set; and the clause tags search
 * uses against the clauses the reviews cite. Pure Node, no build, no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { STANCES } from '../src/lib/policy/frontmatter.ts';
import { loadPolicyFolder } from '../src/lib/corpus/loadPolicies.ts';
import { parsePolicy } from '../src/lib/corpus/parsePolicy.ts';
import type { PolicyData } from '../src/lib/policy/policySchema.ts';
import { locateQuote } from '../src/lib/policy/verifyQuotes.ts';
import {
  measureAgreement,
  measureTags,
  wilsonInterval,
  type Agreement,
  type AgreementCase,
  type EvidenceCounts,
} from '../src/lib/suggest/agreement.ts';
import { at } from '../src/lib/base/at.ts';
import { suggestAnswers } from '../src/lib/suggest/suggest.ts';
import { isMainEntryId, versionId } from '../src/lib/versions/versionIds.ts';
import type { Check } from './budgets.ts';
import { table } from './report.ts';

const REVIEW_BUDGET = {
  /** On the whole reviewed set (every reviewed version), which the rules are tuned on. */
  reviewed: 0.95,
  /** On the blind set, which they were not. */
  blind: 0.9,
  blindPolicies: 13,
  blindCells: 290,
  precision: 0.8,
  recall: 0.85,
} as const;

export interface ReviewResults {
  /** Every reviewed version, each named `slug@date`. */
  reviewed: Agreement;
  /** The company pages' main versions alone (a part of `reviewed`, shown apart). */
  mains: Agreement;
  /** The names of the main versions in `reviewed.perPolicy`. */
  mainNames: string[];
  labelled: Agreement;
  tags: EvidenceCounts;
  labelledNames: string[];
}

/** The blind set: corpus policies labelled by hand, never used to tune the rules. */
const LABELS = 'tests/fixtures/blind/labels';

function asIfUnreviewed(policy: PolicyData, ids: string[]): AgreementCase['suggested'] {
  return suggestAnswers(policy, ids);
}

/** Computes the figures from the repository's content and fixtures. */
export function measureReview(root = '.'): ReviewResults {
  const folder = loadPolicyFolder({
    root: path.resolve(root),
    dir: 'content/policies',
    taxonomy: 'content/practices.yaml',
  });
  const { taxonomy } = folder;
  const ids = taxonomy.map((p) => p.id);
  const reviewedEntries = folder.policies.filter((p) => p.data.reviewed);
  const reviewed = reviewedEntries.map((p) => p.data);
  const reviewedCases: AgreementCase[] = reviewed.map((p) => ({
    name: versionId(p.slug, p.archivedOn),
    expected: Object.fromEntries(
      ids.map((id) => {
        const finding = p.practices[id]!;
        const stance = finding.stance === 'not-reviewed' ? 'not-mentioned' : finding.stance;
        return [id, { stance, clauses: finding.quotes.map((q) => q.clauseId) }];
      }),
    ),
    suggested: asIfUnreviewed(p, ids),
  }));
  const labelDir = path.join(root, LABELS);
  const labelled = readdirSync(labelDir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => {
      const slug = n.replace(/\.yaml$/, '');
      const file = `tests/fixtures/blind/${slug}.md`;
      const policy = parsePolicy(readFileSync(path.join(root, file), 'utf8'), file, taxonomy);
      const labels = parse(readFileSync(path.join(labelDir, n), 'utf8')) as Record<
        string,
        { stance: (typeof STANCES)[number]; quotes?: string[] }
      >;
      const expected = Object.fromEntries(
        ids.map((id) => {
          const label = labels[id];
          if (!label) throw new Error(`${LABELS}/${n}: no label for ${id}`);
          const clauses = (label.quotes ?? []).map((q, index) =>
            locateQuote(q, policy.clauses, { file: `${LABELS}/${n}`, practice: id, index }),
          );
          return [id, { stance: label.stance, clauses }];
        }),
      );
      return { name: slug, expected, suggested: asIfUnreviewed(policy, ids) };
    });
  const mainNames = reviewedEntries
    .filter((p) => isMainEntryId(p.id))
    .map((p) => versionId(p.data.slug, p.data.archivedOn));
  return {
    reviewed: measureAgreement(reviewedCases, ids),
    mains: measureAgreement(
      reviewedCases.filter((c) => mainNames.includes(c.name)),
      ids,
    ),
    mainNames,
    labelled: measureAgreement(labelled, ids),
    tags: measureTags(reviewed),
    labelledNames: labelled.map((l) => l.name),
  };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)} %`;
const two = (n: number): string => n.toFixed(2);

/** The budgets of the suggestions, checked: the whole reviewed set and the blind set. */
export function checkReview(r: ReviewResults): Check[] {
  const n = Object.keys(r.reviewed.perPolicy).length;
  const blind = Object.keys(r.labelled.perPolicy).length;
  const ci = wilsonInterval(r.labelled.agreed, r.labelled.answers);
  return [
    {
      budget: `suggestions agree with reviews ≥ ${pct(REVIEW_BUDGET.reviewed)}, all ${n} reviewed versions (tuned on)`,
      measured: `${pct(r.reviewed.rate)} (${r.reviewed.agreed} of ${r.reviewed.answers})`,
      pass: r.reviewed.rate >= REVIEW_BUDGET.reviewed,
      note: `the ${r.mainNames.length} main versions: ${pct(r.mains.rate)} (${r.mains.agreed} of ${r.mains.answers})`,
    },
    {
      budget: `suggestions agree with blind labels ≥ ${pct(REVIEW_BUDGET.blind)}, ≥ ${REVIEW_BUDGET.blindPolicies} policies, ≥ ${REVIEW_BUDGET.blindCells} answers`,
      measured: `${pct(r.labelled.rate)} (${r.labelled.agreed} of ${r.labelled.answers}, ${blind} policies)`,
      pass:
        r.labelled.rate >= REVIEW_BUDGET.blind &&
        blind >= REVIEW_BUDGET.blindPolicies &&
        r.labelled.answers >= REVIEW_BUDGET.blindCells,
      note: `95 % interval ${pct(ci.low)}–${pct(ci.high)}`,
    },
    {
      budget: `evidence on the blind set: precision ≥ ${REVIEW_BUDGET.precision} at recall ≥ ${REVIEW_BUDGET.recall}, by clause`,
      measured: `precision ${two(r.labelled.evidence.precision)}, recall ${two(r.labelled.evidence.recall)}`,
      pass:
        r.labelled.evidence.precision >= REVIEW_BUDGET.precision && r.labelled.evidence.recall >= REVIEW_BUDGET.recall,
      note: `reviewed versions: ${two(r.reviewed.evidence.precision)} / ${two(r.reviewed.evidence.recall)}`,
    },
    {
      budget: `clause tags (search filters, "found automatically") on the ${n} reviewed versions: precision ≥ ${REVIEW_BUDGET.precision} at recall ≥ ${REVIEW_BUDGET.recall}`,
      measured: `precision ${two(r.tags.precision)}, recall ${two(r.tags.recall)} (${r.tags.truePositives + r.tags.falsePositives} tags)`,
      pass: r.tags.precision >= REVIEW_BUDGET.precision && r.tags.recall >= REVIEW_BUDGET.recall,
    },
  ];
}

/** A count as "agreed/answers rate (low–high)", the interval a 95 % Wilson interval. */
const withInterval = (t: { agreed: number; answers: number }): string => {
  const ci = wilsonInterval(t.agreed, t.answers);
  return `${t.agreed}/${t.answers} ${pct(t.agreed / t.answers)} (${pct(ci.low)}–${pct(ci.high)})`;
};

/** The practices the blind set agrees on least, weakest first. */
function weakestPractices(r: ReviewResults, count = 5): string[] {
  return Object.entries(r.labelled.perPractice)
    .filter(([, t]) => t.agreed < t.answers)
    .sort(([, a], [, b]) => a.agreed / a.answers - b.agreed / b.answers)
    .slice(0, count)
    .map(([id, t]) => `${id} ${t.agreed}/${t.answers}`);
}

/** Agreement by the words a suggestion says how sure it is in: "strong cue 82/85, …". */
const byConfidence = (a: Agreement): string =>
  ['strong cue', 'weak cue', 'no cue']
    .map((c) => {
      const t = a.perConfidence[c];
      return t ? `${c} ${t.agreed}/${t.answers}` : `${c} –`;
    })
    .join(', ');

function confusionTable(a: Agreement): string {
  const head = ['reviewed ↓ / suggested →', ...STANCES];
  return table([head, ...STANCES.map((g) => [g, ...STANCES.map((s) => String(a.confusion[g][s]))])]);
}

/** The figures as text: per policy, per practice, the confusion tables, the misses. */
export function formatReview(r: ReviewResults): string {
  const lines: string[] = ['## Suggested answers vs reviews', ''];
  const policies = [
    ...Object.entries(r.reviewed.perPolicy).map(([name, t]) => [
      r.mainNames.includes(name) ? 'reviewed, main' : 'reviewed',
      name,
      `${t.agreed}/${t.answers}`,
      pct(t.agreed / t.answers),
    ]),
    ...Object.entries(r.labelled.perPolicy).map(([name, t]) => [
      'blind',
      name,
      `${t.agreed}/${t.answers}`,
      pct(t.agreed / t.answers),
    ]),
  ];
  lines.push(table([['set', 'policy', 'agreed', 'rate'], ...policies]), '');
  const evidenceCell = (e: EvidenceCounts | undefined): string => {
    if (!e) return '';
    const found = e.truePositives + e.falseNegatives;
    const cited = e.truePositives + e.falsePositives;
    const recall = found ? withInterval({ agreed: e.truePositives, answers: found }) : '–';
    return `${recall}; precision ${cited ? `${e.truePositives}/${cited}` : '–'}`;
  };
  lines.push(
    table([
      [
        'practice',
        `reviewed (${Object.keys(r.reviewed.perPolicy).length})`,
        `mains (${r.mainNames.length})`,
        'blind set: agreed, rate (95 % Wilson interval)',
        'blind set evidence: clauses found (95 % interval); precision',
      ],
      ...Object.keys(r.reviewed.perPractice).map((id) => {
        const a = at(r.reviewed.perPractice, id);
        const m = at(r.mains.perPractice, id);
        const b = at(r.labelled.perPractice, id);
        return [
          id,
          `${a.agreed}/${a.answers}`,
          `${m.agreed}/${m.answers}`,
          withInterval(b),
          evidenceCell(r.labelled.evidencePerPractice[id]),
        ];
      }),
      [
        'all',
        `${r.reviewed.agreed}/${r.reviewed.answers}`,
        `${r.mains.agreed}/${r.mains.answers}`,
        withInterval(r.labelled),
        evidenceCell(r.labelled.evidence),
      ],
    ]),
    '',
    `Weakest on the blind set: ${weakestPractices(r).join(', ') || 'none'}`,
    `By confidence, blind set: ${byConfidence(r.labelled)}; reviewed versions: ${byConfidence(r.reviewed)}`,
    '',
  );
  lines.push('Confusion, reviewed versions:', confusionTable(r.reviewed), '');
  lines.push('Confusion, blind set:', confusionTable(r.labelled), '');
  const ev = (e: EvidenceCounts): string =>
    `precision ${two(e.precision)} (${e.truePositives}/${e.truePositives + e.falsePositives}), recall ${two(e.recall)} (${e.truePositives}/${e.truePositives + e.falseNegatives})`;
  lines.push(`Evidence by clause, reviewed versions: ${ev(r.reviewed.evidence)}`);
  lines.push(`Evidence by clause, main versions: ${ev(r.mains.evidence)}`);
  lines.push(`Evidence by clause, blind set: ${ev(r.labelled.evidence)}`);
  lines.push(`Clause tags vs the clauses the reviewed versions cite: ${ev(r.tags)}`, '');
  const misses = [...r.reviewed.misses, ...r.labelled.misses];
  if (misses.length) {
    lines.push(
      'Disagreements:',
      ...misses.map((m) => `  ${m.policy} ${m.practice}: reviewed ${m.expected}, suggested ${m.suggested}`),
    );
  }
  return lines.join('\n');
}
