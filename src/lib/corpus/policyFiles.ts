/**
 * Finding and reading the policy files of a folder: the one discovery path of the loader and
 * `npm run check:content` (no Astro; reads the file system).
 *
 * A policy file is `<slug>.md` or `<slug>.markdown`, in any letter case. Dot files (an editor's
 * `.#corero.md` lock, `.hidden.md`) and editor backups (`corero.md~`, `#corero.md#`) are skipped
 * with a note; every other entry with a policy extension must be a readable file, or the
 * build stops with a content error naming it.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodePolicyBytes } from '../policy/encoding.ts';
import { ContentError } from '../base/errors.ts';
import { assignSlugs, POLICY_FILE, slugNote } from '../policy/slugs.ts';
import { shownPath } from '../base/shownPath.ts';

/** Editor lock and backup files: never policies. */
const EDITOR_DEBRIS = /^\.|~$|^#.*#$|\.(swp|swo|bak|orig|tmp)$/i;

/** A policy file found in the folder. */
export interface PolicyFile {
  /** Its name in the folder, e.g. `Corero.md`. */
  name: string;
  /** The path shown in messages: relative to the project root when inside it, else absolute. */
  file: string;
  /** Absolute path. */
  absolute: string;
  slug: string;
}

/** What discovery found: the policy files and the entries it skipped, each with a note. */
export interface PolicyFolder {
  files: PolicyFile[];
  skipped: { file: string; note: string }[];
  /** Notes on files read as they are not named: an accented name's slug (`über-café.md` → `uber-cafe`). */
  notes: { file: string; note: string }[];
}

/** Why an entry with a policy extension cannot be read, or null when it is a readable file. */
function unreadable(absolute: string, name: string, dirShown: string): string | null {
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory())
      return `is a folder, not a policy file; rename it so that its name does not end in "${path.extname(name)}", or move it out of ${dirShown}.`;
    if (!stat.isFile()) return 'is not a regular file (a pipe, socket or device); remove it.';
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP') {
      let target = '';
      try {
        target = ` to "${readlinkSync(absolute)}"`;
      } catch {
        /* not a link after all */
      }
      return `is a symbolic link${target} that leads to no file (a dangling or looping link); remove it or point it at a policy file.`;
    }
    if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied); make it readable.';
    return `cannot be read (${code ?? 'unknown error'}); check the file.`;
  }
}

/**
 * The policy files of a folder, sorted by name, slugs assigned.
 * @param root the project root; `dir` is relative to it or absolute (`POLICIES_DIR`).
 * @throws ContentError for a missing or empty folder, an unreadable entry or two files with one slug.
 */
export function discoverPolicies(root: string, dir: string): PolicyFolder {
  const { absolute: absDir, shown: dirShown } = shownPath(root, dir);
  let names: string[];
  try {
    names = readdirSync(absDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(
      dirShown,
      code === 'ENOTDIR'
        ? 'is a file, not the folder of policies; point POLICIES_DIR at a folder.'
        : `the policies folder cannot be read (${code === 'ENOENT' ? 'it does not exist' : code}); create it or fix POLICIES_DIR.`,
    );
  }
  const skipped: PolicyFolder['skipped'] = [];
  const candidates: string[] = [];
  for (const name of names.sort()) {
    if (EDITOR_DEBRIS.test(name)) {
      if (POLICY_FILE.test(name) || POLICY_FILE.test(name.replace(/[~#]+$/, '')))
        skipped.push({
          file: `${dirShown}/${name}`,
          note: name.startsWith('.')
            ? 'skipped: a dot file (hidden, or an editor lock file) is not published'
            : "skipped: an editor's backup file is not published",
        });
      continue;
    }
    if (POLICY_FILE.test(name)) candidates.push(name);
  }
  const files = assignSlugs(candidates, dirShown).map(({ name, file, slug }) => {
    const absolute = path.join(absDir, name);
    const problem = unreadable(absolute, name, dirShown);
    if (problem) throw new ContentError(file, problem);
    return { name, file, absolute, slug };
  });
  if (files.length === 0)
    throw new ContentError(
      dirShown,
      'holds no policy files (<slug>.md); add one, or point POLICIES_DIR at the folder that holds them.',
    );
  const notes = files.flatMap(({ name, file, slug }) => {
    const note = slugNote(name, slug);
    return note ? [{ file, note }] : [];
  });
  return { files, skipped, notes };
}

/**
 * Reads one policy file as UTF-8 text.
 * @throws ContentError when it cannot be read or is not UTF-8 (see decodePolicyBytes).
 */
export function readPolicyFile(policy: Pick<PolicyFile, 'absolute' | 'file' | 'name'>): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(policy.absolute);
  } catch {
    throw new ContentError(
      policy.file,
      unreadable(policy.absolute, policy.name, path.dirname(policy.file)) ?? 'cannot be read.',
    );
  }
  return decodePolicyBytes(bytes, policy.file);
}
