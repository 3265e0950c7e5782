/**
 * The columns /compare/ can show, each rendered by one component (MatrixColumn.astro) whether
 * it is in the page's HTML (the default set) or fetched later as its fragment
 * (`/compare/columns/<key>/`), and offered by the picker (`/compare/picker/<prefix>.json`).
 * A column is a company (key: its slug) or, keyed `<slug>@<archive date>`, one archived version
 * of it (its name the company's and the date, `Mimecast 2010-08-13`, which the picker finds).
 */
import { answersByCompany, type CompanyAnswers } from '../lib/views/answerCounts.ts';
import type { MatrixCell } from '../lib/matrix/buildMatrix.ts';
import { buildMatrix, cellOf } from '../lib/matrix/buildMatrix.ts';
import { columnKey } from '../lib/matrix/columnKey.ts';
import type { PickerEntry } from '../lib/matrix/pickerIndex.ts';
import { versionColumnName } from '../lib/matrix/shortNames.ts';
import { companyPath, versionPath } from '../lib/site/paths.ts';
import { getCompanyAnswers, getListing, getMatrix, getPolicies, getTaxonomy } from './atlas.ts';
import { getTimelines } from './versions.ts';

/** One column of the comparison. */
export interface CompareColumn {
  /** `?c=` key: `mimecast`, or `mimecast@2016-12-03` for one archived version. */
  key: string;
  /** The company's slug. */
  company: string;
  /** The column's name, in its header: the company's, and a version's archive date (`Mimecast 2010-08-13`). */
  name: string;
  /** A version column's archive date (`2010-08-13`); absent for a company's column. */
  version?: string;
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
  /**
   * What a citation of a quote in this column names (CitationSources), listed under `slug`: the
   * company's slug, or a version column's key, since its title, date and snapshot are its own.
   */
  citation: { slug: string; name: string; title: string; domain: string; archivedOn: string; snapshotUrl: string };
}

/** How many columns the page shows when `?c=` chooses none. */
const DEFAULT_COLUMNS = 5;

let columns: Promise<CompareColumn[]> | null = null;

/**
 * Every column a comparison can show: each company (its main version), in the companies'
 * order, then each archived version of a company with several, oldest first, whose quotes
 * and header link to the version's own page.
 */
export function getCompareColumns(): Promise<CompareColumn[]> {
  if (columns && import.meta.env.PROD) return columns;
  columns = (async () => [...(await companyColumns()), ...(await versionColumns())])();
  return columns;
}

/** One column per archived version of each company with several versions. */
async function versionColumns(): Promise<CompareColumn[]> {
  const [timelines, taxonomy] = await Promise.all([getTimelines(), getTaxonomy()]);
  return [...timelines.values()]
    .filter((t) => t.versions.length > 1)
    .flatMap((t) =>
      t.versions.map(({ data: policy }): CompareColumn => {
        const date = policy.archivedOn;
        const matrix = buildMatrix([policy], taxonomy, (slug, clauseId) => versionPath(slug, date, clauseId));
        const key = columnKey({ company: policy.slug, version: date });
        const name = versionColumnName(t.name, date);
        const answers = answersByCompany(matrix).get(policy.slug);
        if (!answers) throw new Error(`versionColumns: no answers for ${key}`);
        return {
          key,
          company: policy.slug,
          name,
          version: date,
          sub: policy.reviewed ? policy.domain : 'not reviewed',
          href: versionPath(policy.slug, date),
          listingPage: 1,
          reviewed: policy.reviewed,
          cells: new Map(matrix.cells.map((cell) => [cell.practice, cell])),
          answers,
          citation: {
            slug: key,
            name: t.name,
            title: policy.title,
            domain: policy.domain,
            archivedOn: date,
            snapshotUrl: policy.snapshotUrl,
          },
        };
      }),
    );
}

/** One column per company, showing its main version. */
async function companyColumns(): Promise<CompareColumn[]> {
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
