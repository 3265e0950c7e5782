/**
 * The project's own commands, run from integration tests as a person runs them: the safe build
 * (`npm run build`) and `npm run check:content`, on a folder of policies (POLICIES_DIR) into a
 * folder of their own (OUT_DIR), with the project's pinned Node 24 (Astro refuses older ones).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The `node` dev dependency's binary, else whatever runs the tests. */
const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;

/** A temporary folder for this test file, deleted after its tests. */
export function scratchFolder(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `atlas-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface BuildInput {
  /** The policies to build (POLICIES_DIR); the project's own when left out. */
  policies?: string;
  /** Where the site goes (OUT_DIR). */
  out: string;
  /** More environment variables. */
  env?: Record<string, string>;
}

/**
 * The environment of a test build: no sharing cards (nothing here looks at them, and each
 * would be drawn afresh, about 0.1 s of CPU), no colours, no telemetry.
 */
function buildEnv({ policies, out, env }: BuildInput): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...(policies ? { POLICIES_DIR: policies } : {}),
    OUT_DIR: out,
    OG_IMAGES: 'off',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...env,
  };
}

/** `npm run build` (scripts/safe-build.ts), to the end. */
export function safeBuild(input: BuildInput) {
  return spawnSync(pinnedNode, ['scripts/safe-build.ts'], {
    encoding: 'utf8',
    env: buildEnv(input),
    timeout: 280_000,
  });
}

/** `npm run build` started in the background, for tests that interrupt it. */
export function startSafeBuild(input: BuildInput): ChildProcessWithoutNullStreams {
  return spawn(pinnedNode, ['scripts/safe-build.ts'], { env: buildEnv(input) });
}

/** `npm run check:content` on a folder of policies. */
export function checkContent(policies: string) {
  return spawnSync(pinnedNode, ['scripts/check-content.ts'], {
    encoding: 'utf8',
    env: { ...process.env, POLICIES_DIR: policies },
    timeout: 60_000,
  });
}

/**
 * `checkContent` without blocking the test worker, so a file of many checks runs them side by
 * side (`it.concurrent`): each is a Node start and a folder read, mostly waiting.
 */
export function checkContentAsync(
  policies: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(pinnedNode, ['scripts/check-content.ts'], {
      env: { ...process.env, POLICIES_DIR: policies },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
