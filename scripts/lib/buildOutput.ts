/** What the safe build says when `astro build` fails (pure; unit-tested). */
import { contentErrorLine, type ErrorReport } from '../../src/loaders/errorReport.ts';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** How the Astro child ended. */
export interface BuildEnd {
  /** The loader's error report, when it wrote one (see src/loaders/errorReport.ts). */
  report: ErrorReport | null;
  /** The signal that ended the build (the child's, or one the safe build received and passed on). */
  signal: NodeJS.Signals | null;
  /** The child's error output. */
  stderr: string;
}

/**
 * The message to show for a failed build: the loader's content error from its report (one
 * line, file and fix, none of Astro's hints); "interrupted" when a signal ended it; else
 * Astro's own error text without stack frames or colour codes.
 */
export function buildErrorMessage({ report, signal, stderr }: BuildEnd): string {
  if (report) return contentErrorLine(report);
  if (signal) return `The build was interrupted (${signal}) before it finished.`;
  const lines = stderr.replace(ANSI, '').replace(/\r\n?/g, '\n').split('\n');
  const kept = lines.filter((l) => !/^\s+at\s/.test(l) && !/^\s*Stack trace:\s*$/.test(l));
  const text = kept.join('\n').trim();
  return text === '' ? 'astro build failed without an error message.' : text;
}

/** The exit code for a build ended by `signal` (128 + its number, as a shell reports it). */
export function signalExitCode(signal: NodeJS.Signals): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + (numbers[signal] ?? 1);
}
