/**
 * Builds the site (`astro build`) and times it: wall-clock time, the CPU time the build used
 * (user + system, from /proc on Linux), which a busy machine inflates far less, and the peak
 * memory of its processes (bench/peakMemory.ts).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildNodeArgs } from '../scripts/lib/buildMemory.ts';
import { htmlFiles } from './pages.ts';
import { samplePeak } from './peakMemory.ts';

export interface BuildResult {
  /** Policies built (the number of company pages). */
  policies: number;
  /** HTML pages written. */
  pages: number;
  wallMs: number;
  /** User + system CPU time of the build and its children; null where /proc is unavailable. */
  cpuMs: number | null;
  /** Peak RSS, in bytes, of the build's process tree; null where /proc is unavailable (absent in older records). */
  peakRssBytes?: number | null;
  outDir: string;
}

/** CPU time, in ms, of the children of this process that have exited and been waited for (Linux only). */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17 (1-based) of the whole line, 14 and 15 after the name.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on every Linux Node supports
  } catch {
    return null;
  }
}

export interface BuildOptions {
  /** Folder of policies (POLICIES_DIR); the real five when omitted. */
  policiesDir?: string | undefined;
  outDir: string;
  /** Where the build's output goes; it is shown only when the build fails. */
  label: string;
  /** Draw the link-preview cards (default); the generated corpora are built without them. */
  ogImages?: boolean;
  /** The build's own content store (CACHE_DIR), so that no other build can swap it. */
  cacheDir?: string;
}

/** Runs `astro build` with Node 24 (this process's Node) and the safe build's heap limit, from a clean output folder. */
export async function buildSite({
  policiesDir,
  outDir,
  label,
  ogImages = true,
  cacheDir,
}: BuildOptions): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir };
  if (policiesDir) env['POLICIES_DIR'] = policiesDir;
  else delete env['POLICIES_DIR'];
  if (!ogImages) env['OG_IMAGES'] = 'off';
  if (cacheDir) env['CACHE_DIR'] = path.resolve(cacheDir);
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const output: string[] = [];
  let peakRssBytes: number | null = null;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [...buildNodeArgs(env), astro, 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = samplePeak(child.pid ?? 0);
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (exit) => {
      peakRssBytes = sampler.stop();
      resolve(exit);
    });
  });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (code !== 0) {
    throw new Error(`The ${label} build failed (exit ${code}):\n${output.join('').split('\n').slice(-30).join('\n')}`);
  }
  let policies: number;
  try {
    policies = readdirSync(path.join(outDir, 'companies'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    ).length;
  } catch {
    policies = 0;
  }
  return {
    policies,
    pages: htmlFiles(outDir).length,
    wallMs: Math.round(wallMs),
    cpuMs: cpuBefore === null || cpuAfter === null ? null : Math.round(cpuAfter - cpuBefore),
    peakRssBytes,
    outDir,
  };
}
