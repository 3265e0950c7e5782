import { readFileSync } from 'node:fs';
import { loadPolicyFolder } from '../../src/lib/corpus/loadPolicies.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import type { PolicyData } from '../../src/lib/policy/policySchema.ts';
import type { Practice } from '../../src/lib/taxonomy/schema.ts';
import { isMainEntryId, versionId } from '../../src/lib/versions/versionIds.ts';

/** The real policies and taxonomy, read as the build reads them. */
const folder = loadPolicyFolder({ root: process.cwd(), dir: 'content/policies', taxonomy: 'content/practices.yaml' });

/** The real taxonomy, from content/practices.yaml. */
export const taxonomy: Practice[] = folder.taxonomy;

/** Parses a content file (path relative to the project root) as the loader would. */
export function loadPolicy(file: string): PolicyData {
  return parsePolicy(readFileSync(file, 'utf8'), file, taxonomy);
}

/** The five real companies' policies as their pages show them (each company's main version), by slug. */
export const realPolicies: Record<string, PolicyData> = Object.fromEntries(
  folder.policies.filter((p) => isMainEntryId(p.id)).map((p) => [p.data.slug, p.data]),
);

/** Every version of the real policies, by version key (`mimecast@2016-12-03`), each with its file. */
export const realVersions: Record<string, { file: string; main: boolean; data: PolicyData }> = Object.fromEntries(
  folder.policies.map((p) => [
    versionId(p.data.slug, p.data.archivedOn),
    { file: p.file, main: isMainEntryId(p.id), data: p.data },
  ]),
);

/** The five real policies, by company name, as the site orders them. */
export const policies: PolicyData[] = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
