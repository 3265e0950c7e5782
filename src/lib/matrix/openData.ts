/**
 * The open-data files `/data/matrix.json` and `/data/policies.json`: their schemas (the
 * open-data contract, strict, so that nothing extra leaks in; `/data/matrix.schema.json` is
 * generated from `openMatrixSchema`) and the functions that
 * produce them from the matrix and the policies. Pure: no Astro.
 */
import { z } from 'astro/zod';
import type { PolicyData } from '../policy/parsePolicy.ts';
import { GROUPS } from '../taxonomy/schema.ts';
import type { Matrix } from './buildMatrix.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const practiceId = z.string().regex(/^[a-z][a-z0-9-]*$/);
/** A site-relative link to a clause: `/companies/<slug>/#c-xxxxxxxx` (under the site's base path). */
const clauseUrl = z.string().regex(/^\/(.+\/)?companies\/[a-z0-9-]+\/#c-[0-9a-f]{8}(-\d+)?$/);

/** `/data/matrix.json`: the contract, published as JSON Schema at `/data/matrix.schema.json`. */
export const openMatrixSchema = z.strictObject({
  practices: z.array(
    z.strictObject({
      id: practiceId,
      group: z.enum(GROUPS),
      /** The short name the pages show for the practice (`Sells data`). */
      label: z.string().min(1),
      question: z.string().min(1),
      /** The answer that favours the reader's privacy; null where neither does. */
      friendly: z.enum(['yes', 'no']).nullable(),
    }),
  ),
  companies: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      domain: z.string().min(3),
      archivedOn: z.iso.date(),
      snapshotUrl: z.url(),
      reviewed: z.boolean(),
    }),
  ),
  cells: z.array(
    z.strictObject({
      company: slug,
      practice: practiceId,
      stance: z.enum(['yes', 'no', 'partial', 'not-mentioned', 'not-reviewed']),
      summary: z.string(),
      quotes: z.array(z.strictObject({ text: z.string().min(1), url: clauseUrl })),
      /** Only on cells of unreviewed policies: the answer suggested from the text, not a reviewed one. */
      suggestion: z
        .strictObject({
          stance: z.enum(['yes', 'no', 'partial', 'not-mentioned']),
          quotes: z.array(z.strictObject({ text: z.string().min(1), url: clauseUrl })),
          reason: z.string().min(1),
        })
        .optional(),
    }),
  ),
});
export type OpenMatrix = z.infer<typeof openMatrixSchema>;

/** The matrix in the open-data shape: `friendly: "none"` becomes null; display-only fields dropped. */
export function toOpenMatrix(matrix: Matrix): OpenMatrix {
  return {
    practices: matrix.practices.map(({ id, group, label, question, friendly }) => ({
      id,
      group,
      label,
      question,
      friendly: friendly === 'none' ? null : friendly,
    })),
    // buildMatrix already keeps exactly the published company fields.
    companies: matrix.companies,
    cells: matrix.cells.map(({ company, practice, stance, summary, quotes, suggestion }) => ({
      company,
      practice,
      stance,
      summary,
      quotes: quotes.map(({ text, url }) => ({ text, url })),
      ...(suggestion && stance === 'not-reviewed'
        ? {
            suggestion: {
              stance: suggestion.stance,
              quotes: suggestion.quotes.map(({ text, url }) => ({ text, url })),
              reason: suggestion.reason,
            },
          }
        : {}),
    })),
  };
}

/** `/data/policies.json`: each policy's metadata and its clauses. */
export const openPoliciesSchema = z.strictObject({
  policies: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      domain: z.string().min(3),
      archivedOn: z.iso.date(),
      snapshotUrl: z.url(),
      originalUrl: z.url(),
      title: z.string().min(1),
      /** SHA-256 (hex) of the archived text. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      wordCount: z.number().int().nonnegative(),
      reviewed: z.boolean(),
      reviewedOn: z.iso.date().nullable(),
      /** The site-relative company page. */
      url: z.string().min(1),
      corrections: z.array(
        z.strictObject({
          original: z.string(),
          corrected: z.string(),
          note: z.string(),
          count: z.number().int().positive(),
          source: z.enum(['curated', 'automatic']),
        }),
      ),
      sections: z.array(
        z.strictObject({ id: z.string(), text: z.string(), level: z.number().int(), pseudo: z.boolean() }),
      ),
      clauses: z.array(
        z.strictObject({
          id: z.string().regex(/^c-[0-9a-f]{8}(-\d+)?$/),
          sectionId: z.string().nullable(),
          text: z.string().min(1),
          /** Practices automatic detection found in the clause. */
          detected: z.array(practiceId),
          /** Practices whose curated quotes cite the clause. */
          citedBy: z.array(practiceId),
          url: clauseUrl,
        }),
      ),
    }),
  ),
});
export type OpenPolicies = z.infer<typeof openPoliciesSchema>;

/** The fields of a policy that `/data/policies.json` publishes. */
export type OpenPolicySource = Pick<
  PolicyData,
  | 'slug'
  | 'name'
  | 'domain'
  | 'archivedOn'
  | 'snapshotUrl'
  | 'originalUrl'
  | 'title'
  | 'sha256'
  | 'wordCount'
  | 'reviewed'
  | 'reviewedOn'
  | 'corrections'
  | 'sections'
  | 'clauses'
>;

/** The policies in the open-data shape; `pageUrl` and `clauseUrl` make site-relative links. */
export function toOpenPolicies(
  policies: readonly OpenPolicySource[],
  pageUrl: (slug: string) => string,
  clauseUrl: (slug: string, clauseId: string) => string,
): OpenPolicies {
  return {
    policies: policies.map((p) => ({
      slug: p.slug,
      name: p.name,
      domain: p.domain,
      archivedOn: p.archivedOn,
      snapshotUrl: p.snapshotUrl,
      originalUrl: p.originalUrl,
      title: p.title,
      sha256: p.sha256,
      wordCount: p.wordCount,
      reviewed: p.reviewed,
      reviewedOn: p.reviewedOn,
      url: pageUrl(p.slug),
      corrections: p.corrections.map(({ original, corrected, note, count, source }) => ({
        original,
        corrected,
        note,
        count,
        source,
      })),
      sections: p.sections.map(({ id, text, level, pseudo }) => ({ id, text, level, pseudo })),
      clauses: p.clauses.map(({ id, sectionId, text, detected, citedBy }) => ({
        id,
        sectionId,
        text,
        detected,
        citedBy,
        url: clauseUrl(p.slug, id),
      })),
    })),
  };
}
