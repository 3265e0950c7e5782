/**
 * The peak memory of a process tree: the resident set (RSS) of a process and every descendant,
 * summed, sampled from /proc a few times a second. A build is one Node process (Astro renders
 * pages in its main thread; threads share the process's RSS) under `scripts/safe-build.ts`, but
 * summing the tree counts any worker process too. Linux only: elsewhere the peak is null.
 *
 *   node bench/peakMemory.ts <command> [args…]     runs a command and prints its tree's peak RSS
 *   PEAK_TRACE=5 node bench/peakMemory.ts …          also prints the tree's RSS every 5 s
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** The parent of each running process, by pid (from /proc/<pid>/stat). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (in parentheses, may hold spaces): state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // the process ended while we read
    }
  }
  return out;
}

/** RSS in bytes of one process, 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** The summed RSS, in bytes, of `root` and all its descendants now. */
function treeRss(root: number): number {
  const parentOf = parents();
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() ?? 0;
    total += rssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's RSS until stopped; `stop()` returns the peak in bytes (null off Linux). */
export function samplePeak(root: number, everyMs = 200): { stop: () => number | null } {
  let peak = 0;
  let available = true;
  const sample = (): void => {
    try {
      peak = Math.max(peak, treeRss(root));
    } catch {
      available = false;
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return available && peak > 0 ? peak : null;
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...rest] = process.argv.slice(2);
  if (!command) {
    console.error('Usage: node bench/peakMemory.ts <command> [args…]');
    process.exit(2);
  }
  const started = performance.now();
  const child = spawn(command, rest, { stdio: 'inherit' });
  const sampler = samplePeak(child.pid ?? 0);
  const every = Number(process.env['PEAK_TRACE'] ?? 0);
  const trace =
    every > 0
      ? setInterval(() => {
          const now = new Date().toISOString().slice(11, 19);
          console.error(`[rss ${now}] ${(treeRss(child.pid ?? 0) / 1024 ** 3).toFixed(2)} GB`);
        }, every * 1000)
      : undefined;
  child.on('close', (code) => {
    const peak = sampler.stop();
    clearInterval(trace);
    const gb = peak === null ? '?' : (peak / 1024 ** 3).toFixed(2);
    console.error(`peak tree RSS ${gb} GB, ${((performance.now() - started) / 1000).toFixed(1)} s wall, exit ${code}`);
    process.exit(code ?? 1);
  });
}
