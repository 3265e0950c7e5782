/**
 * A company's answers at a glance: one answer look per practice, in taxonomy order (the strip
 * of squares), and how many answers fall in each tone (the counts). Silence is its own count,
 * never folded into the bad one, and there is no single grade. Pure: no Astro.
 */
import { cellOf, type Matrix } from '../matrix/buildMatrix.ts';
import type { Stance } from '../policy/frontmatter.ts';
import { cellLook, STANCE_ORDER, TONE_ORDER, type AnswerLook, type Tone } from '../answers/vocabulary.ts';
import { at } from '../base/at.ts';

/** One square of the strip: the practice and how its answer looks. */
export interface StripAnswer {
  practice: string;
  label: string;
  look: AnswerLook;
}

export interface CompanyAnswers {
  company: string;
  reviewed: boolean;
  /** Every practice's answer, in taxonomy order. */
  answers: StripAnswer[];
  /** How many answers have each tone (all tones present, zeros included). */
  counts: Record<Tone, number>;
  /** For an unreviewed policy: how many suggestions of each stance, apart from the counts (zeros left out). */
  suggested: { stance: Stance; count: number }[];
}

/** The tones the counts show as their four numbers, in order. */
export const COUNTED_TONES: readonly Tone[] = ['good', 'mixed', 'bad', 'silent'];

/** One company's answers and counts. Throws when the company is not in the matrix. */
function companyAnswers(matrix: Matrix, company: string): CompanyAnswers {
  const entry = matrix.companies.find((c) => c.slug === company);
  if (!entry) throw new Error(`companyAnswers: no company “${company}” in the matrix`);
  const counts = Object.fromEntries(TONE_ORDER.map((t) => [t, 0])) as Record<Tone, number>;
  const suggested = new Map<Stance, number>();
  const answers = matrix.practices.map((practice): StripAnswer => {
    const cell = cellOf(matrix, company, practice.id);
    const suggestion = cell?.suggestion?.stance;
    if (suggestion) suggested.set(suggestion, (suggested.get(suggestion) ?? 0) + 1);
    const look = cellLook(cell ?? { stance: 'not-reviewed', tone: 'unreviewed' });
    counts[look.tone] += 1;
    return { practice: practice.id, label: practice.label, look };
  });
  const stances = STANCE_ORDER.filter((s): s is Stance => suggested.has(s as Stance));
  return {
    company,
    reviewed: entry.reviewed,
    answers,
    counts,
    suggested: stances.map((stance) => ({ stance, count: at(suggested, stance) })),
  };
}

/** Every company's answers, by slug, in matrix order. */
export function answersByCompany(matrix: Matrix): Map<string, CompanyAnswers> {
  return new Map(matrix.companies.map((c) => [c.slug, companyAnswers(matrix, c.slug)]));
}
