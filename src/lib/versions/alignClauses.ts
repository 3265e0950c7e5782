/**
 * Two versions' texts aligned clause by clause (headings, paragraphs and list items in
 * document order): a clause found word for word in both is unchanged; one lightly edited, or
 * moved, is matched to its old self (not shown as removed and added); what is left was added or
 * removed. Each matched pair is compared word by word (wordDiff.ts). Pure.
 */
import { similarity, wordDiff, wordsOf, type DiffPart } from './wordDiff.ts';
import { at } from '../base/at.ts';

/** A heading or clause of one version. */
export interface TextUnit {
  /** Its id on its version's page (`c-1a2b3c4d`, or a heading's slug). */
  id: string;
  kind: 'heading' | 'clause';
  text: string;
}

/** One row of the aligned texts. */
export interface AlignedRow {
  /** `same`: word for word in both; `changed`: matched, with words changed; or only in one version. */
  kind: 'same' | 'changed' | 'added' | 'removed';
  /** The unit in the old version (absent when added) and its position there. */
  before: (TextUnit & { index: number }) | null;
  /** The unit in the new version (absent when removed) and its position there. */
  after: (TextUnit & { index: number }) | null;
  /** Whether a matched unit moved: it stands elsewhere relative to the other matched units. */
  moved: boolean;
  /** The text word by word: one `same` part when unchanged; all added or all removed when in one version only. */
  parts: DiffPart[];
}

/** Two units at least this alike by their words are one clause, edited (0.5: half their words shared). */
const MATCH_THRESHOLD = 0.5;

/**
 * Aligns the old version's units with the new one's and returns the rows in the new version's
 * order, each removed unit in the gap where it stood (before what was added there).
 */
export function alignClauses(before: readonly TextUnit[], after: readonly TextUnit[]): AlignedRow[] {
  const match = new Array<number>(after.length).fill(-1); // after index → before index
  const taken = new Array<boolean>(before.length).fill(false);

  // 1. Word for word: the same text, the n-th occurrence in one with the n-th in the other.
  const byText = new Map<string, number[]>();
  before.forEach((u, i) => byText.set(key(u), [...(byText.get(key(u)) ?? []), i]));
  after.forEach((u, j) => {
    const queue = byText.get(key(u));
    const i = queue?.shift();
    if (i !== undefined) {
      match[j] = i;
      taken[i] = true;
    }
  });

  // 2. Edited: the most alike remaining pairs of one kind, best first, above the threshold.
  const words = { before: before.map((u) => wordsOf(u.text)), after: after.map((u) => wordsOf(u.text)) };
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let j = 0; j < after.length; j++) {
    if (match[j] !== -1) continue;
    for (let i = 0; i < before.length; i++) {
      if (taken[i] || at(before, i).kind !== at(after, j).kind) continue;
      const score = similarity(at(words.before, i), at(words.after, j));
      if (score >= MATCH_THRESHOLD) candidates.push({ i, j, score });
    }
  }
  // Best first; among equals, the pair closest in relative position.
  const place = (i: number, j: number) => Math.abs(i / Math.max(1, before.length) - j / Math.max(1, after.length));
  candidates.sort((a, b) => b.score - a.score || place(a.i, a.j) - place(b.i, b.j));
  for (const { i, j } of candidates) {
    if (taken[i] || match[j] !== -1) continue;
    match[j] = i;
    taken[i] = true;
  }

  // 3. Moved: matched units outside the longest run that keeps the old order.
  const inOrder = longestIncreasing(match.map((i, j) => ({ i, j })).filter((m) => m.i !== -1));

  // 4. Rows in the new order; the units removed from a gap between two kept rows come first in it.
  const nextKept = new Array<number>(after.length + 1).fill(before.length); // old index of the next in-order match
  for (let j = after.length - 1; j >= 0; j--) nextKept[j] = inOrder.has(j) ? at(match, j) : at(nextKept, j + 1);
  const rows: AlignedRow[] = [];
  let nextOld = 0; // old units before this index are placed
  const placeRemovedUpTo = (limit: number): void => {
    for (; nextOld < limit; nextOld++) {
      if (!taken[nextOld]) rows.push(removed(at(before, nextOld), nextOld));
    }
  };
  after.forEach((unit, j) => {
    const i = at(match, j);
    if (i === -1) {
      placeRemovedUpTo(at(nextKept, j));
      rows.push({
        kind: 'added',
        before: null,
        after: { ...unit, index: j },
        moved: false,
        parts: [{ kind: 'added', text: unit.text }],
      });
      return;
    }
    const moved = !inOrder.has(j);
    if (!moved) placeRemovedUpTo(i + 1);
    const old = at(before, i);
    const same = old.text === unit.text;
    rows.push({
      kind: same ? 'same' : 'changed',
      before: { ...old, index: i },
      after: { ...unit, index: j },
      moved,
      parts: same ? [{ kind: 'same', text: unit.text }] : wordDiff(old.text, unit.text),
    });
  });
  placeRemovedUpTo(before.length);
  return rows;
}

function key(u: TextUnit): string {
  return `${u.kind}\u0000${u.text}`;
}

function removed(unit: TextUnit, index: number): AlignedRow {
  return {
    kind: 'removed',
    before: { ...unit, index },
    after: null,
    moved: false,
    parts: [{ kind: 'removed', text: unit.text }],
  };
}

/**
 * The new-version indexes of the longest run of matches whose old indexes rise with the new
 * ones (patience-style longest increasing subsequence, O(n log n)).
 */
function longestIncreasing(matches: readonly { i: number; j: number }[]): Set<number> {
  const tails: number[] = []; // index into matches of the smallest tail of each length
  const prev = new Array<number>(matches.length).fill(-1);
  matches.forEach((m, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(matches, at(tails, mid)).i < m.i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = at(tails, lo - 1);
    tails[lo] = k;
  });
  const run = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k !== -1; k = at(prev, k)) run.add(at(matches, k).j);
  return run;
}
