/**
 * The one declaration of a policy's data: the zod schema the policies collection checks every
 * entry against (`src/content.config.ts`), and every type of it, inferred. The parser builds
 * these shapes, the pages read them, the open data (`src/lib/matrix/openData.ts`) is derived
 * from them. Pure: no Astro beyond `astro/zod`'s `z`.
 */
import { z } from 'astro/zod';
import { correctionSchema, stanceSchema } from './frontmatter.ts';
import { practiceSchema } from '../taxonomy/schema.ts';

/** A practice id, as content/practices.yaml defines it. */
const practiceId = practiceSchema.shape.id;

/** A company's slug: the policy's file name without extension, and its URL segment. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A clause id: `c-` + 8 hex digits of the SHA-256 of the folded text (`-2`, `-3`… for a repeated text). */
export const CLAUSE_ID = /^c-[0-9a-f]{8}(?:-\d+)?$/;
const clauseId = z.string().regex(CLAUSE_ID);

/** What one practice's answer can be: a curated stance, or `not-reviewed` for a policy without a review. */
const findingStanceSchema = z.enum([...stanceSchema.options, 'not-reviewed']);

/** A quote located in the text: a curated quote, or a sentence a suggestion rests on. */
export const quoteSchema = z.strictObject({
  /** The quote as the reviewer wrote it, or the sentence verbatim from the clause. */
  text: z.string().min(1),
  /** The clause that holds it. */
  clauseId,
});

/**
 * How sure a suggestion is, in words a reader understands: a strong cue (a strong signal, or
 * the same answer in several clauses), a weak cue (one weaker signal), or no cue (nothing found).
 */
const CONFIDENCES = ['strong cue', 'weak cue', 'no cue'] as const;

/** The answer suggested from the text (by the suggestion engine, or from a draft review). */
export const suggestionSchema = z.strictObject({
  stance: stanceSchema,
  /** How sure it is: `strong cue`, `weak cue` or `no cue`. */
  confidence: z.enum(CONFIDENCES),
  /** The sentences it rests on, strongest first; none for not-mentioned. */
  quotes: z.array(quoteSchema),
  /** Which cue and which rule, in words. */
  reason: z.string().min(1),
  /** The rule that decided it (`cookies/use`, `draft` for a draft review), or null when nothing was found. */
  rule: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** What one policy says about one practice. */
export const findingSchema = z.strictObject({
  /** The curated stance, or `not-reviewed` when the policy has no review. */
  stance: findingStanceSchema,
  /** The curated one-sentence summary; empty when not reviewed. */
  summary: z.string(),
  /** Curated quotes with the clauses that hold them. */
  quotes: z.array(quoteSchema),
  /** Clauses the suggestion engine found the practice in: the evidence of its suggestion. */
  detectedIn: z.array(clauseId),
  /**
   * The answer suggested from the text, shown as a suggestion (never as a reviewed answer):
   * the engine's for an unreviewed policy, the draft's for a draft review; null once reviewed.
   */
  suggestion: suggestionSchema.nullable(),
  /** Id of the element `#<practice-id>` lands on; null when the policy never addresses it. */
  anchor: z.string().nullable(),
});
export type PracticeFinding = z.infer<typeof findingSchema>;

/** Provenance read from the corpus's one-line blockquote header. */
export const archiveHeaderSchema = z.strictObject({
  /** Domain the policy was archived from, e.g. `corero.com`. */
  domain: z.string().min(3),
  /** Archive date, ISO `YYYY-MM-DD`. */
  archivedOn: z.iso.date(),
  /** The Wayback Machine snapshot URL. */
  snapshotUrl: z.url(),
  /** The policy's original URL, decoded from the snapshot URL. */
  originalUrl: z.url(),
});
export type ArchiveHeader = z.infer<typeof archiveHeaderSchema>;

/** A change made to the archived text, as shown to readers: how often, and by whom. */
export const appliedCorrectionSchema = correctionSchema.extend({
  /** How many places in the text it changed. */
  count: z.number().int().positive(),
  /** `curated` from the frontmatter, `automatic` from the loader's clean-up rules. */
  source: z.enum(['curated', 'automatic']),
});
export type AppliedCorrection = z.infer<typeof appliedCorrectionSchema>;

/** A section of the policy: a real heading or a bold pseudo-heading. */
export const sectionSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  level: z.number().int(),
  pseudo: z.boolean(),
});
export type Section = z.infer<typeof sectionSchema>;

/** A clause: a paragraph or a list item's own text, the unit every link and quote points at. */
const clauseSchema = z.strictObject({
  /** Stable id, `c-` + 8 hex digits of the SHA-256 of the folded text. */
  id: clauseId,
  /** Id of the section heading the clause falls under; null before the first heading. */
  sectionId: z.string().nullable(),
  /** Plain text, whitespace folded. */
  text: z.string().min(1),
  /** Practices the suggestion engine found the clause to be evidence for. */
  detected: z.array(practiceId),
});

/** A clause as the page renders it. */
const renderedClauseSchema = clauseSchema.extend({
  /** Inline HTML, generated from Markdown by the loader (sanitised: raw HTML made text). */
  html: z.string(),
  /** Practice ids anchored here (`#cookies`). */
  anchors: z.array(practiceId),
});
export type RenderedClause = z.infer<typeof renderedClauseSchema>;

/** A heading: a Markdown heading or a bold pseudo-heading. */
const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  id: z.string().min(1),
  /** 1 = top level within the policy text. */
  level: z.number().int().min(1).max(4),
  text: z.string(),
  html: z.string(),
  /** True for a bold paragraph that serves as a heading. */
  pseudo: z.boolean(),
  detected: z.array(practiceId),
  /** Practice ids anchored on this heading (`#cookies`). */
  anchors: z.array(practiceId),
});
export type HeadingBlock = z.infer<typeof headingBlockSchema>;

const clauseBlockSchema = renderedClauseSchema.extend({
  type: z.literal('clause'),
  /** `p` for a paragraph; `table` and `pre` for the rare table or code block. */
  element: z.enum(['p', 'table', 'pre']),
});
export type ClauseBlock = z.infer<typeof clauseBlockSchema>;

const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.number().int().nullable(),
  get items(): z.ZodArray<typeof listItemSchema> {
    return z.array(listItemSchema);
  },
});
export type ListBlock = z.infer<typeof listBlockSchema>;

const listItemSchema = z.strictObject({
  /** The item's own text as a clause; null when the item holds only a nested list. */
  clause: renderedClauseSchema.nullable(),
  get lists(): z.ZodArray<typeof listBlockSchema> {
    return z.array(listBlockSchema);
  },
});
export type ListItemBlock = z.infer<typeof listItemSchema>;

const blockSchema = z.discriminatedUnion('type', [headingBlockSchema, clauseBlockSchema, listBlockSchema]);
export type Block = z.infer<typeof blockSchema>;

/** Everything the loader extracts from one `content/policies/<slug>.md`: the typed data of its entry. */
export const policySchema = z.strictObject({
  /** File name without extension: the URL segment. */
  slug: slugSchema,
  /** Company name: frontmatter `name`, else derived from the domain. */
  name: z.string().min(1),
  ...archiveHeaderSchema.shape,
  /** The first level-1 heading of the archived text. */
  title: z.string().min(1),
  /** SHA-256 (hex) of the archived text: the file's body after any frontmatter. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
  /** Whole minutes at 230 words a minute. */
  readingMinutes: z.number().int().positive(),
  /** Whether the frontmatter holds a curated review (marked done). */
  reviewed: z.boolean(),
  reviewedOn: z.iso.date().nullable(),
  /** `draft` while a review written by `npm run review` awaits a person; null without any review. */
  reviewStatus: z.enum(['draft', 'done']).nullable(),
  /** Every change made to the archived text, curated or automatic. */
  corrections: z.array(appliedCorrectionSchema),
  /** Headings and bold pseudo-headings, in order. */
  sections: z.array(sectionSchema),
  /** Paragraphs and list items, in order. */
  clauses: z.array(
    clauseSchema.extend({ /** Practices whose curated quotes cite it. */ citedBy: z.array(practiceId) }),
  ),
  /** The renderable document. */
  blocks: z.array(blockSchema),
  /** One finding per practice of the taxonomy. */
  practices: z.record(practiceId, findingSchema),
});
export type PolicyData = z.infer<typeof policySchema>;
