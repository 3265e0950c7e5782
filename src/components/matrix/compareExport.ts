/**
 * What /compare/'s "Download these columns (CSV)" and "Copy link to this comparison" do, loaded
 * on their first use (CompareExport.astro): the chosen columns and rows, from each column's
 * cells file, in /data/matrix.csv's columns and escaping (src/lib/matrix/toCsv.ts), and the
 * comparison's published URL.
 */
import { answersDiffer, parseSelection } from '../../lib/matrix/compareSelection.ts';
import { cellsToCsv, type CsvSource } from '../../lib/matrix/toCsv.ts';
import { pageUrl } from '../cite/pageUrl.ts';
import { copyAndConfirm } from '../cite/clipboard.ts';
import { statusRegion } from '../cite/statusRegion.ts';

/** The comparison's file name: `policy-atlas-corero-mimecast-differ.csv`. */
const fileName = (columns: readonly string[], differ: boolean) =>
  `policy-atlas-${columns.join('-').replaceAll('@', '-')}${differ ? '-differ' : ''}.csv`;

/** Each column's cells (`/compare/columns/<key>.json`), fetched once. */
const sources = new Map<string, Promise<CsvSource>>();
const columnSource = (base: string, key: string): Promise<CsvSource> => {
  let source = sources.get(key);
  if (!source) {
    source = fetch(`${base}${key}.json`).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<CsvSource>;
    });
    source.catch(() => sources.delete(key));
    sources.set(key, source);
  }
  return source;
};

/**
 * Downloads the chosen columns and rows (read from the URL, as the controls write it, the
 * `defaults` when it chooses none) as CSV, put together from each column's cells under
 * `columnsUrl`; when that fails, follows `download` (the whole matrix, as without JavaScript).
 */
export async function downloadColumns(defaults: readonly string[], columnsUrl: string, download: HTMLAnchorElement) {
  const selection = parseSelection(location.search, defaults);
  try {
    const columns = await Promise.all(selection.columns.map((key) => columnSource(columnsUrl, key)));
    const cells = columns.flatMap((c) => c.cells);
    const source: CsvSource = { practices: columns[0]?.practices ?? [], cells };
    const practices = source.practices
      .map((p) => p.id)
      .filter(
        (id) => !selection.differOnly || answersDiffer(cells.filter((c) => c.practice === id).map((c) => c.stance)),
      );
    const csv = cellsToCsv(
      { practices: source.practices, cells: practices.flatMap((id) => cells.filter((c) => c.practice === id)) },
      { practices },
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(selection.columns, selection.differOnly);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    statusRegion().textContent = `Downloading ${selection.columns.length} columns and ${practices.length} practices as CSV.`;
  } catch {
    location.href = download.href;
  }
}

/** Copies the page's published URL with every view option of its query string; confirms beside `host`. */
export function copyComparisonLink(host: HTMLElement): void {
  const url = new URL(location.search + location.hash, pageUrl()).href;
  void copyAndConfirm(host, url, {
    announce: `Link copied: ${url}`,
    failed: 'Could not copy; the link is in the address bar.',
  });
}
