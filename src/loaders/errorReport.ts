/**
 * The structured channel from the loader to the safe build (`scripts/safe-build.ts`): when the
 * build's environment names a report file (`ATLAS_ERROR_REPORT`), the loader writes the content
 * error there as JSON before it stops the build, and the safe build prints it from there: no
 * reading of Astro's console output. No Astro.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { type ContentError } from '../lib/base/errors.ts';

/** The environment variable naming the report file. */
export const ERROR_REPORT_ENV = 'ATLAS_ERROR_REPORT';

/** What the report file holds. */
const errorReportSchema = z.object({
  kind: z.literal('content-error'),
  /** The file at fault, as shown to the reader. */
  file: z.string(),
  /** What is wrong and how to fix it. */
  problem: z.string(),
});
export type ErrorReport = z.infer<typeof errorReportSchema>;

/** The one line a content error is shown as, by the build and by check:content. */
export function contentErrorLine(error: Pick<ContentError, 'file' | 'problem'>): string {
  return `Policy Atlas content error in ${error.file}: ${error.problem}`;
}

/** Writes the report when the environment asks for one (best effort: the build fails either way). */
export function writeErrorReport(error: ContentError, env: NodeJS.ProcessEnv = process.env): void {
  const target = env[ERROR_REPORT_ENV];
  if (!target) return;
  const report: ErrorReport = { kind: 'content-error', file: error.file, problem: error.problem };
  try {
    writeFileSync(target, JSON.stringify(report));
  } catch {
    /* the build still fails with the error itself */
  }
}

/** Reads and removes the report; null when there is none or it is not one. */
export function takeErrorReport(target: string): ErrorReport | null {
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch {
    return null;
  }
  rmSync(target, { force: true });
  try {
    const parsed = errorReportSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    /* a torn write: fall back to Astro's own message */
  }
  return null;
}
