import { z } from 'astro/zod';

/** The OPP-115 groups, in matrix order. */
export const GROUPS = [
  'Collection & use',
  'Sharing',
  'Your choices',
  'Your rights',
  'Retention & security',
  'Changes',
  'Audiences',
  'Do Not Track',
  'Contact',
  'Other',
] as const;
export type Group = (typeof GROUPS)[number];

/** One practice: a row of the matrix. */
export const practiceSchema = z.strictObject({
  /** Stable id, also the anchor on company pages (`#cookies`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  /** The OPP-115 group the practice belongs to. */
  group: z.enum(GROUPS),
  /** Short name for matrix rows and chips. */
  label: z.string().min(1),
  /** The question a stance answers. */
  question: z.string().min(1),
  /** What yes / partial / no mean, where the question alone does not say. */
  meaning: z.string().min(1).optional(),
  /** The answer that favours the reader's privacy; `none` where neither does. */
  friendly: z.enum(['yes', 'no', 'none']),
});
export type Practice = z.infer<typeof practiceSchema>;

export const taxonomySchema = z.array(practiceSchema).min(1);

/** A practice as the practices collection stores it: with its place in the file (the store sorts by id). */
export const storedPracticeSchema = practiceSchema.extend({
  /** Index of the practice in `content/practices.yaml`. */
  position: z.number().int().nonnegative(),
});
