/**
 * The search index's weight as the build writes it (a manifest and shards, see
 * docs/search.md): every file's bytes (raw, gzip, brotli, each file compressed on its own as
 * a server sends it), the manifest's, the largest shard's, against the gzip size of the text
 * it indexes (every clause, every heading and practice label, one per line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicyFolder } from '../src/lib/corpus/loadPolicies.ts';
import type { PolicyData } from '../src/lib/policy/policySchema.ts';
import { buildSearchIndex, indexableVersions, type SearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { readIndexRecords } from '../src/lib/search/indexRecords.ts';
import { isMainEntryId } from '../src/lib/versions/versionIds.ts';
import { addSizes, sizesOf, ZERO, type Sizes } from './compress.ts';

export interface IndexWeight {
  clauses: number;
  /** Every file of the index together. */
  index: Sizes;
  files: number;
  manifest: Sizes;
  /** The largest shard, gzip. */
  largestShardGzip: number;
  /** The indexed text alone, one text per line. */
  text: Sizes;
  /** index gzip ÷ text gzip */
  ratio: number;
}

/**
 * The whole index of the policies in `policiesDir`, as the build makes it before sharding: every
 * version of every company, each company's main version (the one its page shows, and the one
 * search reads by default) first.
 */
export function readIndex(policiesDir = 'content/policies'): SearchIndex {
  const folder = loadPolicyFolder({ root: process.cwd(), dir: policiesDir, taxonomy: 'content/practices.yaml' });
  const companies = new Map<string, { main: PolicyData | undefined; versions: PolicyData[] }>();
  for (const { id, data } of folder.policies) {
    const company = companies.get(data.slug) ?? { main: undefined, versions: [] };
    company.versions.push(data);
    if (isMainEntryId(id)) company.main = data;
    companies.set(data.slug, company);
  }
  const timelines = [...companies.values()].flatMap(({ main, versions }) => (main ? [{ main, versions }] : []));
  return buildSearchIndex(indexableVersions(timelines), folder.taxonomy);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

export function measureIndex(distDir: string, searchIndex: SearchIndex): IndexWeight {
  const dir = path.join(distDir, 'search-index');
  let total = { ...ZERO };
  let largestShardGzip = 0;
  const files = filesUnder(dir);
  for (const file of files) {
    const sizes = sizesOf(readFileSync(file));
    total = addSizes(total, sizes);
    if (!file.endsWith('manifest.json')) largestShardGzip = Math.max(largestShardGzip, sizes.gzip);
  }
  const index = readIndexRecords(searchIndex);
  const text = [
    ...index.clauses.map((c) => c.text),
    ...index.sections.map((s) => s.text),
    ...index.practices.map((p) => p.label),
  ].join('\n');
  const textSizes = sizesOf(text);
  return {
    clauses: index.clauses.length,
    index: total,
    files: files.length,
    manifest: sizesOf(readFileSync(path.join(dir, 'manifest.json'))),
    largestShardGzip,
    text: textSizes,
    ratio: Math.round((total.gzip / textSizes.gzip) * 1000) / 1000,
  };
}

/** The gzip size of each company's own text (its clauses and headings, one per line), by slug. */
export function textSizeByCompany(searchIndex: SearchIndex): Map<string, number> {
  const index = readIndexRecords(searchIndex);
  return new Map(
    index.companies.map(({ slug }, c) => {
      const texts = [
        ...index.sections.filter((s) => s.company === c).map((s) => s.text),
        ...index.clauses.filter((cl) => cl.company === c).map((cl) => cl.text),
      ];
      return [slug, sizesOf(texts.join('\n')).gzip];
    }),
  );
}
