/**
 * What /compare/'s "Download these columns (CSV)" and "Copy link to this comparison" do, loaded
 * on their first use (CompareExport.astro): the chosen columns and rows as /data/matrix.csv's
 * columns and escaping (src/lib/matrix/toCsv.ts), and the comparison's published URL.
 */
import { answersDiffer, parseSelection } from '../../lib/matrix/compareSelection.ts';
import { cellsToCsv, type CsvSource } from '../../lib/matrix/toCsv.ts';
import { pageUrl } from '../cite/pageUrl.ts';
import { copyAndConfirm } from '../cite/clipboard.ts';
import { statusRegion } from '../cite/statusRegion.ts';

/** The comparison's file name: `policy-atlas-corero-mimecast-differ.csv`. */
const fileName = (companies: readonly string[], all: number, differ: boolean) =>
  `policy-atlas-${companies.length === all ? 'all' : companies.join('-')}${differ ? '-differ' : ''}.csv`;

let data: Promise<CsvSource> | null = null;

/**
 * Downloads the chosen companies and rows (read from the URL, as the controls write it) as CSV,
 * built from `matrixUrl` (/data/matrix.json); when that fails, follows `download` (the whole
 * matrix, as without JavaScript).
 */
export async function downloadColumns(known: readonly string[], matrixUrl: string, download: HTMLAnchorElement) {
  const selection = parseSelection(location.search, known);
  try {
    data ??= fetch(matrixUrl).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<CsvSource>;
    });
    const source = await data;
    const chosen = new Set(selection.companies);
    const practices = source.practices
      .map((p) => p.id)
      .filter(
        (id) =>
          !selection.differOnly ||
          answersDiffer(source.cells.filter((c) => c.practice === id && chosen.has(c.company)).map((c) => c.stance)),
      );
    const csv = cellsToCsv(source, { companies: selection.companies, practices });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(selection.companies, known.length, selection.differOnly);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    statusRegion().textContent = `Downloading ${selection.companies.length} companies and ${practices.length} practices as CSV.`;
  } catch {
    data = null;
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
