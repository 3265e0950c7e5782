import { readFileSync, readdirSync } from 'node:fs';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import type { PolicyData } from '../../src/lib/policy/policySchema.ts';
import { parseTaxonomy } from '../../src/lib/taxonomy/loadTaxonomy.ts';
import type { Practice } from '../../src/lib/taxonomy/schema.ts';

/** The real taxonomy, from content/practices.yaml. */
export const taxonomy: Practice[] = parseTaxonomy(readFileSync('content/practices.yaml', 'utf8'));

/** Parses a content file (path relative to the project root) as the loader would. */
export function loadPolicy(file: string): PolicyData {
  return parsePolicy(readFileSync(file, 'utf8'), file, taxonomy);
}

/** The five real policies, by slug. */
export const realPolicies: Record<string, PolicyData> = Object.fromEntries(
  readdirSync('content/policies')
    .filter((n) => n.endsWith('.md'))
    .map((n) => {
      const data = loadPolicy(`content/policies/${n}`);
      return [data.slug, data];
    }),
);

/** The five real policies, by company name, as the site orders them. */
export const policies: PolicyData[] = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
