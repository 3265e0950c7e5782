import type { Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';

/** One printed page: its text, its lines top to bottom, and how far down its last line ends. */
export interface PrintedPage {
  /** The text in the order Chromium painted it: a table cell's words together, whatever the columns. */
  text: string;
  /** The text's items grouped by baseline, left to right: side-by-side columns share a line. */
  lines: string[];
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
    const rows = new Map<number, { x: number; text: string }[]>();
    const painted: string[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      painted.push(item.str, item.hasEOL ? '\n' : '');
      if (!item.str.trim()) continue;
      // (a text item's transform is [a, b, c, d, x, y], y from the page's foot)
      const transform: unknown = item.transform;
      const [x = 0, y0 = 0] = Array.isArray(transform) ? transform.slice(4).map(Number) : [];
      const y = Math.round(y0);
      const row = rows.get(y) ?? [];
      row.push({ x, text: item.str });
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
