/**
 * Versions as content: policy files whose archive headers name the same domain are versions of
 * one company, ordered by archive date. Pure: no Astro, no I/O.
 *
 * - The company's slug is its files' slug without a trailing archive date
 *   (`mimecast-2016-12-03.md` → `mimecast`); when its files give several, the shortest (then the
 *   first in alphabetical order): `mimecast.md` and `mimecast-2016-12-03.md` are `mimecast`.
 * - The version the company page shows (its main version): the newest reviewed one, else the newest.
 * - Two files of one domain with one archive date are refused, naming both files; so are two
 *   domains that would share a company slug.
 */
import { ContentError } from '../base/errors.ts';
import { at } from '../base/at.ts';

/** What grouping needs to know of one parsed policy file. */
export interface VersionFile {
  /** The path shown in messages (`content/policies/mimecast-2016-12-03.md`). */
  file: string;
  /** The slug of its file name (`mimecast-2016-12-03`). */
  fileSlug: string;
  domain: string;
  archivedOn: string;
  /** Whether it holds a finished review. */
  reviewed: boolean;
}

/** One company and its versions. */
export interface CompanyVersions<F extends VersionFile> {
  /** The company's slug: its URL segment. */
  slug: string;
  domain: string;
  /** Every version, oldest first. */
  versions: F[];
  /** The version the company page shows: the newest reviewed, else the newest. */
  main: F;
}

/** A trailing `-YYYY-MM-DD` in a file slug: the date a version's file is named after. */
const DATE_SUFFIX = /-(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A file slug without its trailing date: `mimecast-2016-12-03` → `mimecast`; unchanged without one.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function companySlugOf(fileSlug: string): string {
  const stripped = fileSlug.replace(DATE_SUFFIX, '');
  return stripped === '' ? fileSlug : stripped;
}

/**
 * The version a company page shows: the newest reviewed one, else the newest (`versions` oldest first).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function mainVersion<F extends Pick<VersionFile, 'reviewed'>>(versions: readonly F[]): F {
  const reviewed = versions.filter((v) => v.reviewed);
  const main = (reviewed.length ? reviewed : versions).at(-1);
  if (!main) throw new Error('mainVersion: a company has at least one version');
  return main;
}

/**
 * Groups parsed policy files into companies by the domain their archive headers name.
 * Companies come in the order of their slugs; versions oldest first.
 * @throws ContentError naming both files when one domain has two files with one archive date,
 *   or when two domains would share a company slug.
 */
export function groupVersions<F extends VersionFile>(files: readonly F[]): CompanyVersions<F>[] {
  const byDomain = new Map<string, F[]>();
  for (const f of files) {
    const list = byDomain.get(f.domain);
    if (list) list.push(f);
    else byDomain.set(f.domain, [f]);
  }
  const companies: CompanyVersions<F>[] = [];
  const bySlug = new Map<string, CompanyVersions<F>>();
  for (const [domain, list] of byDomain) {
    const versions = [...list].sort((a, b) => a.archivedOn.localeCompare(b.archivedOn) || a.file.localeCompare(b.file));
    for (let i = 1; i < versions.length; i++) {
      const [before, after] = [at(versions, i - 1), at(versions, i)];
      if (before.archivedOn === after.archivedOn) {
        throw new ContentError(
          after.file,
          `archives ${domain} on ${after.archivedOn}, as ${before.file} does: one company cannot have two versions of one date; remove one of the two files.`,
        );
      }
    }
    const slug = at(
      versions.map((v) => companySlugOf(v.fileSlug)).sort((a, b) => a.length - b.length || a.localeCompare(b)),
      0,
    );
    const other = bySlug.get(slug);
    if (other) {
      throw new ContentError(
        at(versions, 0).file,
        `would be the company "${slug}" (archived from ${domain}), as ${other.main.file} is (archived from ${other.domain}); rename one of the two files.`,
      );
    }
    const company = { slug, domain, versions, main: mainVersion(versions) };
    bySlug.set(slug, company);
    companies.push(company);
  }
  return companies.sort((a, b) => a.slug.localeCompare(b.slug));
}
