/**
 * The safe build behind `npm run build`: builds into a hidden staging folder next to the
 * output folder and, only when the build succeeds, swaps it in with a rename. A failed
 * build leaves the previous output exactly as it was (or absent, if there was none),
 * prints the content error in one line (file and fix, no stack) and exits 1.
 *
 *   npm run build                                           # → dist/
 *   OUT_DIR=dist-subpath BASE_PATH=/policy-atlas/ node scripts/safe-build.ts
 *
 * Environment: OUT_DIR (default `dist`) is where the site ends up; every other variable
 * (BASE_PATH, SITE_URL, POLICIES_DIR…) is passed on to `astro build` unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { buildErrorMessage } from './lib/buildOutput.ts';
import { replaceDir, stagingDirFor } from './lib/replaceDir.ts';

const target = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const staging = stagingDirFor(target);
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const relative = path.relative(process.cwd(), target);
const shown = relative === '' || relative.startsWith('..') ? target : relative;

rmSync(staging, { recursive: true, force: true }); // debris of an interrupted run

const child = spawn(process.execPath, [astroBin, 'build'], {
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'inherit', 'pipe'],
});
let stderr = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk: string) => {
  stderr += chunk;
});

const stop = (signal: NodeJS.Signals): void => {
  child.kill(signal);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const code: number = await new Promise((resolve) => {
  child.on('close', (status, signal) => resolve(status ?? (signal ? 130 : 1)));
});

if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(target)
    ? `${shown}/ was left as it was`
    : `${shown}/ does not exist (there was no earlier build)`;
  console.error(`\n✖ Build failed; ${kept}.\n\n${buildErrorMessage(stderr)}\n`);
  process.exit(code);
}

if (stderr.trim() !== '') process.stderr.write(stderr); // warnings of a successful build
try {
  await replaceDir(staging, target);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✖ The build succeeded but could not replace ${shown}/: ${(error as Error).message}\n`);
  process.exit(1);
}
console.log(`✔ Built into ${shown}/`);
