/**
 * The search index as named records. The JSON the build writes (buildSearchIndex.ts) is
 * positional to stay small (`[company, section, id, text, detected, curated]`); the engine
 * reads it once, through here, into records with named fields, checking every entry on the
 * way: a corrupt or truncated index throws a SearchIndexError saying which entry is wrong,
 * rather than turning into wrong or missing results later. Pure: no DOM, no Astro.
 */
import type { SearchIndex } from './buildSearchIndex.ts';

export interface CompanyRecord {
  slug: string;
  name: string;
  /** Archive dates of its versions, the main one first; empty when the index does not say. */
  versions: readonly string[];
}

export interface PracticeRecord {
  id: string;
  label: string;
}

export interface SectionRecord {
  /** Index into `companies`. */
  company: number;
  /** The heading's anchor id on the company page. */
  id: string;
  text: string;
}

export interface ClauseRecord {
  /** Index into `companies`. */
  company: number;
  /** Index into `sections`, or -1 before the policy's first heading. */
  section: number;
  /** The clause's anchor id on the company page. */
  id: string;
  text: string;
  /** Practices (indexes into `practices`) the build detected in the clause. */
  detected: readonly number[];
  /** Practices whose reviewed quotes cite the clause. */
  curated: readonly number[];
  /** Every practice the clause is tagged with, each once: the curated ones, then the detected. */
  practices: readonly number[];
  /** The company's versions that hold the clause (indexes into its `versions`; 0 is the main one). */
  versions: readonly number[];
}

export interface IndexRecords {
  companies: readonly CompanyRecord[];
  practices: readonly PracticeRecord[];
  sections: readonly SectionRecord[];
  /** In document order: a clause's position here is its document number. */
  clauses: readonly ClauseRecord[];
}

/** The search index cannot be read: it is corrupt, truncated or of another shape. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const isIndex = (value: unknown, length: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < length;

function fail(where: string, problem: string): never {
  throw new SearchIndexError(`The search index is corrupt: ${where} ${problem}.`);
}

function entry(value: unknown, where: string, length: number, optional = 0): unknown[] {
  if (!Array.isArray(value) || value.length < length || value.length > length + optional)
    fail(where, `is not a list of ${length} fields`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, 'is not a string');
  return value;
}

function practiceList(value: unknown, where: string, practices: number): number[] {
  if (!Array.isArray(value) || !value.every((p) => isIndex(p, practices)))
    fail(where, 'is not a list of practice numbers');
  return value;
}

/**
 * Reads a parsed index into records.
 * @throws SearchIndexError naming the first entry that is not what the format says.
 */
export function readIndexRecords(index: SearchIndex): IndexRecords {
  for (const list of ['companies', 'practices', 'sections', 'clauses'] as const)
    if (!Array.isArray(index[list])) fail(list, 'is not a list');
  const companies = index.companies.map((value, i): CompanyRecord => {
    const [slug, name, versions = []] = entry(value, `companies[${i}]`, 2, 1);
    if (!Array.isArray(versions) || !versions.every((d) => typeof d === 'string'))
      fail(`companies[${i}].versions`, 'is not a list of dates');
    return { slug: text(slug, `companies[${i}].slug`), name: text(name, `companies[${i}].name`), versions };
  });
  const practices = index.practices.map((value, i): PracticeRecord => {
    const [id, label] = entry(value, `practices[${i}]`, 2);
    return { id: text(id, `practices[${i}].id`), label: text(label, `practices[${i}].label`) };
  });
  const sections = index.sections.map((value, i): SectionRecord => {
    const [company, id, heading] = entry(value, `sections[${i}]`, 3);
    if (!isIndex(company, companies.length)) fail(`sections[${i}].company`, 'is not a company number');
    return { company, id: text(id, `sections[${i}].id`), text: text(heading, `sections[${i}].text`) };
  });
  const clauses = index.clauses.map((value, i): ClauseRecord => {
    const where = `clauses[${i}]`;
    const [company, section, id, body, detected, curated, versions = [0]] = entry(value, where, 6, 1);
    if (!isIndex(company, companies.length)) fail(`${where}.company`, 'is not a company number');
    if (section !== -1 && !isIndex(section, sections.length)) fail(`${where}.section`, 'is not a section number');
    const detectedIds = practiceList(detected, `${where}.detected`, practices.length);
    const curatedIds = practiceList(curated, `${where}.curated`, practices.length);
    const versionCount = Math.max(1, companies[company]!.versions.length);
    if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => isIndex(v, versionCount)))
      fail(`${where}.versions`, 'is not a list of version numbers');
    return {
      company,
      section,
      id: text(id, `${where}.id`),
      text: text(body, `${where}.text`),
      detected: detectedIds,
      curated: curatedIds,
      practices: [...new Set([...curatedIds, ...detectedIds])],
      versions,
    };
  });
  return { companies, practices, sections, clauses };
}
