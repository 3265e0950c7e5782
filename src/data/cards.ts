/**
 * The Open Graph cards of this build: whether it makes them (`OG_IMAGES`), each page's card
 * (path, absolute URL, alt text) for the layout's head, and the card models for the endpoint
 * that draws them. Built once per build from the matrix.
 */
import { cardAlt, type CardModel } from '../lib/og/cardModel.ts';
import { cardPath, cardsEnabled, type CardOf } from '../lib/og/cardRoutes.ts';
import { cardsFor } from '../lib/og/cardsFromMatrix.ts';
import { CARD_VOCABULARY } from '../lib/og/cardVocabulary.ts';
import { href } from '../lib/site/paths.ts';
import { getMatrix, once } from './atlas.ts';

/** Whether this build draws cards (README → Hosting: `OG_IMAGES`). */
const CARDS_ON = cardsEnabled(process.env['OG_IMAGES']);

/** A page's card as its head names it. */
export interface PageCard {
  /** Site path with the base: `/policy-atlas/og/companies/mimecast.png`. */
  path: string;
  /** What the picture shows, in words. */
  alt: string;
}

/** The card builder, with its index of the matrix, made once per build. */
const builder = once(async () => cardsFor(await getMatrix(), CARD_VOCABULARY));

/** The model of one card. */
export async function cardModel(of: CardOf): Promise<CardModel> {
  const cards = await builder();
  switch (of.page) {
    case 'home':
    case 'compare':
      return cards.miniature(of.page);
    case 'company':
      return cards.company(of.slug);
    case 'practice':
      return cards.practice(of.id);
  }
}

/** A page's card for its head; null when this build makes no cards. */
export async function pageCard(of: CardOf): Promise<PageCard | null> {
  if (!CARDS_ON) return null;
  return { path: href(`/${cardPath(of)}`), alt: cardAlt(await cardModel(of)) };
}

/** Every card of the build, for the endpoint: what it is of and its path. */
export async function allCards(): Promise<{ of: CardOf; path: string }[]> {
  if (!CARDS_ON) return [];
  const matrix = await getMatrix();
  const of: CardOf[] = [
    { page: 'home' },
    { page: 'compare' },
    ...matrix.companies.map((c): CardOf => ({ page: 'company', slug: c.slug })),
    ...matrix.practices.map((p): CardOf => ({ page: 'practice', id: p.id })),
  ];
  return of.map((o) => ({ of: o, path: cardPath(o) }));
}
