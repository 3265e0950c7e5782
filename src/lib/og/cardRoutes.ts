/**
 * Where each page's card lives and whether this build makes cards. Pure: no Astro.
 * `/og/home.png`, `/og/compare.png`, `/og/companies/<slug>.png`, `/og/practices/<id>.png`.
 */

/** What a card is of: a page type and, for companies and practices, which one. */
export type CardOf =
  { page: 'home' } | { page: 'compare' } | { page: 'company'; slug: string } | { page: 'practice'; id: string };

/** The card's path under the site's base, without the leading slash: `og/companies/mimecast.png`. */
export function cardPath(of: CardOf): string {
  switch (of.page) {
    case 'home':
      return 'og/home.png';
    case 'compare':
      return 'og/compare.png';
    case 'company':
      return `og/companies/${of.slug}.png`;
    case 'practice':
      return `og/practices/${of.id}.png`;
  }
}

/**
 * Whether the build draws cards: yes unless `OG_IMAGES` is `off` (or `0`, `false`, `no`). A
 * build without cards has no `og:image` and a `summary` Twitter card.
 * @throws Error naming the variable when it holds anything else.
 */
export function cardsEnabled(value: string | undefined): boolean {
  if (value === undefined || value === '') return true;
  const v = value.trim().toLowerCase();
  if (['on', '1', 'true', 'yes'].includes(v)) return true;
  if (['off', '0', 'false', 'no'].includes(v)) return false;
  throw new Error(`OG_IMAGES must be "on" or "off", not "${value}".`);
}
