/**
 * A company's column of the matrix, shaped for its page: the practices grouped as in the
 * matrix, each with its answer (shown through src/lib/answers/vocabulary.ts) and links to the clauses behind it. Stances come from the matrix itself
 * (`cellOf`), so the company page and /compare can never disagree. Pure: no Astro.
 */
import type { CellStance, Tone } from '../answers/vocabulary.ts';
import { cellOf, type Matrix, type MatrixCell } from '../matrix/buildMatrix.ts';
import { groupPractices } from '../taxonomy/groups.ts';
import { excerpt, foldWhitespace } from '../base/text.ts';

/** A link from a practice to a clause of the policy. */
export interface ClauseLink {
  /** Site-relative URL of the clause (`/companies/mimecast/#c-…`). */
  url: string;
  /** What the link says: the quote, or its opening words and “…” when it is long. */
  text: string;
  /**
   * For a long quote, its length (whitespace folded): its citation takes this many characters of
   * the clause's text from where the opening words stand (the page holds the clause, so the
   * quote is not written twice). Null when `text` is the whole quote.
   */
  quoteLength: number | null;
}

export interface SummaryRow {
  id: string;
  label: string;
  question: string;
  stance: CellStance;
  tone: Tone;
  summary: string;
  /** The practice's anchor on this page (`cookies` for `#cookies`); null when the policy never addresses it. */
  anchor: string | null;
  /** The curated quotes (none when not reviewed: the suggestion carries the evidence). */
  links: ClauseLink[];
  /** Whether the row is not reviewed (its answer, if any, a suggestion from the text). */
  automatic: boolean;
  /** The practice's friendly answer (for a suggestion's look). */
  friendly: Matrix['practices'][number]['friendly'];
  /** For an unreviewed policy: the answer suggested from its text, with its evidence and reason. */
  suggestion: MatrixCell['suggestion'] | null;
}

export interface SummaryGroup {
  group: string;
  rows: SummaryRow[];
}

export interface PracticeSummaryData {
  reviewed: boolean;
  groups: SummaryGroup[];
}

/** The longest quote shown whole as a link's text; longer ones are cut to their opening words. */
const QUOTE_MAX = 90;

/**
 * Builds one company's practice summary from the matrix.
 * @param anchors the policy's `practices[id].anchor`, by practice id.
 */
export function practiceSummary(
  matrix: Matrix,
  company: string,
  anchors: Readonly<Record<string, { anchor: string | null }>>,
): PracticeSummaryData {
  const reviewed = matrix.companies.find((c) => c.slug === company)?.reviewed ?? false;
  const row = (practice: Matrix['practices'][number]): SummaryRow => {
    const cell = cellOf(matrix, company, practice.id);
    const stance: CellStance = cell?.stance ?? 'not-reviewed';
    const automatic = stance === 'not-reviewed';
    // A reviewed answer links its quotes; an unreviewed one's evidence is its suggestion's.
    const links: ClauseLink[] = automatic
      ? []
      : (cell?.quotes ?? []).map((q) => {
          const quote = foldWhitespace(q.text);
          return quote.length > QUOTE_MAX
            ? { url: q.url, text: excerpt(quote, { words: 10 }), quoteLength: quote.length }
            : { url: q.url, text: quote, quoteLength: null };
        });
    return {
      id: practice.id,
      label: practice.label,
      question: practice.question,
      stance,
      tone: cell?.tone ?? 'unreviewed',
      summary: cell?.summary ?? '',
      anchor: anchors[practice.id]?.anchor ?? null,
      links,
      automatic,
      friendly: practice.friendly,
      suggestion: cell?.suggestion ?? null,
    };
  };
  return {
    reviewed,
    groups: groupPractices(matrix.practices).map(({ group, practices }) => ({ group, rows: practices.map(row) })),
  };
}
