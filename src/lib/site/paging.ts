/**
 * Lists split into pages of a bounded size, so that no page grows with the number of policies:
 * `/companies/` and each practice page show at most {@link PAGE_SIZE} companies, the rest on
 * `…/page/2/`, `…/page/3/`… Page 1 is the list's own address. Pure: no Astro.
 */

/** Companies per page: a multiple of 2 and 3, so the two- and three-column grids end full. */
export const PAGE_SIZE = 48;

/** One page of a list. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  items: T[];
  /** 1-based positions of the page's first and last item in the whole list (0 and 0 when it is empty). */
  first: number;
  last: number;
  /** How many items the whole list holds. */
  total: number;
}

/** Splits a list into pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`paginate: page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number: i + 1,
      count,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/** The 1-based page that holds the item at 0-based `index`. */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

/**
 * The page numbers a pager links to, with `null` where numbers are left out: the first and the
 * last, the current one and `around` on each side, so the pager stays one short line whatever
 * the count (`1 … 4 5 6 … 42`). A gap of one number shows the number instead of an ellipsis.
 */
export function pagerNumbers(current: number, count: number, around = 1): (number | null)[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}

/** The address of page `n` of a list whose first page is at `base` (which ends with a slash). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}
