/**
 * The safe build behind `npm run build`: builds into a hidden staging folder next to the
 * output folder and, only when the build succeeds, swaps it in with a rename. A failed or
 * interrupted build leaves the previous output exactly as it was (or absent, if there was
 * none), prints why in one line (a content error: file and fix, no stack) and exits non-zero.
 *
 *   npm run build                                           # → dist/
 *   OUT_DIR=dist-subpath BASE_PATH=/policy-atlas/ node scripts/safe-build.ts
 *
 * Environment: OUT_DIR (default `dist`) is where the site ends up; BUILD_HEAP_MB the build's
 * heap limit (scripts/lib/buildMemory.ts); every other variable (BASE_PATH, SITE_URL,
 * POLICIES_DIR…) is passed on to `astro build` unchanged.
 *
 * The loader reports a content error through a file (`ATLAS_ERROR_REPORT`, see
 * src/loaders/errorReport.ts), not through Astro's console output. The Astro child is
 * preloaded with scripts/lib/exitWithParent.ts, so that if this process is killed outright
 * (SIGKILL) the child deletes the staging folder and exits; a staging folder left by any
 * earlier run is deleted before building.
 *
 * The build lives no longer than what started it (npm and the shell it starts): when one of
 * them is gone, whatever signal ended it (npm exits at once on SIGTERM and SIGINT, and SIGKILL
 * gives it no say), this process notices within a fifth of a second (scripts/lib/starters.ts),
 * stops Astro (SIGTERM, then SIGKILL), deletes the staging folder and exits without touching
 * the output.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ERROR_REPORT_ENV, takeErrorReport } from '../src/loaders/errorReport.ts';
import { buildErrorMessage, signalExitCode } from './lib/buildOutput.ts';
import { buildNodeArgs } from './lib/buildMemory.ts';
import { replaceDir, stagingDirFor } from './lib/replaceDir.ts';
import { ancestry, lineBroken } from './lib/starters.ts';

const target = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const staging = stagingDirFor(target);
const report = path.join(tmpdir(), `policy-atlas-build-${process.pid}-${Date.now()}.json`);
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const guard = fileURLToPath(new URL('./lib/exitWithParent.ts', import.meta.url));
const relative = path.relative(process.cwd(), target);
const shown = relative === '' || relative.startsWith('..') ? target : relative;

rmSync(staging, { recursive: true, force: true }); // debris of an interrupted run
rmSync(report, { force: true });

const child = spawn(process.execPath, [...buildNodeArgs(), '--import', guard, astroBin, 'build'], {
  env: {
    ...process.env,
    OUT_DIR: staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    [ERROR_REPORT_ENV]: report,
    ATLAS_SAFE_BUILD_CHILD: '1',
  },
  stdio: ['ignore', 'inherit', 'pipe'],
});
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk: string) => {
  stderr += chunk;
});

let received: NodeJS.Signals | null = null;
let killTimer: NodeJS.Timeout | undefined;
const stop = (signal: NodeJS.Signals): void => {
  received ??= signal;
  child.kill(signal);
  killTimer ??= setTimeout(() => child.kill('SIGKILL'), 3_000); // an Astro that ignores the signal
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

/** The processes that started the build (npm, its shell…): once one is gone, so is the build. */
const starters = ancestry(process.pid, process.ppid);
const starterGone = (): boolean => lineBroken(starters, process.ppid);
const watchStarter = setInterval(() => {
  if (starterGone()) stop('SIGTERM');
}, 200);
// Its reader may be gone with the starter: a failed write must not stop the clean-up.
process.stderr.on('error', () => {});
process.stdout.on('error', () => {});

const end: { code: number | null; signal: NodeJS.Signals | null } = await new Promise((resolve) => {
  child.on('close', (code, signal) => resolve({ code, signal }));
});
clearInterval(watchStarter);
clearTimeout(killTimer);

if (end.code !== 0 || received || starterGone()) {
  rmSync(staging, { recursive: true, force: true });
  const signal = received ?? end.signal;
  const kept = existsSync(target)
    ? `${shown}/ was left as it was`
    : `${shown}/ does not exist (there was no earlier build)`;
  const message = starterGone()
    ? 'The command that started the build (npm, or its shell) stopped, so the build stopped too.'
    : buildErrorMessage({ report: takeErrorReport(report), signal, stderr });
  rmSync(report, { force: true });
  console.error(`\n✖ Build ${signal || starterGone() ? 'interrupted' : 'failed'}; ${kept}.\n\n${message}\n`);
  process.exit(signal ? signalExitCode(signal) : starterGone() ? signalExitCode('SIGHUP') : (end.code ?? 1));
}

rmSync(report, { force: true });
if (stderr.trim() !== '') process.stderr.write(stderr); // warnings of a successful build
try {
  if (starterGone()) throw new Error('the command that started the build stopped');
  await replaceDir(staging, target);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ The build succeeded but could not replace ${shown}/: ${(error as Error).message}\n`);
  process.exit(1);
}
console.log(`✔ Built into ${shown}/`);
