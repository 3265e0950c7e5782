/**
 * What each Open Graph card shows, as plain data: the company card (name, archive date, its
 * row of answers), the practice card (question and each company's answer) and the matrix in
 * miniature (home and /compare/). Built from the matrix and the answer vocabulary's looks;
 * `cardTree.ts` lays it out. Pure: no Astro, no I/O.
 */

/** The answer's symbol, drawn as a shape (the card's font need not hold ✓ ✗ ◐). */
export type Glyph = 'check' | 'cross' | 'half' | 'dash' | 'dot' | 'question';

/** One answer as a card draws it: the site's answer colours (light theme), its symbol and word. */
export interface CardAnswer {
  /** The literal answer: `Yes`. */
  word: string;
  /** What it means for the reader (the tone's label): `Good for you`. The colours follow it. */
  meaning: string;
  glyph: Glyph;
  bg: string;
  fg: string;
  border: string;
  outline: 'solid' | 'dashed' | 'dotted';
}

/** A count of answers of one meaning (`9 Good for you`), in the vocabulary's order. */
export interface CardCount {
  answer: CardAnswer;
  count: number;
}

export interface CompanyCard {
  kind: 'company';
  name: string;
  domain: string;
  /** `21 June 2009`. */
  archived: string;
  reviewed: boolean;
  /** One per practice, in matrix order, with the group each belongs to. */
  answers: { group: string; answer: CardAnswer }[];
  counts: CardCount[];
}

export interface PracticeCard {
  kind: 'practice';
  label: string;
  group: string;
  question: string;
  /** The companies' answers (the first few when there are many). */
  rows: { company: string; answer: CardAnswer }[];
  /** How many companies are left out of `rows`. */
  more: number;
  counts: CardCount[];
}

export interface MatrixCard {
  kind: 'matrix';
  /** `home` or `compare`: the heading differs. */
  page: 'home' | 'compare';
  title: string;
  subtitle: string;
  companies: string[];
  /** The companies' names as the columns show them (`IronPort` for `IronPort Systems`). */
  shortNames: string[];
  /** Rows of practices, each with one answer per company in `companies`. */
  rows: { label: string; answers: CardAnswer[] }[];
  /** One answer of each meaning the rows hold, in the legend's order. */
  legend: CardAnswer[];
  /** How many companies are left out of the miniature. */
  more: number;
}

export type CardModel = CompanyCard | PracticeCard | MatrixCard;

/** The vocabulary's symbol characters → the shape drawn for each. */
const GLYPH_OF_SYMBOL: Readonly<Record<string, Glyph>> = {
  '✓': 'check',
  '✗': 'cross',
  '◐': 'half',
  '–': 'dash',
  '•': 'dot',
  '?': 'question',
};

/** The symbol as a shape; an unknown symbol is drawn as a dot. */
export function glyphOf(symbol: string): Glyph {
  return GLYPH_OF_SYMBOL[symbol] ?? 'dot';
}

/**
 * How many companies a practice card lists by name, and the matrix miniature shows as columns
 * (few enough that their names stay readable in a link preview).
 */
export const PRACTICE_ROWS_MAX = 5;
export const MATRIX_COLUMNS_MAX = 5;

/**
 * Counts of answers by meaning (the colour a reader sees: "Good for you", "Not mentioned"…),
 * in the order `order` gives the meanings.
 */
export function countAnswers(answers: readonly CardAnswer[], order: readonly string[]): CardCount[] {
  const byMeaning = new Map<string, CardCount>();
  for (const answer of answers) {
    const entry = byMeaning.get(answer.meaning);
    if (entry) entry.count++;
    else byMeaning.set(answer.meaning, { answer, count: 1 });
  }
  return [...byMeaning.values()].sort((a, b) => order.indexOf(a.answer.meaning) - order.indexOf(b.answer.meaning));
}

/** The picture in words, for `og:image:alt`: what a reader who cannot see it would be told. */
export function cardAlt(card: CardModel): string {
  const counts = (list: readonly CardCount[]) => list.map((c) => `${c.count} ${c.answer.meaning}`).join(', ');
  switch (card.kind) {
    case 'company':
      return card.reviewed
        ? `Policy Atlas card for ${card.name} (${card.domain}), privacy policy archived ${card.archived}: a row of ${card.answers.length} answers in colour — ${counts(card.counts)}.`
        : `Policy Atlas card for ${card.name} (${card.domain}), privacy policy archived ${card.archived}: not reviewed yet, ${card.answers.length} answers marked “Not reviewed”.`;
    case 'practice': {
      const named = card.rows
        .map((r) => `${r.company}: ${r.answer.word} (${r.answer.meaning.toLowerCase()})`)
        .join('; ');
      return `Policy Atlas card for the question “${card.question}” with each company’s answer in colour — ${named}${card.more ? `; and ${card.more} more companies` : ''}.`;
    }
    case 'matrix':
      return `${card.title}: a miniature matrix of ${card.rows.length} practices (rows) by ${card.companies.length} companies (columns), each cell coloured by its answer, with a legend (${card.legend.map((a) => a.meaning).join(', ')}); companies shown: ${card.companies.join(', ')}${card.more ? `, of ${card.companies.length + card.more}` : ''}.`;
  }
}
