import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, cardModel } from '../../data/cards.ts';
import type { CardOf } from '../../lib/og/cardRoutes.ts';
import { cachedCard } from '../../lib/og/renderCard.ts';

/**
 * `/og/<page>.png`: each page's Open Graph card, drawn at build time (src/lib/og/), cached by
 * content between builds. None when the build runs with `OG_IMAGES=off`.
 */
export const getStaticPaths = (async () =>
  (await allCards()).map(({ of, path }) => ({
    params: { card: path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { of },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ of: CardOf }> = async ({ props }) => {
  const png = await cachedCard(await cardModel(props.of));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
