/**
 * Makes a card's text fit its card before it is drawn: every string is cut to a length its place
 * can hold (a 2,000-character name would push the date and answers off the card), with an
 * ellipsis; control characters are dropped; combining marks are bounded (300 of them drew a
 * line through the strip); and characters the card's font cannot draw (Arabic, Hebrew, CJK,
 * emoji…) never reach it, which would draw a "NO GLYPH" box: a company's name written in them
 * is replaced by its domain, and elsewhere such characters are left out. Pure: `covered` says
 * which code points the font draws.
 */
import type { CardModel } from './cardModel.ts';

/** The most graphemes each field shows: two lines of a card's heading, one line of a row. */
const MAX: Readonly<Record<string, number>> = {
  name: 60,
  domain: 60,
  company: 24,
  companies: 24,
  shortNames: 16,
  question: 140,
  label: 40,
  group: 40,
  title: 80,
  subtitle: 160,
};
/** Any other string. */
const MAX_OTHER = 120;
/** The most combining marks kept on one character. */
const MARKS_PER_CHARACTER = 2;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * `text` as a card may draw it: control characters dropped, at most two combining marks on a
 * character, characters `covered` refuses left out, cut to `max` graphemes with an ellipsis.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function fitText(text: string, max: number, covered: (codePoint: number) => boolean): string {
  const graphemes: string[] = [];
  for (const { segment } of segmenter.segment(text.normalize('NFC').replace(CONTROL, ''))) {
    const [base, ...rest] = [...segment.normalize('NFD')];
    if (!base || !covered(base.codePointAt(0)!)) continue;
    const marks = rest.filter((m) => /\p{M}/u.test(m) && covered(m.codePointAt(0)!)).slice(0, MARKS_PER_CHARACTER);
    const composed = (base + marks.join('')).normalize('NFC');
    graphemes.push([...composed].every((c) => covered(c.codePointAt(0)!)) ? composed : base + marks.join(''));
  }
  const folded = graphemes.join('').replace(/\s+/g, ' ').trim();
  const cut = [...segmenter.segment(folded)].map((s) => s.segment);
  return cut.length > max
    ? `${cut
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : folded;
}

/** Whether every letter or digit of `text` can be drawn. */
function drawable(text: string, covered: (codePoint: number) => boolean): boolean {
  return [...text.normalize('NFC')].every((c) => !/[\p{L}\p{N}\p{S}]/u.test(c) || covered(c.codePointAt(0)!));
}

function fitValue(value: unknown, key: string, covered: (codePoint: number) => boolean): unknown {
  if (typeof value === 'string') return fitText(value, MAX[key] ?? MAX_OTHER, covered) || '–';
  if (Array.isArray(value)) return value.map((v) => fitValue(v, key, covered));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fitValue(v, k, covered)]));
  return value;
}

/** The card with every string made to fit (see the module's note). */
export function fitCard(card: CardModel, covered: (codePoint: number) => boolean): CardModel {
  const named = card.kind === 'company' && !drawable(card.name, covered) ? { ...card, name: card.domain } : card;
  return fitValue(named, '', covered) as CardModel;
}

/**
 * Which code points a font draws, from its CSS `unicode-range` lists (`U+0000-00FF,U+0131`).
 * @param ranges every subset's `unicode-range` value.
 */
export function coverageOf(ranges: readonly string[]): (codePoint: number) => boolean {
  const spans = ranges.flatMap((r) =>
    r.split(',').map((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as const;
    }),
  );
  return (cp) => cp === 0x20 || spans.some(([from, to]) => cp >= from && cp <= to);
}
