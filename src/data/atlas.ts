/**
 * The one place pages get their data from: the typed collections, sorted, and the matrix
 * built from them. Pages never re-parse Markdown.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseTaxonomy } from '../lib/taxonomy/loadTaxonomy.ts';
import type { PolicyData } from '../lib/policy/parsePolicy.ts';
import { buildMatrix, type Matrix } from '../lib/matrix/buildMatrix.ts';
import { GROUPS, type Practice } from '../lib/taxonomy/schema.ts';
import { companyPath } from '../lib/site/paths.ts';

export type PolicyEntry = CollectionEntry<'policies'>;

/** Every policy's data, sorted by company name. */
export async function getPolicies(): Promise<PolicyData[]> {
  const entries = await getCollection('policies');
  return entries.map((e) => e.data as PolicyData).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The taxonomy in group order, and within a group in the order of content/practices.yaml
 * (the collection store itself returns entries sorted by id).
 */
export async function getTaxonomy(): Promise<Practice[]> {
  const entries = await getCollection('practices');
  const position = new Map(parseTaxonomy(readFileSync('content/practices.yaml', 'utf8')).map((p, i) => [p.id, i]));
  const practices = entries.map((e) => e.data);
  return practices.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** The matrix of every practice × every company, links honouring the site's base path. */
export async function getMatrix(): Promise<Matrix> {
  const [policies, taxonomy] = await Promise.all([getPolicies(), getTaxonomy()]);
  return buildMatrix(policies, taxonomy, (slug, clauseId) => companyPath(slug, clauseId));
}
