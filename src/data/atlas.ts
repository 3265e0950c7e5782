/**
 * The one place pages get their data from: the typed collections, sorted, and the matrix
 * built from them. Pages never re-parse Markdown.
 */
import { getCollection } from 'astro:content';
import type { PolicyData } from '../lib/policy/policySchema.ts';
import { buildMatrix, type Matrix } from '../lib/matrix/buildMatrix.ts';
import { answersByCompany, type CompanyAnswers } from '../lib/views/answerCounts.ts';
import { GROUPS, type Practice } from '../lib/taxonomy/schema.ts';
import { companyPath } from '../lib/site/paths.ts';
import { isMainEntryId } from '../lib/versions/versionIds.ts';
import { listingOrder, listingPages, pageRanges, type PageRange } from '../lib/views/companyListing.ts';

/**
 * In a build the content cannot change, so what is derived from it is computed once, not once
 * per page (at 1,000 policies, rebuilding the matrix for each of 1,000 company pages made
 * build time rise faster than the corpus). The dev server recomputes, so edits show at once.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () => (import.meta.env.PROD ? (cached ??= compute()) : compute());
}

const policiesOnce = once(async () => {
  const entries = await getCollection('policies', (e) => isMainEntryId(e.id));
  return entries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
});

/**
 * Every company's policy as its page shows it (its main version: src/lib/versions/groupVersions.ts),
 * sorted by company name (a fresh array: callers may sort or filter it). Every version of every
 * company: src/data/versions.ts.
 */
export async function getPolicies(): Promise<PolicyData[]> {
  return [...(await policiesOnce())];
}

const taxonomyOnce = once(async () => {
  const entries = await getCollection('practices');
  return entries
    .map((e) => e.data)
    .sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.position - b.position)
    .map(({ position: _position, ...practice }): Practice => practice);
});

/**
 * The taxonomy in group order, and within a group in the order of content/practices.yaml
 * (each entry carries its position: the collection store returns entries sorted by id).
 */
export async function getTaxonomy(): Promise<Practice[]> {
  return [...(await taxonomyOnce())];
}

/**
 * The companies as paged lists show them (`/companies/`, each practice page): reviewed first,
 * then by name; the page each falls on; and each page's name range, for the pager's jump list.
 */
export const getListing: () => Promise<{
  order: PolicyData[];
  pageOf: Map<string, number>;
  ranges: PageRange[];
}> = once(async () => {
  const policies = await policiesOnce();
  return { order: listingOrder(policies), pageOf: listingPages(policies), ranges: pageRanges(policies) };
});

/** The matrix of every practice × every company, links honouring the site's base path. */
export const getMatrix: () => Promise<Matrix> = once(async () => {
  const [policies, taxonomy] = await Promise.all([getPolicies(), getTaxonomy()]);
  return buildMatrix(policies, taxonomy, (slug, clauseId) => companyPath(slug, clauseId));
});

/** Each company's answers (strip) and their counts by tone, by slug. */
export const getCompanyAnswers: () => Promise<Map<string, CompanyAnswers>> = once(async () =>
  answersByCompany(await getMatrix()),
);
