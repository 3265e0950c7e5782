/**
 * The Nu HTML Checker's report (vnu.jar `--format json`), read and filtered for
 * `npm run check:nu` (pure; unit-tested).
 */
import { z } from 'astro/zod';

const nuMessageSchema = z.object({
  type: z.string(),
  subType: z.string().optional(),
  url: z.string().optional(),
  lastLine: z.number().optional(),
  firstColumn: z.number().optional(),
  lastColumn: z.number().optional(),
  message: z.string(),
});
export type NuMessage = z.infer<typeof nuMessageSchema>;

const nuReportSchema = z.object({ messages: z.array(nuMessageSchema) });

/**
 * Errors the checker reports wrongly, each with why. The checker's CSS grammar predates the
 * `mask` shorthand of CSS Masking (`mask: url(…) center / contain no-repeat`, which every
 * current browser supports), so it calls the value unrecognised.
 */
const KNOWN_WRONG: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^CSS: “mask”: /, why: 'the checker’s CSS grammar lacks the mask shorthand' },
];

/** The errors of a report, less those the checker reports wrongly. */
export function nuErrors(json: string): NuMessage[] {
  const { messages } = nuReportSchema.parse(JSON.parse(json));
  return messages.filter(
    (m) => (m.type === 'error' || m.subType === 'fatal') && !KNOWN_WRONG.some((k) => k.pattern.test(m.message)),
  );
}

/** One line per error: the file (relative to `root`), line and column, the message. */
export function formatNuError(message: NuMessage, root: string): string {
  const file = message.url ? decodeURIComponent(message.url.replace(/^file:/, '')) : '?';
  const shown = file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  const where = message.lastLine ? `:${message.lastLine}:${message.firstColumn ?? message.lastColumn ?? 0}` : '';
  return `${shown}${where}: ${message.message}`;
}
