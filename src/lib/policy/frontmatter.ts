import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dateProblem } from './dates.ts';
import { checkFieldText } from './encoding.ts';
import { ContentError } from '../base/errors.ts';
import { formatZodIssues } from '../base/zodMessage.ts';

/** The curated answers a reviewer can give. */
export const STANCES = ['yes', 'no', 'partial', 'not-mentioned'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

/** A review is a draft until a person marks it done. */
const REVIEW_STATUSES = ['draft', 'done'] as const;

/** One practice's curated review. */
const practiceReviewSchema = z
  .strictObject({
    /** The answer to the practice's question. */
    stance: stanceSchema,
    /** One plain-English sentence. */
    summary: z.string().trim().min(1, 'write a one-sentence summary'),
    /** Verbatim excerpts of the archived text; required unless the stance is not-mentioned. */
    quotes: z.array(z.string().trim().min(1)).default([]),
  })
  .refine((r) => r.stance === 'not-mentioned' || r.quotes.length > 0, {
    message: 'give at least one verbatim quote for every stance but not-mentioned',
    path: ['quotes'],
  });

/** A change made to the archived text, shown to readers. */
export const correctionSchema = z.strictObject({
  /** The text as archived. */
  original: z.string().min(1),
  /** The text as shown. */
  corrected: z.string(),
  /** Why, in a few words. */
  note: z.string().min(1),
});
export type Correction = z.infer<typeof correctionSchema>;

/** The optional YAML frontmatter of `content/policies/<slug>.md`. */
export const frontmatterSchema = z.strictObject({
  /** Company name; derived from the domain when absent. */
  name: z.string().trim().min(1).optional(),
  /** Corrections applied to the archived text before it is shown. */
  corrections: z.array(correctionSchema).default([]),
  /** The curated review; absent means "not reviewed". */
  review: z
    .strictObject({
      /**
       * `draft` (written by `npm run review`, still shown as suggestions) until a person has checked
       * every answer and sets `done`; absent means done.
       */
      status: z.enum(REVIEW_STATUSES).default('done'),
      /** When the review was last checked, YYYY-MM-DD; required once done. */
      reviewedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
        .superRefine((date, ctx) => {
          const problem = dateProblem(date);
          if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: give the day the review was checked` });
        })
        .optional(),
      /** One entry per practice id of content/practices.yaml. */
      practices: z.record(z.string(), practiceReviewSchema),
    })
    .refine((r) => r.status === 'draft' || r.reviewedOn !== undefined, {
      message: 'give the date the review was checked (reviewedOn: YYYY-MM-DD), or mark it status: draft',
      path: ['reviewedOn'],
    })
    .optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * Refuses a key of `review.practices` that is not a practice id of the taxonomy, read from the
 * YAML itself: a key such as `__proto__` never reaches the schema's record, so it is checked here.
 */
function checkPracticeIds(data: unknown, file: string, practiceIds: readonly string[]): void {
  const review = (data as { review?: unknown } | null)?.review;
  const practices = (review as { practices?: unknown } | null | undefined)?.practices;
  if (typeof practices !== 'object' || practices === null) return;
  const known = new Set(practiceIds);
  const unknown = Object.keys(practices).filter((id) => !known.has(id));
  if (unknown.length) {
    throw new ContentError(
      file,
      `review.practices: unknown practice id ${unknown.map((u) => `"${u}"`).join(', ')}; the ids are in content/practices.yaml.`,
    );
  }
}

/** Refuses the key `__proto__` anywhere: it would set an object's prototype, not a field. */
function checkNoProtoKey(value: unknown, file: string, where: readonly string[] = []): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    const path = [...where, key];
    if (key === '__proto__')
      throw new ContentError(file, `frontmatter: ${path.join('.')}: unknown key "__proto__"; delete it.`);
    checkNoProtoKey((value as Record<string, unknown>)[key], file, path);
  }
}

/**
 * Splits optional `---` YAML frontmatter from the body and validates it: no control character
 * in any value, no `__proto__` key, practice ids from `practiceIds` (the taxonomy) when given.
 * @throws ContentError naming the file and each problem.
 */
export function splitFrontmatter(
  raw: string,
  file: string,
  practiceIds?: readonly string[],
): { frontmatter: Frontmatter; body: string } {
  const text = raw.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    if (/^---\r?\n/.test(text)) {
      throw new ContentError(
        file,
        'the frontmatter starts with "---" but never ends: close it with a line holding only "---".',
      );
    }
    return { frontmatter: frontmatterSchema.parse({}), body: text };
  }
  let data: unknown;
  try {
    data = parse(match[1]!) ?? {};
  } catch (error) {
    throw new ContentError(file, `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  checkFieldText(data, file);
  if (practiceIds) checkPracticeIds(data, file, practiceIds);
  checkNoProtoKey(data, file);
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) throw new ContentError(file, `frontmatter: ${formatZodIssues(result.error)}`);
  return { frontmatter: result.data, body: text.slice(match[0].length) };
}
