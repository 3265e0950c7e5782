import type { Correction } from './frontmatter.ts';
import { ContentError } from '../base/errors.ts';
import { excerpt } from '../base/text.ts';
import { INPUT_LIMITS } from './inputLimits.ts';
import type { AppliedCorrection } from './policySchema.ts';

/** Mojibake: UTF-8 bytes of a Latin-1 symbol read as Latin-1 (`Â©` for `©`). */
const MOJIBAKE = /Â([\u00a0-\u00bf])/g;
/** A line holding nothing but a table pipe: debris of a flattened HTML table. */
const STRAY_PIPE_LINE = /^[ \t]*\|[ \t]*$/gm;

/**
 * Applies the curated corrections of the frontmatter, then the automatic clean-ups,
 * and lists every change so that nothing differs from the archive silently.
 * The text the site publishes is held to the file size limit (INPUT_LIMITS.fileBytes) after
 * every correction: a correction that would grow it past the limit is refused before it is made.
 * @throws ContentError when a curated correction's `original` text is not in the policy, or
 * when it would make the text too large.
 */
export function applyCorrections(
  text: string,
  curated: readonly Correction[],
  file: string,
): { text: string; corrections: AppliedCorrection[] } {
  const corrections: AppliedCorrection[] = [];
  let out = text;
  let bytes = Buffer.byteLength(out, 'utf8');
  curated.forEach((c, i) => {
    const count = out.split(c.original).length - 1;
    if (count === 0) {
      throw new ContentError(
        file,
        `frontmatter: corrections.${i}.original "${c.original}" is not in the archived text; remove the correction or copy the text exactly.`,
      );
    }
    const after = bytes + count * (Buffer.byteLength(c.corrected, 'utf8') - Buffer.byteLength(c.original, 'utf8'));
    if (after > INPUT_LIMITS.fileBytes) {
      const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
      throw new ContentError(
        file,
        `frontmatter: corrections.${i} replaces "${c.original.length <= 40 ? c.original : excerpt(c.original, { chars: 40 })}" in ${count.toLocaleString('en-GB')} places and would make ` +
          `the text ${mb(after)}; the published text is limited to ${mb(INPUT_LIMITS.fileBytes)}, as the file is. ` +
          'Correct one place with a longer original, or shorten the corrected text.',
      );
    }
    out = out.split(c.original).join(c.corrected);
    bytes = after;
    corrections.push({ ...c, count, source: 'curated' });
  });

  const mojibake = new Map<string, number>();
  out = out.replace(MOJIBAKE, (whole: string, char: string) => {
    mojibake.set(whole, (mojibake.get(whole) ?? 0) + 1);
    return char;
  });
  for (const [original, count] of mojibake) {
    corrections.push({
      original,
      corrected: original.slice(1),
      note: 'a garbled character: the archive read the UTF-8 text as Latin-1',
      count,
      source: 'automatic',
    });
  }

  const pipes = out.match(STRAY_PIPE_LINE)?.length ?? 0;
  if (pipes > 0) {
    out = out.replace(STRAY_PIPE_LINE, '');
    corrections.push({
      original: '|',
      corrected: '',
      note: 'stray table pipe on a line of its own, left over from the page layout, removed',
      count: pipes,
      source: 'automatic',
    });
  }
  return { text: out, corrections };
}

/**
 * Mends Markdown markup the corpus breaks, without touching a word:
 * bold that spans a line break (`**Title  \n**`) is closed on its own line.
 */
export function mendMarkup(text: string): string {
  // The title is matched up to its last character that is not a space or tab, so the
  // expression runs in linear time (a lazy `+?` before `[ \t]*\n` backtracks quadratically
  // on a long run of spaces).
  return text.replace(/\*\*([^*\n]*[^*\n \t])[ \t]*\n[ \t]*\*\*(?=[ \t]*$)/gm, '**$1**');
}
