/**
 * A company's versions side by side: each version's answer to each practice (the reviewed
 * answer, else the one suggested from its text), which answers changed from one version to the
 * next, and which pairs of versions get a changes page. Pure: no Astro.
 */
import type { Stance } from '../policy/frontmatter.ts';
import type { PracticeFinding } from '../policy/policySchema.ts';
import { at } from '../base/at.ts';

/** Id of the company page's "Answers over time" section. */
export const OVER_TIME_ID = 'atlas-over-time';

/** A version's answer to one practice, as a comparison reads it. */
export interface VersionAnswer {
  /** The reviewed stance, else the suggested one; `not-reviewed` when neither exists. */
  stance: Stance | 'not-reviewed';
  /** Whether it is a suggestion from the text (the version is not reviewed). */
  suggested: boolean;
  /** The clauses it rests on: the reviewed answer's quotes, else the suggestion's. */
  clauseIds: string[];
  /** The quoted words, in the order of `clauseIds`' quotes. */
  quotes: { text: string; clauseId: string }[];
}

/** A version's answer to a practice: reviewed if reviewed, else suggested. */
export function versionAnswer(finding: PracticeFinding | undefined): VersionAnswer {
  if (!finding) return { stance: 'not-reviewed', suggested: false, clauseIds: [], quotes: [] };
  if (finding.stance !== 'not-reviewed') {
    return {
      stance: finding.stance,
      suggested: false,
      clauseIds: [...new Set(finding.quotes.map((q) => q.clauseId))],
      quotes: finding.quotes,
    };
  }
  const s = finding.suggestion;
  if (!s) return { stance: 'not-reviewed', suggested: false, clauseIds: [], quotes: [] };
  return {
    stance: s.stance,
    suggested: true,
    clauseIds: [...new Set(s.quotes.map((q) => q.clauseId))],
    quotes: s.quotes,
  };
}

/** One practice's row of answers over a company's versions. */
export interface OverTimeRow {
  practice: string;
  /** One answer per version, oldest first; `changed` when it differs from the version before. */
  cells: (VersionAnswer & { changed: boolean })[];
  /** Whether any version's answer differs from the one before it. */
  changed: boolean;
}

/** The practices × versions table of a company: every version's answers, changes marked. */
export function answersOverTime(
  versions: readonly { practices: Readonly<Record<string, PracticeFinding>> }[],
  practiceIds: readonly string[],
): OverTimeRow[] {
  return practiceIds.map((practice) => {
    const answers = versions.map((v) => versionAnswer(v.practices[practice]));
    const cells = answers.map((a, i) => ({ ...a, changed: i > 0 && a.stance !== at(answers, i - 1).stance }));
    return { practice, cells, changed: cells.some((c) => c.changed) };
  });
}

/** Up to this many versions, every pair of them gets a changes page; beyond, a bounded set does. */
const ALL_PAIRS_UP_TO = 12;

/**
 * The pairs of versions (older first) that get a changes page: every pair while a company has
 * at most ALL_PAIRS_UP_TO versions; beyond that, each version with the next one and with the
 * main version (2n pairs, not n²/2).
 * @param dates the versions' archive dates, oldest first.
 */
export function versionPairs(dates: readonly string[], mainDate: string): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string): void => {
    const [from, to] = a < b ? [a, b] : [b, a];
    if (from === to || seen.has(`${from} ${to}`)) return;
    seen.add(`${from} ${to}`);
    pairs.push([from, to]);
  };
  if (dates.length <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < dates.length; i++) for (let j = i + 1; j < dates.length; j++) add(at(dates, i), at(dates, j));
  } else {
    for (let i = 1; i < dates.length; i++) add(at(dates, i - 1), at(dates, i));
    for (const d of dates) add(d, mainDate);
  }
  return pairs.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}
