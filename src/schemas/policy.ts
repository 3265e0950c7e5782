import { z } from 'astro/zod';
import { STANCES } from '../lib/policy/frontmatter.ts';

/** A practice id, as listed in content/practices.yaml. */
const practiceId = z.string();

const clauseFields = {
  /** Stable id, `c-` + 8 hex digits of the SHA-256 of the folded text. */
  id: z.string().regex(/^c-[0-9a-f]{8}(-\d+)?$/),
  /** The section heading the clause falls under; null before the first heading. */
  sectionId: z.string().nullable(),
  /** Plain text, whitespace folded. */
  text: z.string().min(1),
  /** Practices the suggestion engine found the clause to be evidence for. */
  detected: z.array(practiceId),
};

const renderedClause = z.strictObject({
  ...clauseFields,
  /** Inline HTML, generated from Markdown by the loader (raw HTML made text). */
  html: z.string(),
  /** Practice ids anchored here (`#cookies`). */
  anchors: z.array(practiceId),
});

const headingBlock = z.strictObject({
  type: z.literal('heading'),
  id: z.string().min(1),
  /** 1 = top level within the policy text. */
  level: z.number().int().min(1).max(4),
  text: z.string(),
  html: z.string(),
  /** A bold paragraph serving as a heading. */
  pseudo: z.boolean(),
  detected: z.array(practiceId),
  anchors: z.array(practiceId),
});

const clauseBlock = renderedClause.extend({
  type: z.literal('clause'),
  element: z.enum(['p', 'table', 'pre']),
});

const listBlock = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.number().int().nullable(),
  get items() {
    return z.array(listItem);
  },
});

const listItem = z.strictObject({
  /** The item's own text; null when it holds only a nested list. */
  clause: renderedClause.nullable(),
  get lists() {
    return z.array(listBlock);
  },
});

/** The typed data of one policy entry, as the loader extracts it. */
export const policySchema = z.strictObject({
  /** File name without extension: the URL segment. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Company name: frontmatter `name`, else derived from the domain. */
  name: z.string().min(1),
  /** Source domain, e.g. `corero.com`. */
  domain: z.string().min(3),
  /** Archive date, ISO `YYYY-MM-DD`. */
  archivedOn: z.iso.date(),
  /** The Wayback Machine snapshot. */
  snapshotUrl: z.url(),
  /** The policy's original address, decoded from the snapshot URL. */
  originalUrl: z.url(),
  /** The first level-1 heading of the archived text. */
  title: z.string().min(1),
  /** SHA-256 of the archived text (the body after any frontmatter). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
  /** Whole minutes at 230 words a minute. */
  readingMinutes: z.number().int().positive(),
  /** Whether the frontmatter holds a curated review. */
  reviewed: z.boolean(),
  reviewedOn: z.iso.date().nullable(),
  /** `draft` while a review awaits a person (its answers still shown as suggestions); null without a review. */
  reviewStatus: z.enum(['draft', 'done']).nullable(),
  /** Every change made to the archived text, curated or automatic. */
  corrections: z.array(
    z.strictObject({
      original: z.string(),
      corrected: z.string(),
      note: z.string(),
      count: z.number().int().positive(),
      source: z.enum(['curated', 'automatic']),
    }),
  ),
  /** Headings and bold pseudo-headings, in order. */
  sections: z.array(z.strictObject({ id: z.string(), text: z.string(), level: z.number().int(), pseudo: z.boolean() })),
  /** Paragraphs and list items, in order. */
  clauses: z.array(
    z.strictObject({ ...clauseFields, /** Practices whose curated quotes cite it. */ citedBy: z.array(practiceId) }),
  ),
  /** The renderable document. */
  blocks: z.array(z.discriminatedUnion('type', [headingBlock, clauseBlock, listBlock])),
  /** One finding per practice of the taxonomy. */
  practices: z.record(
    practiceId,
    z.strictObject({
      stance: z.enum([...STANCES, 'not-reviewed']),
      summary: z.string(),
      quotes: z.array(z.strictObject({ text: z.string(), clauseId: z.string() })),
      detectedIn: z.array(z.string()),
      /** The answer suggested from the text; null once reviewed. */
      suggestion: z
        .strictObject({
          stance: z.enum(STANCES),
          quotes: z.array(z.strictObject({ text: z.string(), clauseId: z.string() })),
          reason: z.string(),
          rule: z.string().nullable(),
        })
        .nullable(),
      /** Id `#<practice>` lands on; null when the policy never addresses it. */
      anchor: z.string().nullable(),
    }),
  ),
});
