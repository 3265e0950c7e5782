import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a build of `target` is written before it replaces `target`: a hidden sibling,
 * so that the final rename stays on one file system (and is therefore atomic).
 * `dist` → `.dist.staging`, `/x/dist-subpath` → `/x/.dist-subpath.staging`.
 */
export function stagingDirFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.staging`);
}

/**
 * Where the previous `target` waits, for an instant, while the new one is moved in.
 * @internal Exported for its tests; production code reaches it through this module.
 */
export function previousDirFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.previous`);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * Replaces the folder `target` with the finished folder `staging` by two renames:
 * `target` → `.target.previous`, then `staging` → `target`, then the previous one is deleted.
 * Readers see the old folder or the new one, never a half-written one: between the two
 * renames (microseconds) `target` is absent, which is the "clearly absent" state.
 * If the second rename fails, the previous folder is put back and the error rethrown.
 * @throws Error when `staging` does not exist (nothing was built): `target` is left as it was.
 */
export async function replaceDir(staging: string, target: string): Promise<void> {
  const previous = previousDirFor(target);
  await rm(previous, { recursive: true, force: true });
  let moved = false;
  try {
    await rename(target, previous);
    moved = true;
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (moved) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
