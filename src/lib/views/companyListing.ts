/**
 * The order companies are listed in wherever a list of them is paged (`/companies/`, each
 * practice page): the reviewed companies first, then the rest, each part in the given order (the
 * site's: by name), so the first page leads with answers a person checked. Also the page each
 * company falls on, for links to its answer on a practice's page, and each page's name range,
 * for a reader looking for a name. Pure: no Astro.
 */
import { pageOfIndex, paginate, PAGE_SIZE } from '../site/paging.ts';

/**
 * Up to this many companies, a page that speaks of all of them (About, the practices index) names
 * each one; beyond, it names the first ones in listing order and counts the rest, so it does not
 * grow with the corpus.
 */
export const NAMED_COMPANIES = 8;

interface Listed {
  slug: string;
  name: string;
  reviewed: boolean;
}

/** The companies in listing order: reviewed first, each part in the given order. */
export function listingOrder<T extends Pick<Listed, 'reviewed'>>(companies: readonly T[]): T[] {
  return [...companies.filter((c) => c.reviewed), ...companies.filter((c) => !c.reviewed)];
}

/** The page of the listing each company falls on, by slug. */
export function listingPages(
  companies: readonly Pick<Listed, 'slug' | 'reviewed'>[],
  size = PAGE_SIZE,
): Map<string, number> {
  return new Map(listingOrder(companies).map((c, i) => [c.slug, pageOfIndex(i, size)]));
}

/** One page of the listing as a jump list shows it: `Page 3: Acme – Initech`, and whether it holds reviewed companies. */
export interface PageRange {
  number: number;
  from: string;
  to: string;
}

/** Each page's first and last company name, in listing order. */
export function pageRanges(companies: readonly Pick<Listed, 'name' | 'reviewed'>[], size = PAGE_SIZE): PageRange[] {
  return paginate(listingOrder(companies), size).map((page) => ({
    number: page.number,
    from: page.items[0]?.name ?? '',
    to: page.items.at(-1)?.name ?? '',
  }));
}
