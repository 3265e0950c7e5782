/**
 * Preloaded into the safe build's Astro child (`node --import`): when the safe build dies
 * without passing a signal on (SIGKILL, a crash), the child is re-parented (or its error pipe
 * breaks); it then deletes its unfinished output folder (`OUT_DIR`, the staging folder) and
 * exits, within half a second, so no orphaned build keeps running or leaves `.dist.staging/`.
 */
import { rmSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const parent = process.ppid;
const staging = process.env['OUT_DIR'];
const orphaned = (): boolean => process.ppid !== parent;
const clean = (): void => {
  if (staging?.endsWith('.staging')) rmSync(staging, { recursive: true, force: true });
};

if (isMainThread && process.env['ATLAS_SAFE_BUILD_CHILD'] === '1') {
  setInterval(() => {
    if (!orphaned()) return;
    clean();
    process.exit(1);
  }, 500).unref();
  // Writing to the dead parent's pipe may end the process first: clean up on the way out too.
  process.on('exit', () => {
    if (orphaned()) clean();
  });
}
