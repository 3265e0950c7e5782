/**
 * The one parse path of the policy collection, shared by the Content Layer loader and
 * `npm run check:content`: the same folder rules, slugs, duplicate check, encodings, limits
 * and messages. No Astro; reads the file system.
 */
import path from 'node:path';
import { readTaxonomy } from '../taxonomy/loadTaxonomy.ts';
import type { Practice } from '../taxonomy/schema.ts';
import { ContentError } from '../base/errors.ts';
import { parsePolicy } from './parsePolicy.ts';
import { policySchema, type PolicyData } from '../policy/policySchema.ts';
import { formatZodIssues } from '../base/zodMessage.ts';
import { shownPath } from '../base/shownPath.ts';
import { discoverPolicies, readPolicyFile, type PolicyFolder } from './policyFiles.ts';

/** One parsed policy, ready for the store. */
export interface LoadedPolicy {
  /** The slug: the collection entry's id. */
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
 * Discovers, reads and parses every policy of the folder. Nothing is returned unless every
 * file is sound: the first problem throws.
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
  const policies = files
    .filter((f) => !only?.length || only.includes(f.slug))
    .map((f) => {
      const raw = readPolicyFile(f);
      const filePath = path.relative(root, f.absolute).split(path.sep).join('/');
      return {
        id: f.slug,
        raw,
        file: f.file,
        filePath,
        data: checkedData(parsePolicy(raw, f.file, practices), f.file),
      };
    });
  return { policies, taxonomy: practices, skipped, notes };
}
