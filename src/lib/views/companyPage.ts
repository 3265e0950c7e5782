/**
 * What a company page shows besides the policy's own words: the note on the era, the table of contents, back-link chips, and the
 * rendering clean-up of corpus quirks. Pure: no Astro, no I/O.
 */
import type { Section } from '../policy/policySchema.ts';
import { at } from '../base/at.ts';

/** When the EU's General Data Protection Regulation began to apply. */
const GDPR_APPLIES = '2018-05-25';

/**
 * A sentence placing the policy in its time: how long before (or after) the GDPR it was
 * archived, so readers judge a 2006 text by 2006 standards.
 */
export function eraNote(archivedOn: string): string {
  const year = Number(archivedOn.slice(0, 4));
  if (archivedOn >= GDPR_APPLIES) {
    return `Archived in ${year}, after the EU's General Data Protection Regulation (GDPR) began to apply in May 2018.`;
  }
  const gap = 2018 - year;
  const before = gap <= 0 ? 'shortly before' : `${gap === 1 ? 'a year' : `${numberWord(gap)} years`} before`;
  return (
    `Archived in ${year}, ${before} the EU's General Data Protection Regulation (GDPR) of 2018 and before ` +
    `California's privacy laws. Policies of that era answered to few legal requirements: read this one as a ` +
    `record of its time, not as a description of what the company does today.`
  );
}

function numberWord(n: number): string {
  const words = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ];
  return words[n] ?? String(n);
}

/** One entry of the table of contents, with the sections nested below it. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests the flat list of sections by level: a section belongs under the nearest earlier
 * section of a lower level. Levels that skip (1 → 3) nest one step, not two.
 */
export function buildToc(sections: readonly Pick<Section, 'id' | 'text' | 'level'>[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { level: number; entry: TocEntry }[] = [];
  for (const section of sections) {
    const entry: TocEntry = { id: section.id, text: section.text, children: [] };
    while (stack.length && at(stack, stack.length - 1).level >= section.level) stack.pop();
    (stack.length ? at(stack, stack.length - 1).entry.children : root).push(entry);
    stack.push({ level: section.level, entry });
  }
  return root;
}

/** A practice named on a back-link chip. */
export interface Chip {
  id: string;
  label: string;
}

/**
 * For each clause cited by the curated review, the practices that cite it, in taxonomy order.
 * Clauses nobody cites are left out.
 */
export function citationChips(
  clauses: readonly { id: string; citedBy: readonly string[] }[],
  practices: readonly Chip[],
): Record<string, Chip[]> {
  const chips: Record<string, Chip[]> = {};
  for (const clause of clauses) {
    if (!clause.citedBy.length) continue;
    chips[clause.id] = practices.filter((p) => clause.citedBy.includes(p.id)).map(({ id, label }) => ({ id, label }));
  }
  return chips;
}
