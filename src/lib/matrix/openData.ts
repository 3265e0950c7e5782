/**
 * The open-data contract: the schemas of `/data/matrix.json`, `/data/policies.json` and each
 * company's `/data/companies/<slug>.json`
 * (`/data/matrix.schema.json` is generated from `openMatrixSchema`), derived from the policy
 * schema and the taxonomy's, so a field is declared once. Strict, so that nothing extra leaks
 * in (a parse also puts the fields in the order written here). `toOpenData.ts` produces the
 * files. Pure: no Astro.
 */
import { z } from 'astro/zod';
import {
  CLAUSE_ID,
  findingSchema,
  policySchema,
  quoteSchema,
  slugSchema,
  suggestionSchema,
} from '../policy/policySchema.ts';
import { practiceSchema } from '../taxonomy/schema.ts';

/**
 * A site-relative link to a clause: `/companies/<slug>/#c-xxxxxxxx`, or on one archived version's
 * page `/companies/<slug>/<date>/#c-xxxxxxxx` (under the site's base path).
 */
const clauseUrl = z
  .string()
  .regex(new RegExp(`^/(.+/)?companies/[a-z0-9-]+/(\\d{4}-\\d{2}-\\d{2}/)?#${CLAUSE_ID.source.slice(1)}`));

/** A quote as published: its text and the link to the clause that holds it. */
const openQuote = quoteSchema.pick({ text: true }).extend({ url: clauseUrl });

/** One company's answer to one practice, as published. */
const openCell = z.strictObject({
  company: slugSchema,
  practice: practiceSchema.shape.id,
  ...findingSchema.pick({ stance: true, summary: true }).shape,
  quotes: z.array(openQuote),
  /** Only on cells of unreviewed policies: the answer suggested from the text, not a reviewed one. */
  suggestion: suggestionSchema
    .omit({ rule: true })
    .extend({ quotes: z.array(openQuote) })
    .optional(),
});

/** `/data/matrix.json`: the contract, published as JSON Schema at `/data/matrix.schema.json`. */
export const openMatrixSchema = z.strictObject({
  practices: z.array(
    practiceSchema.pick({ id: true, group: true, label: true, question: true }).extend({
      /** The answer that favours the reader's privacy; null where neither does. */
      friendly: practiceSchema.shape.friendly.exclude(['none']).nullable(),
    }),
  ),
  companies: z.array(
    policySchema.pick({ slug: true, name: true, domain: true, archivedOn: true, snapshotUrl: true, reviewed: true }),
  ),
  cells: z.array(openCell),
});
export type OpenMatrix = z.infer<typeof openMatrixSchema>;

/** `/data/policies.json`: each policy's metadata and its clauses. */
export const openPoliciesSchema = z.strictObject({
  policies: z.array(
    policySchema
      .pick({
        slug: true,
        name: true,
        domain: true,
        archivedOn: true,
        snapshotUrl: true,
        originalUrl: true,
        title: true,
        sha256: true,
        wordCount: true,
        reviewed: true,
        reviewedOn: true,
      })
      .extend({
        /** The site-relative company page. */
        url: z.string().min(1),
        corrections: policySchema.shape.corrections,
        sections: policySchema.shape.sections,
        clauses: z.array(policySchema.shape.clauses.element.extend({ url: clauseUrl })),
      }),
  ),
});
export type OpenPolicies = z.infer<typeof openPoliciesSchema>;

/** One answer of a company's file: a cell without its company (the file names it once). */
const openAnswer = openCell.omit({ company: true });

/**
 * `/data/companies/<slug>.json`: one company, its main version's answers (the ones its page and
 * the matrix show), and every archived version, oldest first, each with its provenance, the
 * SHA-256 of its text, its page and its own answers. Small, and one per company: what a reader
 * or a script fetches for one company, however many the corpus holds.
 */
export const openCompanySchema = z.strictObject({
  company: policySchema.pick({ slug: true, name: true, domain: true }).extend({
    /** The site-relative company page. */
    url: z.string().min(1),
  }),
  /** The main version's answers, one per practice in the taxonomy's order. */
  answers: z.array(openAnswer),
  versions: z.array(
    policySchema
      .pick({
        archivedOn: true,
        snapshotUrl: true,
        originalUrl: true,
        title: true,
        sha256: true,
        wordCount: true,
        reviewed: true,
        reviewedOn: true,
      })
      .extend({
        /** Whether this is the version the company page shows. */
        main: z.boolean(),
        /** The site-relative page of this version (the company page for the main one). */
        url: z.string().min(1),
        answers: z.array(openAnswer),
      }),
  ),
});
export type OpenCompany = z.infer<typeof openCompanySchema>;
