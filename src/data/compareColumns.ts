/**
 * The columns /compare/ can show, each rendered by one component (MatrixColumn.astro) whether
 * it is in the page's HTML (the default set) or fetched later as its fragment
 * (`/compare/columns/<key>/`), and offered by the picker (`/compare/picker/<prefix>.json`).
 * A column is a company (key: its slug) or, keyed `<slug>@<archive date>`, one archived version
 * of it: whoever adds versions adds them to {@link getCompareColumns} and they reach the
 * fragments, the picker and the CSV with nothing else to change.
 */
import type { CompanyAnswers } from '../lib/views/answerCounts.ts';
import type { MatrixCell } from '../lib/matrix/buildMatrix.ts';
import { cellOf } from '../lib/matrix/buildMatrix.ts';
import { columnKey } from '../lib/matrix/columnKey.ts';
import type { PickerEntry } from '../lib/matrix/pickerIndex.ts';
import { companyPath } from '../lib/site/paths.ts';
import { getCompanyAnswers, getListing, getMatrix, getPolicies } from './atlas.ts';

/** One column of the comparison. */
export interface CompareColumn {
  /** `?c=` key: `mimecast`, or `mimecast@2016-12-03` for one archived version. */
  key: string;
  /** The company's slug. */
  company: string;
  /** The company's name, in the column's header. */
  name: string;
  /** Under the name: the domain, or what the column is (`archived 2016-12-03`, `not reviewed`). */
  sub: string;
  /** The page the header links to. */
  href: string;
  /** The page of the paged lists (each practice's page) the company falls on: its answers' links go there. */
  listingPage: number;
  reviewed: boolean;
  /** Each practice's cell, by practice id. */
  cells: ReadonlyMap<string, MatrixCell>;
  /** The answers' counts, for the "In total" row. */
  answers: CompanyAnswers;
  /** What a citation of a quote in this column names (CitationSources). */
  citation: { slug: string; name: string; title: string; domain: string; archivedOn: string; snapshotUrl: string };
}

/** How many columns the page shows when `?c=` chooses none. */
const DEFAULT_COLUMNS = 5;

let columns: Promise<CompareColumn[]> | null = null;

/** Every column a comparison can show, in the companies' order. */
export function getCompareColumns(): Promise<CompareColumn[]> {
  if (columns && import.meta.env.PROD) return columns;
  columns = (async () => {
    const [matrix, answers, policies, listing] = await Promise.all([
      getMatrix(),
      getCompanyAnswers(),
      getPolicies(),
      getListing(),
    ]);
    const policyOf = new Map(policies.map((p) => [p.slug, p]));
    return matrix.companies.map((c): CompareColumn => {
      const policy = policyOf.get(c.slug)!;
      return {
        key: columnKey({ company: c.slug }),
        company: c.slug,
        name: c.name,
        sub: c.reviewed ? c.domain : 'not reviewed',
        href: companyPath(c.slug),
        listingPage: listing.pageOf.get(c.slug) ?? 1,
        reviewed: c.reviewed,
        cells: new Map(matrix.practices.map((p) => [p.id, cellOf(matrix, c.slug, p.id)!])),
        answers: answers.get(c.slug)!,
        citation: {
          slug: c.slug,
          name: c.name,
          title: policy.title,
          domain: c.domain,
          archivedOn: c.archivedOn,
          snapshotUrl: c.snapshotUrl,
        },
      };
    });
  })();
  return columns;
}

/**
 * The columns shown when `?c=` chooses none: the reviewed companies, else the first few, at most
 * {@link DEFAULT_COLUMNS} (companies, not versions).
 */
export function defaultColumns(all: readonly CompareColumn[]): CompareColumn[] {
  const companies = all.filter((c) => c.key === c.company);
  const reviewed = companies.filter((c) => c.reviewed);
  return (reviewed.length ? reviewed : companies).slice(0, DEFAULT_COLUMNS);
}

/** A column as the picker lists it. */
export function pickerEntry(column: CompareColumn): PickerEntry {
  return { key: column.key, name: column.name, detail: column.citation.domain };
}
