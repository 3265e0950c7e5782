/**
 * Lays out a card (cardModel.ts) as the element tree satori draws: plain `{ type, props }`
 * objects, flexbox only, 1200 × 630, the site's light theme. Pure: no Astro, no I/O.
 */
import { nameBreakParts } from '../matrix/shortNames.ts';
import type { CardAnswer, CardCount, CardModel, CompanyCard, Glyph, MatrixCard, PracticeCard } from './cardModel.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's light theme (src/styles/global.css): paper, ink, muted text, lines, accent. */
const THEME = { paper: '#fdfcf9', ink: '#1b1f24', muted: '#525a64', line: '#d9dde2', accent: '#1f5fbf' };

/** An element of satori's tree. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string } & Record<
    string,
    unknown
  >;
}

type Style = Record<string, string | number>;

function h(
  type: string,
  style: Style,
  children: (CardNode | string)[] = [],
  extra: Record<string, unknown> = {},
): CardNode {
  return { type, props: { style, children, ...extra } };
}
const box = (style: Style, children: (CardNode | string)[] = []) => h('div', { display: 'flex', ...style }, children);
const text = (style: Style, value: string) => h('div', { display: 'flex', ...style }, [value]);

/** The answer's symbol as SVG strokes, in its text colour, `size` px square. */
function glyph(kind: Glyph, colour: string, size: number): CardNode {
  const stroke = { stroke: colour, 'stroke-width': 2.6, fill: 'none', 'stroke-linecap': 'round' };
  const paths: Record<Glyph, CardNode[]> = {
    check: [h('path', {}, [], { d: 'M4 12.5l5 5L20 6.5', ...stroke })],
    cross: [h('path', {}, [], { d: 'M6 6l12 12M18 6L6 18', ...stroke })],
    half: [
      h('circle', {}, [], { cx: 12, cy: 12, r: 8, ...stroke }),
      h('path', {}, [], { d: 'M12 4a8 8 0 0 1 0 16z', fill: colour }),
    ],
    dash: [h('path', {}, [], { d: 'M6 12h12', ...stroke })],
    dot: [h('circle', {}, [], { cx: 12, cy: 12, r: 3.5, fill: colour })],
    question: [
      h('path', {}, [], { d: 'M8.5 9a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3', ...stroke }),
      h('circle', {}, [], { cx: 12, cy: 18.5, r: 1.5, fill: colour }),
    ],
  };
  return h('svg', { width: size, height: size }, paths[kind], { viewBox: '0 0 24 24', width: size, height: size });
}

/** An answer as a tile: its colours and outline, its symbol, optionally its word. */
function tile(answer: CardAnswer, size: number, word = false): CardNode {
  return box(
    {
      alignItems: 'center',
      justifyContent: 'center',
      gap: 8,
      minWidth: size,
      height: size,
      padding: word ? '0 14px 0 8px' : 0,
      background: answer.bg,
      color: answer.fg,
      border: `${size >= 30 ? 3 : 2}px ${answer.outline} ${answer.border}`,
      borderRadius: Math.round(size / 5),
    },
    [
      glyph(answer.glyph, answer.fg, Math.round(size * 0.7)),
      ...(word ? [text({ fontSize: 26, fontWeight: 700 }, answer.word)] : []),
    ],
  );
}

function countsLine(counts: readonly CardCount[]): CardNode {
  return box(
    { flexWrap: 'wrap', gap: 22, marginTop: 26 },
    counts.map((c) =>
      box({ alignItems: 'center', gap: 8 }, [
        tile(c.answer, 32),
        text({ fontSize: 26, color: THEME.ink }, `${c.count} ${c.answer.meaning}`),
      ]),
    ),
  );
}

/** The frame every card shares: the site mark and name above, the page's content below. */
function frame(kicker: string, content: CardNode[]): CardNode {
  const mark = box(
    {
      width: 44,
      height: 44,
      borderRadius: 9,
      background: THEME.accent,
      alignItems: 'center',
      justifyContent: 'center',
    },
    [text({ color: '#ffffff', fontSize: 28, fontWeight: 700 }, 'P')],
  );
  return box(
    {
      // Satori sizes the content box: the frame's padding and top border are taken off here.
      width: CARD_WIDTH - 2 * 64,
      height: CARD_HEIGHT - 2 * 48 - 12,
      flexDirection: 'column',
      padding: '48px 64px',
      background: THEME.paper,
      color: THEME.ink,
      fontFamily: 'Inter',
      borderTop: `12px solid ${THEME.accent}`,
    },
    [
      box({ alignItems: 'center', gap: 16 }, [
        mark,
        text({ fontSize: 28, fontWeight: 700 }, 'Policy Atlas'),
        text({ fontSize: 24, color: THEME.muted }, `· ${kicker}`),
      ]),
      box({ flexDirection: 'column', flexGrow: 1, marginTop: 34 }, content),
    ],
  );
}

function companyTree(card: CompanyCard): CardNode {
  const n = Math.max(card.answers.length, 1);
  const groupCount = new Set(card.answers.map((a) => a.group)).size;
  // Every tile, its 3 px outline on each side and the gaps on one row of the 1,072 px inside the frame.
  const size = Math.max(8, Math.min(44, Math.floor((1072 - (groupCount - 1) * 14 - (n - groupCount) * 4) / n) - 6));
  const groups: CardNode[] = [];
  let current: CardNode[] = [];
  card.answers.forEach((a, i) => {
    current.push(tile(a.answer, size));
    if (card.answers[i + 1]?.group !== a.group) {
      groups.push(box({ gap: 4 }, current));
      current = [];
    }
  });
  return frame('archived privacy policy', [
    // At most two lines, a word too long for one broken where it must (fitCard cut the name to 60 characters).
    text(
      {
        fontSize: card.name.length > 22 ? 54 : 72,
        fontWeight: 700,
        lineHeight: 1.05,
        wordBreak: 'break-word',
        display: 'block',
        lineClamp: 2,
      },
      card.name,
    ),
    text({ fontSize: 32, color: THEME.muted, marginTop: 14 }, `${card.domain} · archived ${card.archived}`),
    text(
      { fontSize: 28, marginTop: 64, color: THEME.muted },
      card.reviewed
        ? `Its ${card.answers.length} answers, by topic`
        : `Not reviewed yet: ${card.answers.length} answers to come`,
    ),
    box({ gap: 14, marginTop: 16 }, groups),
    countsLine(card.counts),
  ]);
}

function practiceTree(card: PracticeCard): CardNode {
  const long = card.question.length > 70;
  return frame(`practice · ${card.group}`, [
    text({ fontSize: long ? 44 : 54, fontWeight: 700, lineHeight: 1.15 }, card.question),
    box(
      { flexDirection: 'column', gap: 12, marginTop: 30 },
      card.rows.map((r) =>
        box({ alignItems: 'center', gap: 20 }, [
          text({ fontSize: 28, width: 380, color: THEME.ink }, r.company),
          tile(r.answer, 44, true),
        ]),
      ),
    ),
    ...(card.more
      ? [text({ fontSize: 24, color: THEME.muted, marginTop: 14 }, `and ${card.more} more companies`)]
      : []),
  ]);
}

/**
 * The matrix in miniature: the companies' names in columns, large enough to read in a link
 * preview (about 500 px wide), each practice a row of answer tiles in the site's colours and
 * outlines, and a legend of what the colours mean.
 */
function matrixTree(card: MatrixCard): CardNode {
  const columns = Math.max(card.companies.length, 1);
  const gap = 8;
  const cellWidth = Math.min(150, Math.floor((700 - (columns - 1) * gap) / columns));
  const rowHeight = Math.max(8, Math.min(14, Math.floor(360 / Math.max(card.rows.length, 1)) - 2));
  const cell = (a: CardAnswer) =>
    box({
      width: cellWidth,
      height: rowHeight,
      background: a.outline === 'solid' ? a.border : THEME.paper,
      border: a.outline === 'solid' ? 'none' : `2px ${a.outline} ${a.border}`,
      borderRadius: 3,
    });
  const names = box(
    { gap, marginBottom: 8, alignItems: 'flex-end' },
    card.shortNames.map((name) =>
      box(
        { width: cellWidth, flexDirection: 'column' },
        nameBreakParts(name).length > 1 && name.length > 10
          ? nameBreakParts(name).map((part) => text({ fontSize: 26, fontWeight: 700, lineHeight: 1.05 }, part))
          : [text({ fontSize: 26, fontWeight: 700, lineHeight: 1.05 }, name)],
      ),
    ),
  );
  const grid = box({ flexDirection: 'column', gap: 3 }, [
    names,
    ...card.rows.map((r) => box({ gap }, r.answers.map(cell))),
  ]);
  const legend = box(
    { flexDirection: 'column', gap: 10, marginTop: 26 },
    card.legend.map((a) => box({ alignItems: 'center', gap: 10 }, [tile(a, 30), text({ fontSize: 24 }, a.meaning)])),
  );
  return frame(card.page === 'home' ? 'archived privacy policies' : 'compare', [
    box({ gap: 40, flexGrow: 1 }, [
      box({ flexDirection: 'column', width: 330 }, [
        text({ fontSize: 44, fontWeight: 700, lineHeight: 1.1 }, card.title),
        legend,
        ...(card.more
          ? [text({ fontSize: 22, color: THEME.muted, marginTop: 14 }, `${card.more} more in the atlas`)]
          : []),
      ]),
      grid,
    ]),
  ]);
}

/** The tree satori draws for a card. */
export function cardTree(card: CardModel): CardNode {
  switch (card.kind) {
    case 'company':
      return companyTree(card);
    case 'practice':
      return practiceTree(card);
    case 'matrix':
      return matrixTree(card);
  }
}
