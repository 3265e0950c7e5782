/**
 * The cards of the site's pages, made from the matrix: one per company, one per practice,
 * and the miniature matrix of home and /compare/. How an answer looks (word, symbol,
 * colours) is the answer vocabulary's, passed in as `answerOf`. Pure: no Astro.
 */
import { formatDate } from '../site/labels.ts';
import { companyShortNames } from '../matrix/shortNames.ts';
import type { CellStance, Tone } from '../answers/vocabulary.ts';
import type { Matrix, MatrixCell } from '../matrix/buildMatrix.ts';
import {
  countAnswers,
  MATRIX_COLUMNS_MAX,
  PRACTICE_ROWS_MAX,
  type CardAnswer,
  type CompanyCard,
  type MatrixCard,
  type PracticeCard,
} from './cardModel.ts';

/** How a card draws a cell's answer (from the answer vocabulary). */
export type AnswerOf = (cell: { stance: CellStance; tone: Tone }) => CardAnswer;

/** What a card needs of the answer vocabulary: the look of a cell, and the answers' meanings in legend order. */
export interface CardVocabulary {
  answerOf: AnswerOf;
  meaningOrder: readonly string[];
}

const MISSING: { stance: CellStance; tone: Tone } = { stance: 'not-reviewed', tone: 'unreviewed' };

/** The cells of the matrix by `company/practice`, looked up once per card set. */
function cellIndex(matrix: Matrix): (company: string, practice: string) => MatrixCell | undefined {
  const index = new Map(matrix.cells.map((c) => [`${c.company}/${c.practice}`, c]));
  return (company, practice) => index.get(`${company}/${practice}`);
}

/** Builds the cards of one matrix; the cell index is made once for all of them. */
export function cardsFor(matrix: Matrix, vocabulary: CardVocabulary) {
  const cell = cellIndex(matrix);
  const look = (company: string, practice: string) => vocabulary.answerOf(cell(company, practice) ?? MISSING);

  const company = (slug: string): CompanyCard => {
    const c = matrix.companies.find((x) => x.slug === slug);
    if (!c) throw new Error(`no company "${slug}" in the matrix`);
    const answers = matrix.practices.map((p) => ({ group: p.group, answer: look(slug, p.id) }));
    return {
      kind: 'company',
      name: c.name,
      domain: c.domain,
      archived: formatDate(c.archivedOn),
      reviewed: c.reviewed,
      answers,
      counts: countAnswers(
        answers.map((a) => a.answer),
        vocabulary.meaningOrder,
      ),
    };
  };

  const practice = (id: string): PracticeCard => {
    const p = matrix.practices.find((x) => x.id === id);
    if (!p) throw new Error(`no practice "${id}" in the matrix`);
    const all = matrix.companies.map((c) => ({ company: c.name, answer: look(c.slug, id) }));
    return {
      kind: 'practice',
      label: p.label,
      group: p.group,
      question: p.question,
      rows: all.slice(0, PRACTICE_ROWS_MAX),
      more: Math.max(0, all.length - PRACTICE_ROWS_MAX),
      counts: countAnswers(
        all.map((a) => a.answer),
        vocabulary.meaningOrder,
      ),
    };
  };

  const miniature = (page: 'home' | 'compare'): MatrixCard => {
    // The columns /compare/ opens on: the reviewed policies, else the first few.
    const reviewed = matrix.companies.filter((c) => c.reviewed);
    const shown = (reviewed.length ? reviewed : matrix.companies).slice(0, MATRIX_COLUMNS_MAX);
    const n = matrix.companies.length;
    const rows = matrix.practices.map((p) => ({ label: p.label, answers: shown.map((c) => look(c.slug, p.id)) }));
    return {
      kind: 'matrix',
      page,
      title: page === 'home' ? 'Privacy policies, side by side' : 'Compare the policies',
      subtitle:
        page === 'home'
          ? `Read, search and compare ${n} archived privacy policies, every answer backed by a quote.`
          : `${matrix.practices.length} practices × ${n} archived privacy policies, every answer backed by a quote.`,
      companies: shown.map((c) => c.name),
      shortNames: companyShortNames(shown.map((c) => c.name)),
      rows,
      legend: countAnswers(
        rows.flatMap((r) => r.answers),
        vocabulary.meaningOrder,
      ).map((c) => c.answer),
      more: Math.max(0, n - shown.length),
    };
  };

  return { company, practice, miniature };
}
