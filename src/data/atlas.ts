/**
 * The one place pages get their data from: the typed collections, sorted, and the matrix
 * built from them. Pages never re-parse Markdown.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PolicyData } from '../lib/policy/parsePolicy.ts';
import { buildMatrix, type Matrix } from '../lib/matrix/buildMatrix.ts';
import { GROUPS, type Practice } from '../lib/taxonomy/schema.ts';
import { companyPath } from '../lib/site/paths.ts';
import { parseTaxonomy } from '../lib/taxonomy/loadTaxonomy.ts';
import practicesYaml from '../../content/practices.yaml?raw';

export type PolicyEntry = CollectionEntry<'policies'>;

/** Every policy's data, sorted by company name. */
export async function getPolicies(): Promise<PolicyData[]> {
  const entries = await getCollection('policies');
  return entries.map((e) => e.data as PolicyData).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Practice ids in `content/practices.yaml` order. Astro's data store keeps entries sorted
 * by id, so the collection alone loses the file's order within a group.
 */
const fileOrder = parseTaxonomy(practicesYaml).map((p) => p.id);

/** The taxonomy in group order, and in file order within a group. */
export async function getTaxonomy(): Promise<Practice[]> {
  const entries = await getCollection('practices');
  const practices = entries.map((e) => e.data);
  return practices.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id));
}

/** The matrix of every practice × every company, links honouring the site's base path. */
export async function getMatrix(): Promise<Matrix> {
  const [policies, taxonomy] = await Promise.all([getPolicies(), getTaxonomy()]);
  return buildMatrix(policies, taxonomy, (slug, clauseId) => companyPath(slug, clauseId));
}
