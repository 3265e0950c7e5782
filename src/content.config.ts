import { defineCollection } from 'astro:content';
import { policySchema } from './lib/policy/policySchema.ts';
import { policyLoader } from './loaders/policyLoader.ts';
import { storedPracticeSchema } from './lib/taxonomy/schema.ts';
import { taxonomyLoader } from './loaders/taxonomyLoader.ts';

/**
 * The archived policies, one per `content/policies/<slug>.md`, with everything the loader extracts,
 * checked against `policySchema`: `getCollection('policies')` returns its inferred type, `PolicyData`.
 * `POLICIES_DIR` points the build at another folder (the bad-input tests and the scale benchmark use it).
 */
const policies = defineCollection({
  loader: policyLoader({ dir: process.env['POLICIES_DIR'] ?? 'content/policies', taxonomy: 'content/practices.yaml' }),
  schema: policySchema,
});

/** The 23 practices of the matrix, from `content/practices.yaml`. */
const practices = defineCollection({
  loader: taxonomyLoader('content/practices.yaml'),
  schema: storedPracticeSchema,
});

export const collections = { policies, practices };
