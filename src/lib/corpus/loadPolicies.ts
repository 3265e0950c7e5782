/**
 * The one parse path of the policy collection, shared by the Content Layer loader and
 * `npm run check:content`: the same folder rules, slugs, duplicate check, encodings, limits
 * and messages. No Astro; reads the file system.
 */
import path from 'node:path';
import { readTaxonomy } from '../taxonomy/loadTaxonomy.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { ContentError } from '../base/errors.ts';
import { splitFrontmatter } from '../policy/frontmatter.ts';
import { parsePolicy } from './parsePolicy.ts';
import { policySchema, type PolicyData } from '../policy/policySchema.ts';
import { formatZodIssues } from '../base/zodMessage.ts';
import { shownPath } from '../base/shownPath.ts';
import { groupVersions } from '../versions/groupVersions.ts';
import { versionId } from '../versions/versionIds.ts';
import { discoverPolicies, readPolicyFile, type PolicyFolder } from './policyFiles.ts';

/** One parsed policy, ready for the store. */
export interface LoadedPolicy {
  /**
   * The collection entry's id: the company's slug for the version its page shows (its main
   * version), `<slug>@<archive date>` for its other versions (src/lib/versions/versionIds.ts).
   */
  id: string;
  /** The file's text (for the store's digest). */
  raw: string;
  /** The path shown in messages. */
  file: string;
  /** The path relative to the project root, as Astro's store wants it (`../…` outside the root). */
  filePath: string;
  data: PolicyData;
}

export interface LoadedFolder {
  policies: LoadedPolicy[];
  taxonomy: Practice[];
  /** Entries skipped on purpose (dot files, editor backups), each with a note to print. */
  skipped: PolicyFolder['skipped'];
  /** Notes on how files are published (an accented name's slug), to print. */
  notes: PolicyFolder['notes'];
}

export interface LoadOptions {
  /** The project root (absolute). */
  root: string;
  /** The policies folder, relative to the root or absolute (`POLICIES_DIR`). */
  dir: string;
  /** The taxonomy file, relative to the root. */
  taxonomy: string;
  /** Parse only these slugs (check:content's arguments); every file is still discovered. */
  only?: readonly string[];
}

/**
 * The parsed data, checked against the collection's own schema (`policySchema`, which the build's
 * Content Layer checks it against again): a file the schema would refuse is refused here, with
 * the same one-line message for the build and `check:content`.
 * @throws ContentError naming the file and the field.
 */
function checkedData(data: PolicyData, file: string): PolicyData {
  const result = policySchema.safeParse(data);
  if (!result.success)
    throw new ContentError(file, `the extracted data does not fit the site: ${formatZodIssues(result.error)}`);
  return data;
}

/**
 * Discovers, reads and parses every policy of the folder, and groups the files of one domain
 * into one company's versions (groupVersions.ts): every version's data carries the company's
 * slug and name. Nothing is returned unless every file is sound: the first problem throws.
 * @throws ContentError naming the file and what to fix.
 */
export function loadPolicyFolder({ root, dir, taxonomy, only }: LoadOptions): LoadedFolder {
  const practices = readTaxonomy(root, taxonomy);
  const { files, skipped, notes } = discoverPolicies(root, dir);
  if (only?.length) {
    const unknown = only.filter((slug) => !files.some((f) => f.slug === slug));
    if (unknown.length) {
      const { shown } = shownPath(root, dir);
      throw new ContentError(shown, `has no policy with the slug ${unknown.map((u) => `"${u}"`).join(', ')}.`);
    }
  }
  const parsed = files
    .filter((f) => !only?.length || only.includes(f.slug))
    .map((f) => {
      const raw = readPolicyFile(f);
      const filePath = path.relative(root, f.absolute).split(path.sep).join('/');
      const data = checkedData(parsePolicy(raw, f.file, practices), f.file);
      return { id: f.slug, raw, file: f.file, filePath, data, fileSlug: f.slug, ...pick(data) };
    });
  const policies: LoadedPolicy[] = [];
  for (const company of groupVersions(parsed)) {
    const name = companyName(company.main, company.versions);
    for (const version of company.versions) {
      const { raw, file, filePath, data } = version;
      policies.push({
        id: version === company.main ? company.slug : versionId(company.slug, version.archivedOn),
        raw,
        file,
        filePath,
        data: { ...data, slug: company.slug, name },
      });
    }
  }
  return { policies, taxonomy: practices, skipped, notes };
}

function pick(data: PolicyData) {
  return { domain: data.domain, archivedOn: data.archivedOn, reviewed: data.reviewed };
}

/**
 * The company's name: the one its main version's frontmatter gives, else the newest other
 * version's that gives one, else the main version's (derived from the domain).
 */
function companyName(
  main: { raw: string; file: string; data: PolicyData },
  versions: readonly { raw: string; file: string; data: PolicyData }[],
): string {
  if (versions.length === 1) return main.data.name;
  for (const v of [main, ...[...versions].reverse()]) {
    const own = splitFrontmatter(v.raw, v.file).frontmatter.name;
    if (own) return own;
  }
  return main.data.name;
}
