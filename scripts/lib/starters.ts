/**
 * The processes that started a build, and whether they are still there. `npm run build` starts
 * `sh -c "node scripts/safe-build.ts"`, which starts the safe build: when npm stops (npm exits
 * at once on SIGTERM or SIGINT, and SIGKILL gives it no say), the shell and the safe build
 * live on, re-parented. So the safe build remembers its whole line of ancestors — each
 * process and its parent — and takes any link that changed to mean its starter is gone.
 *
 * Linux reads a process's parent from `/proc/<pid>/stat`; where there is no `/proc` only the
 * safe build's own parent (`process.ppid`) is watched.
 */
import { readFileSync } from 'node:fs';

/** A process's parent, or null when it cannot be read (gone, or no `/proc`). */
export type ParentOf = (pid: number) => number | null;

/**
 * The parent of `pid` from `/proc/<pid>/stat` (its fourth field, after the command in parentheses).
 * @internal Exported for its tests; production code reaches it through this module.
 */
export const procParentOf: ParentOf = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
};

/** One link of the line: `pid` was started by `parent`. */
export interface Link {
  pid: number;
  parent: number;
}

/**
 * The line of ancestors of `pid`, from its parent up to (not including) the init process:
 * `[{pid, parent: ppid}, {pid: ppid, parent: grandparent}, …]`.
 */
export function ancestry(pid: number, ppid: number, parentOf: ParentOf = procParentOf): Link[] {
  const links: Link[] = [{ pid, parent: ppid }];
  const seen = new Set([pid]);
  let current = ppid;
  while (current > 1 && !seen.has(current) && links.length < 64) {
    seen.add(current);
    const parent = parentOf(current);
    if (parent === null || parent < 1) break;
    links.push({ pid: current, parent });
    current = parent;
  }
  return links;
}

/** Whether any link of the line has changed: a process in it ended, its children re-parented. */
export function lineBroken(links: readonly Link[], ownParent: number, parentOf: ParentOf = procParentOf): boolean {
  return links.some(({ pid, parent }, i) => (i === 0 ? ownParent : parentOf(pid)) !== parent);
}
