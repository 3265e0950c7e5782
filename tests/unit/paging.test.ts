import { describe, expect, it } from 'vitest';
import { pageOfIndex, pagerNumbers, pageUrl, paginate, PAGE_SIZE } from '../../src/lib/site/paging.ts';
import { listingOrder, listingPages, pageRanges } from '../../src/lib/views/companyListing.ts';
import { stanceCounts } from '../../src/lib/views/stanceCounts.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('keeps a short list on one page, with no second page to link to', () => {
    const [only, ...rest] = paginate(range(5));
    expect(rest).toEqual([]);
    expect(only).toEqual({ number: 1, count: 1, items: [1, 2, 3, 4, 5], first: 1, last: 5, total: 5 });
  });
  it('bounds every page at the page size, whatever the list holds, and loses nothing', () => {
    for (const n of [PAGE_SIZE, PAGE_SIZE + 1, 2000, 5003]) {
      const pages = paginate(range(n));
      expect(pages).toHaveLength(Math.ceil(n / PAGE_SIZE));
      expect(Math.max(...pages.map((p) => p.items.length))).toBeLessThanOrEqual(PAGE_SIZE);
      expect(pages.flatMap((p) => p.items)).toEqual(range(n));
      expect(pages.at(-1)).toMatchObject({ last: n, total: n, count: pages.length });
    }
  });
  it('numbers a page’s items from where it starts', () => {
    expect(paginate(range(10), 4).map((p) => [p.first, p.last])).toEqual([
      [1, 4],
      [5, 8],
      [9, 10],
    ]);
  });
  it('gives an empty list one empty page, and refuses a page size below one', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
  it('finds the page of an item', () => {
    expect([0, 47, 48, 95, 96].map((i) => pageOfIndex(i))).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('pagerNumbers', () => {
  it('links every page while there are few', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });
  it('keeps the first, the last and the current page’s neighbours, eliding the rest', () => {
    expect(pagerNumbers(1, 42)).toEqual([1, 2, null, 42]);
    expect(pagerNumbers(20, 42)).toEqual([1, null, 19, 20, 21, null, 42]);
    expect(pagerNumbers(42, 42)).toEqual([1, null, 41, 42]);
  });
  it('shows a lone left-out number instead of an ellipsis', () => {
    expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });
  it('stays short however many pages there are', () => {
    for (const current of [1, 50, 104, 105]) expect(pagerNumbers(current, 105).length).toBeLessThanOrEqual(7);
  });
});

describe('pageUrl', () => {
  it('keeps page 1 at the list’s own address and the others under page/', () => {
    expect(pageUrl('/companies/', 1)).toBe('/companies/');
    expect(pageUrl('/companies/', 3)).toBe('/companies/page/3/');
    expect(pageUrl('/policy-atlas/practices/cookies/', 2)).toBe('/policy-atlas/practices/cookies/page/2/');
  });
});

describe('the companies’ listing order', () => {
  const companies = [
    { slug: 'a', name: 'Acme', reviewed: false },
    { slug: 'b', name: 'Beta', reviewed: true },
    { slug: 'c', name: 'Cyan', reviewed: false },
    { slug: 'd', name: 'Delta', reviewed: true },
    { slug: 'e', name: 'Echo', reviewed: false },
  ];
  it('puts the reviewed companies first, each part in the given order', () => {
    expect(listingOrder(companies).map((c) => c.slug)).toEqual(['b', 'd', 'a', 'c', 'e']);
  });
  it('knows the page each company falls on', () => {
    expect(Object.fromEntries(listingPages(companies, 2))).toEqual({ b: 1, d: 1, a: 2, c: 2, e: 3 });
  });
  it('names each page by its first and last company', () => {
    expect(pageRanges(companies, 2)).toEqual([
      { number: 1, from: 'Beta', to: 'Delta' },
      { number: 2, from: 'Acme', to: 'Cyan' },
      { number: 3, from: 'Echo', to: 'Echo' },
    ]);
  });
});

describe('stanceCounts', () => {
  it('counts each answer once, in the vocabulary’s order, leaving out answers nobody gave', () => {
    const cells = [
      { stance: 'no', tone: 'good' },
      { stance: 'not-reviewed', tone: 'unreviewed' },
      { stance: 'yes', tone: 'bad' },
      { stance: 'no', tone: 'good' },
    ] as const;
    expect(stanceCounts(cells)).toEqual([
      { stance: 'yes', tone: 'bad', count: 1 },
      { stance: 'no', tone: 'good', count: 2 },
      { stance: 'not-reviewed', tone: 'unreviewed', count: 1 },
    ]);
  });
});
