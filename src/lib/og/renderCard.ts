/**
 * Draws a card as a 1200 × 630 PNG: satori lays the tree out as SVG with the Inter font from
 * the @fontsource/inter package (read from node_modules, never fetched), resvg rasterises it,
 * and sharp writes it as a palette PNG without dithering (a card has few flat colours: about
 * 20 KB instead of 50).
 * Cards are cached on disk by a hash of what they show, so an unchanged card costs a file
 * read on the next build. Node only (no Astro); called from the build's card endpoint.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { CardModel } from './cardModel.ts';
import { coverageOf, fitCard } from './fitCard.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from './cardTree.ts';

/** Bump when the layout changes, so cached cards are redrawn. */
const LAYOUT_VERSION = 3;

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | null = null;
let covered: ((codePoint: number) => boolean) | null = null;

/**
 * Every subset of Inter the package holds (Latin and Latin Extended, Greek, Cyrillic,
 * Vietnamese), as its CSS lists them with their `unicode-range`: satori takes each glyph from the
 * subset that has it, and `fitCard` keeps the rest (Arabic, Hebrew, CJK, emoji) off the card.
 */
function loadFonts(): NonNullable<typeof fonts> {
  if (fonts) return fonts;
  const ranges: string[] = [];
  fonts = ([400, 700] as const).flatMap((weight) => {
    const css = readFileSync(require.resolve(`@fontsource/inter/${weight}.css`), 'utf8');
    const subsets = [
      ...css.matchAll(/url\(\.\/files\/(inter-([a-z-]+)-\d+-normal\.woff)\)[^}]*unicode-range:\s*([^;]+);/g),
    ];
    // Latin first, as "Inter" (the family the layout names); satori takes a glyph Latin lacks from
    // the next font that has it, each subset a family of its own.
    subsets.sort((a, b) => Number(b[2] === 'latin') - Number(a[2] === 'latin'));
    return subsets.map(([, file, subset, range]) => {
      ranges.push(range!);
      return {
        name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
        data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
        weight,
        style: 'normal' as const,
      };
    });
  });
  covered = coverageOf(ranges);
  return fonts;
}

/** Which code points the card's fonts draw. */
function fontCoverage(): (codePoint: number) => boolean {
  loadFonts();
  return covered!;
}

/** The card as SVG text (satori's output). */
async function cardSvg(card: CardModel): Promise<string> {
  return satori(cardTree(fitCard(card, fontCoverage())), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
}

/** Colours in the card's palette: the answer tones, the theme and the anti-aliased edges between them. */
const PALETTE_COLOURS = 96;

/**
 * The card as PNG bytes.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export async function renderCard(card: CardModel): Promise<Buffer> {
  const svg = await cardSvg(card);
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: PALETTE_COLOURS, quality: 85, dither: 0, effort: 3, compressionLevel: 9 })
    .toBuffer();
}

/** Where cards are cached between builds (git-ignored with node_modules). */
const CARD_CACHE_DIR = join('node_modules', '.cache', 'policy-atlas-cards');

/**
 * The cache key of a card: a hash of the layout version and what it shows.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function cardHash(card: CardModel): string {
  return createHash('sha256')
    .update(`${LAYOUT_VERSION}\n${JSON.stringify(card)}`)
    .digest('hex')
    .slice(0, 32);
}

/** The card's PNG, from the cache when a card with the same content was drawn before. */
export async function cachedCard(card: CardModel, dir = CARD_CACHE_DIR): Promise<Buffer> {
  const file = join(dir, `${cardHash(card)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderCard(card);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
    return png;
  }
}
