import type { Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';

/** One printed page: its text, its lines top to bottom, and how far down its last line ends. */
export interface PrintedPage {
  /** The text in the order Chromium painted it: a table cell's words together, whatever the columns. */
  text: string;
  /** The text's items grouped by baseline, left to right: side-by-side columns share a line. */
  lines: string[];
  /** Each line's largest font size, in points: a heading stands out from the text around it. */
  sizes: number[];
  /** Where the lowest text on the page stands, as a share of the page's height from its top (0–1). */
  filledTo: number;
}

/**
 * Prints the page to an A4 PDF as Chromium prints it (print media, the page's own `@page`
 * rules) and reads its text back page by page with PDF.js (unpdf): what a reader holds.
 * Lines are the text items grouped by their baseline, in reading order.
 */
export async function printToA4(page: Page): Promise<PrintedPage[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const sheet = await doc.getPage(n);
    const height = sheet.getViewport({ scale: 1 }).height;
    const content = await sheet.getTextContent();
    const rows = new Map<number, { x: number; text: string; size: number }[]>();
    const painted: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      painted.push(item.str, item.hasEOL ? '\n' : '');
      if (!item.str.trim()) continue;
      // (a text item's transform is [a, b, c, d, x, y], y from the page's foot)
      const transform: unknown = item.transform;
      const [a = 0, b = 0, , , x = 0, y0 = 0] = Array.isArray(transform) ? transform.map(Number) : [];
      const y = Math.round(y0);
      const row = rows.get(y) ?? [];
      row.push({ x, text: item.str, size: Math.hypot(a, b) });
      rows.set(y, row);
    }
    const ys = [...rows.keys()].sort((a, b) => b - a);
    pages.push({
      text: painted.join(''),
      lines: ys.map((y) =>
        (rows.get(y) ?? [])
          .sort((a, b) => a.x - b.x)
          .map((i) => i.text)
          .join(' '),
      ),
      sizes: ys.map((y) => Math.max(...(rows.get(y) ?? []).map((i) => i.size))),
      filledTo: ys.length ? 1 - Math.min(...ys) / height : 0,
    });
  }
  return pages;
}

/** Text compared across line breaks and typography: letters and digits only, lower case, NFKC. */
export const squeeze = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether `text` is on paper in full: on one page, or begun at the foot of a page and carried on
 * at the top of the next (and the next). Where columns stand side by side, a page's text holds
 * each column in turn, so a quote a page break splits is the end of one page's run of its
 * column and the start of the next page's; its beginning is looked for on one page (at least a
 * few letters of it), the rest from the next.
 */
export function printedWhole(pages: readonly PrintedPage[], text: string): boolean {
  const texts = pages.map((p) => squeeze(p.text));
  const from = (i: number, rest: string): boolean => {
    const page = texts[i];
    if (page === undefined) return false;
    if (page.includes(rest)) return true;
    // The longest beginning of `rest` on this page (a beginning found means every shorter one is).
    let [found, tooLong] = [0, rest.length];
    while (tooLong - found > 1) {
      const mid = (found + tooLong) >> 1;
      if (page.includes(rest.slice(0, mid))) found = mid;
      else tooLong = mid;
    }
    return found >= 12 && from(i + 1, rest.slice(found));
  };
  const wanted = squeeze(text);
  return texts.some((_, i) => from(i, wanted));
}
